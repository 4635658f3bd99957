package org.lexkit.rights.extraction;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * What {@link RightsExtractor} found in a document: the {@link RightsCatalogue} to annotate it with, and the
 * {@linkplain ExtractionNote notes} a person should review (unmapped wordings, unrecognised rights, clauses it
 * could not attach, references it could not resolve).
 *
 * <p>Extraction is a proposal: a caller corrects it before analysis, by editing the catalogue with the core with-ers
 * ({@link #withCatalogue}) or by giving an unmapped wording its meaning ({@link #remap}), and then annotates the
 * document with {@link #applyTo}.
 *
 * <pre>{@code
 * Extraction found = RightsExtractor.create().extract(constitution);
 * found.notes().forEach(note -> System.out.println(note.describe()));
 * Extraction checked = found
 *     .remap(art34, "системы духовно-нравственных ценностей общества", CanonicalGround.SPIRITUAL_AND_MORAL_VALUES)
 *     .withCatalogue(c -> c.withoutRight(RightId.parse("right-sec-2-art-7-para-1")));
 * LegalDocument annotated = checked.applyTo(constitution);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param catalogue the rights, general limitation clauses, bans and non-restrictable lists found
 * @param notes what to review, in document order
 * @param notAnalysed the rights a limitation clause restricts whose grounds were not understood (a proportionality
 *     test, a bare "by law", a wording no rule reads); each has an {@link ExtractionNote.Kind#UNANALYSED_LIMITATION}
 *     note, and a treaty check must report them as not analysed rather than as compliant
 */
public record Extraction(
    RightsCatalogue catalogue, ImmutableList<ExtractionNote> notes, ImmutableSet<RightId> notAnalysed) {
  /** Checks the components and copies the collections. */
  public Extraction {
    checkNotNull(catalogue, "catalogue");
    notes = ImmutableList.copyOf(notes);
    notAnalysed = ImmutableSet.copyOf(notAnalysed);
    for (RightId id : notAnalysed) {
      checkArgument(catalogue.rights().containsKey(id), "right %s is not analysed but not in the catalogue", id);
    }
  }

  /**
   * Returns an extraction in which every restriction was understood.
   *
   * @param catalogue what was found
   * @param notes what to review
   */
  public Extraction(RightsCatalogue catalogue, ImmutableList<ExtractionNote> notes) {
    this(catalogue, notes, ImmutableSet.of());
  }

  /**
   * Returns {@code document} annotated with this extraction's catalogue, replacing whatever it said about rights.
   *
   * @param document the document extracted from (or a version of it)
   * @return the annotated document
   */
  public LegalDocument applyTo(LegalDocument document) {
    return checkNotNull(document, "document").withRights(catalogue);
  }

  /**
   * Returns the notes of one kind.
   *
   * @param kind the kind wanted
   * @return those notes, in document order
   */
  public ImmutableList<ExtractionNote> notes(ExtractionNote.Kind kind) {
    checkNotNull(kind, "kind");
    return notes.stream().filter(n -> n.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** {@return every ground in the catalogue (rights' own, then general clauses') that has no canonical meaning} */
  public ImmutableList<RestrictionGround> unmappedGrounds() {
    ImmutableList.Builder<RestrictionGround> unmapped = ImmutableList.builder();
    catalogue.rights().values().forEach(r -> r.grounds().stream()
        .filter(g -> g.canonical().isEmpty()).forEach(unmapped::add));
    catalogue.generalLimitations().forEach(c -> c.grounds().stream()
        .filter(g -> g.canonical().isEmpty()).forEach(unmapped::add));
    return unmapped.build();
  }

  /**
   * Returns a copy whose catalogue is {@code edit} applied to this one; the notes stay. Use the core with-ers to
   * add, remove or change rights and clauses, e.g.
   * {@code e.withCatalogue(c -> c.withRight(c.right(id).orElseThrow().withHolder(Holder.EVERYONE)))}.
   *
   * @param edit computes the corrected catalogue; must not return null
   * @return the corrected extraction, or {@code this} when the edit returns its argument
   */
  public Extraction withCatalogue(UnaryOperator<RightsCatalogue> edit) {
    RightsCatalogue edited = checkNotNull(checkNotNull(edit, "edit").apply(catalogue), "edit returned null");
    return edited == catalogue ? this : new Extraction(edited, notes,
        notAnalysed.stream().filter(edited.rights()::containsKey).collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Returns a copy in which every ground stated in {@code source} with {@code wording} (compared in normal form)
   * means {@code canonical} — in rights' own grounds and in general limitation clauses — and without the
   * {@link ExtractionNote.Kind#UNMAPPED_GROUND} notes this settles. Mapped grounds can be remapped too.
   *
   * @param source the provision that states the ground
   * @param wording the ground's wording
   * @param canonical what it means
   * @return the corrected extraction
   * @throws IllegalArgumentException if no ground in {@code source} has that wording, or a right would then list
   *     the same canonical ground twice
   */
  public Extraction remap(ProvisionId source, String wording, CanonicalGround canonical) {
    checkNotNull(source, "source");
    checkNotNull(wording, "wording");
    checkNotNull(canonical, "canonical");
    String wanted = Wording.normalize(wording);
    int[] changed = {0};
    UnaryOperator<RestrictionGround> fix = g -> {
      if (g.source().equals(source) && Wording.normalize(g.wording()).equals(wanted)) {
        changed[0]++;
        return new RestrictionGround(g.wording(), g.source(), Optional.of(canonical));
      }
      return g;
    };
    ImmutableMap.Builder<RightId, Right> rights = ImmutableMap.builder();
    for (Right r : catalogue.rights().values()) {
      ImmutableList<RestrictionGround> grounds =
          r.grounds().stream().map(fix).collect(ImmutableList.toImmutableList());
      try {
        rights.put(r.id(), new Right(r.id(), r.name(), r.topic(), r.holder(), r.statedIn(), r.absolute(), grounds));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("remapping '" + wording + "' in " + source + " to " + canonical
            + " conflicts with another ground of right " + r.id() + ": " + e.getMessage(), e);
      }
    }
    ImmutableList<GeneralLimitationClause> general = catalogue.generalLimitations().stream()
        .map(c -> new GeneralLimitationClause(c.source(),
            c.grounds().stream().map(fix).collect(ImmutableList.toImmutableList())))
        .collect(ImmutableList.toImmutableList());
    checkArgument(changed[0] > 0, "no ground stated in %s is worded '%s'", source, wording);
    ImmutableList<ExtractionNote> kept = notes.stream()
        .filter(n -> !(n.kind() == ExtractionNote.Kind.UNMAPPED_GROUND && n.provision().equals(source)
            && Wording.normalize(n.text()).equals(wanted)))
        .collect(ImmutableList.toImmutableList());
    return new Extraction(new RightsCatalogue(rights.buildOrThrow(), general, catalogue.prohibitedContent(),
        catalogue.nonRestrictable()), kept, notAnalysed);
  }
}
