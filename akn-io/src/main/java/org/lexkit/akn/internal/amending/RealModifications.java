package org.lexkit.akn.internal.amending;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lexkit.akn.AknIri;
import org.lexkit.core.amendment.AmendmentOperation;
import org.lexkit.core.amendment.ChangeWords;
import org.lexkit.core.amendment.InsertProvision;
import org.lexkit.core.amendment.InsertionPoint;
import org.lexkit.core.amendment.RepealProvision;
import org.lexkit.core.amendment.SubstituteProvision;
import org.lexkit.core.amendment.Words;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;

/**
 * Turns one modification of a real amending act (its metadata, its body {@code <mod>}, the target when known) into
 * Lexkit operations, or refuses it with the reason. The metadata says what kind of change and where; the mod's
 * quoted parts and prose say which words and what new text; the target says what a LegalDocML.de position or a
 * sentence is. Never widened: a provision-level change at a destination finer than a provision is refused.
 */
public final class RealModifications {
  private RealModifications() {}

  /**
   * One destination as written.
   *
   * @param href the {@code href}
   * @param pos the {@code pos}, if any
   * @param upTo the {@code upTo}, if any
   */
  public record Target(String href, Optional<String> pos, Optional<String> upTo) {}

  /**
   * A modification's metadata.
   *
   * @param element e.g. {@code textualMod}
   * @param type its {@code type}
   * @param destinations its destinations in order
   * @param olds the hrefs of its {@code <old>}s
   * @param news the hrefs of its {@code <new>}s
   */
  public record Facts(String element, String type, List<Target> destinations, List<String> olds, List<String> news) {}

  /**
   * What a modification was read as.
   *
   * @param operations the operations, in order
   * @param target the document they change
   * @param notes what the reader noticed without refusing (a destination that disagrees with the new provision)
   */
  public record Read(List<AmendmentOperation> operations, AknIri target, List<String> notes) {}

  /**
   * Reads one modification.
   *
   * @param facts its metadata
   * @param body its body mod
   * @param index the target document, if known
   * @return the operations
   * @throws Refusal with the reason when it cannot be read without guessing or widening
   */
  public static Read read(Facts facts, ModBody body, TargetIndex index) throws Refusal {
    if (!facts.element().equals("textualMod")) {
      throw new Refusal("a <" + facts.element() + " type=\"" + facts.type() + "\"> changes how the text applies or"
          + " is read, not its words; Lexkit has no operation for it");
    }
    List<String> notes = new ArrayList<>();
    Optional<Integer> anchorWords = Optional.empty();
    Optional<String> anchorPos = Optional.empty();
    List<Target> provisions = new ArrayList<>();
    for (Target target : facts.destinations()) {
      if (target.href().startsWith("#")) {
        int quoted = body.quotedTextIds().indexOf(target.href().substring(1));
        if (quoted < 0) {
          throw new Refusal("destination '" + target.href() + "' is a part of this act itself, not of the document"
              + " it amends");
        }
        anchorWords = Optional.of(quoted);
        anchorPos = target.pos();
      } else {
        provisions.add(target);
      }
    }
    if (provisions.isEmpty()) {
      throw new Refusal("no destination names a provision of the amended document");
    }
    Target main = provisions.stream().filter(t -> t.pos().isPresent()).findFirst().orElse(provisions.get(0));
    Destination destination = parse(main.href());
    AknIri document = document(destination, index);
    TargetIndex.Place place = index.resolve(destination);
    for (Target other : provisions) {
      AknIri named = document(parse(other.href()), index);
      if (!named.equals(document)) {
        throw new Refusal("its destinations name two documents, " + document + " and " + named);
      }
    }
    crossCheck(destination, place, body);
    crossCheckProse(place, body, index);
    Instruction instruction = Instructions.read(body.prose(), body.intros());
    List<AmendmentOperation> operations = new ArrayList<>();
    List<Provision> structure = new ArrayList<>();
    body.structures().forEach(structure::addAll);
    switch (facts.type()) {
      case "insertion":
        if (!structure.isEmpty()) {
          insertProvisions(main, place, structure, provisions, notes, operations, index);
        } else {
          operations.add(words(instruction, facts, body, place, index, anchorWords, anchorPos.or(main::pos)));
        }
        break;
      case "substitution":
        if (!structure.isEmpty() && instruction.kind() != Instruction.Kind.REPLACE_SENTENCE) {
          substituteProvisions(main, place, structure, index, operations);
        } else {
          operations.add(words(instruction, facts, body, place, index, anchorWords, Optional.empty()));
        }
        break;
      case "repeal":
        if (instruction.kind() == Instruction.Kind.OMIT_WORDS || instruction.kind() == Instruction.Kind.OMIT_SENTENCE
            || !facts.olds().isEmpty()) {
          operations.add(words(instruction, facts, body, place, index, anchorWords, Optional.empty()));
        } else {
          requireProvision(place, "repeal", body);
          Optional<ProvisionId> last = Optional.empty();
          if (main.upTo().isPresent()) {
            last = Optional.of(requireProvision(index.resolve(parse(main.upTo().get())), "repeal", body));
          }
          operations.add(new RepealProvision(place.provision(), RepealProvision.Mode.REMOVE, last));
          notes.add("the act does not say whether the repealed provision leaves a placeholder; read as removed");
        }
        break;
      default:
        throw new Refusal("a textualMod of type '" + facts.type() + "' has no Lexkit operation");
    }
    return new Read(operations, document, notes);
  }

  private static Destination parse(String href) throws Refusal {
    try {
      return Destination.parse(href);
    } catch (IllegalArgumentException e) {
      throw new Refusal(e.getMessage());
    }
  }

  /** The document a destination names, checked against the target when there is one. */
  private static AknIri document(Destination destination, TargetIndex index) throws Refusal {
    if (destination.form() == Destination.Form.AKN) {
      AknIri iri = destination.iri();
      if (index.target().isPresent()) {
        DocumentIdentity target = index.target().get().identity();
        if (!iri.country().equals(target.country()) || !iri.number().equals(target.name())
            || !iri.date().date().equals(target.date())) {
          throw new Refusal("destination '" + destination.href() + "' names " + iri + ", not the target "
              + index.targetIri().orElseThrow());
        }
      }
      return iri;
    }
    LegalDocument target = index.target().orElseThrow(() -> new Refusal("destination '" + destination.href()
        + "' is a LegalDocML.de ELI, resolved against the target document; read the act with its target"));
    DocumentIdentity identity = target.identity();
    String eli = destination.document().orElseThrow();
    // ELI: .../{year}/{number}/{point in time}/{version}/{language}/...; another version of the same work is fine
    // (the operations check the text they change), as for an AKN work or expression.
    if (!eli.contains("/" + identity.date().getYear() + "/" + identity.name() + "/")
        || !eli.contains("/" + identity.language() + "/")) {
      throw new Refusal("destination '" + destination.href() + "' names " + eli + ", not the target ("
          + identity.name() + " of " + identity.date() + ", " + identity.language() + ")");
    }
    return index.targetIri().orElseThrow();
  }

  /**
   * Checks a destination against the body's own references to the same document: a destination that is neither a
   * referenced provision nor inside or around one disagrees with the enacted text, which is refused.
   */
  private static void crossCheck(Destination destination, TargetIndex.Place place, ModBody body) throws Refusal {
    if (destination.form() != Destination.Form.AKN) {
      return;
    }
    List<ProvisionId> referenced = new ArrayList<>();
    for (String ref : body.refs()) {
      try {
        Destination named = Destination.parse(ref);
        if (named.form() == Destination.Form.AKN && named.document().equals(destination.document())
            && named.eid().isPresent()) {
          org.lexkit.akn.Eid.parse(named.eid().get()).toProvisionId().ifPresent(referenced::add);
        }
      } catch (IllegalArgumentException notOne) {
        // a reference to something else, no evidence either way
      }
    }
    if (referenced.isEmpty()) {
      return;
    }
    for (ProvisionId ref : referenced) {
      if (ref.contains(place.provision()) || place.provision().contains(ref)) {
        return;
      }
    }
    throw new Refusal("its destination " + place.provision() + " disagrees with the <mod>'s own reference to "
        + referenced + "; which one the act means is not for Lexkit to guess");
  }

  private static final java.util.regex.Pattern LEADING_UNITS = java.util.regex.Pattern.compile(
      "^\\s*In\\s+((?:(?:§|Artikel|Absatz|Nummer|Buchstabe|Satz|Doppelbuchstabe)\\s+\\w+\\s*)+)");
  private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
      "(Absatz|Nummer|Buchstabe|Doppelbuchstabe)\\s+(\\w+)");

  /**
   * Checks the unit the German prose begins with ("In Nummer 9 werden ...", "In Absatz 2 ...") against the number
   * of the list item or paragraph the destination names in the target: when they differ, the act contradicts
   * itself, which is refused rather than applied at either place.
   */
  private static void crossCheckProse(TargetIndex.Place place, ModBody body, TargetIndex index) throws Refusal {
    java.util.regex.Matcher leading = LEADING_UNITS.matcher(Text.normalize(body.prose()));
    if (!leading.find() || index.target().isEmpty()) {
      return;
    }
    String unit = null;
    String number = null;
    java.util.regex.Matcher m = UNIT.matcher(leading.group(1));
    while (m.find()) {
      unit = m.group(1);
      number = m.group(2);
    }
    if (unit == null) {
      return;
    }
    Optional<String> named = Optional.empty();
    if (unit.equals("Absatz")) {
      Optional<Provision> provision = index.target().get().provision(place.provision());
      if (provision.isPresent() && provision.get().kind() == org.lexkit.core.provision.ProvisionKind.PARAGRAPH) {
        named = provision.get().num().map(org.lexkit.core.provision.Num::text);
      }
    } else {
      named = place.item();
    }
    if (named.isPresent() && !bare(named.get()).equalsIgnoreCase(bare(number))) {
      throw new Refusal("the prose names " + unit + " " + number + ", the destination " + place.describe()
          + " (numbered " + named.get() + "); the act contradicts itself, so neither is changed");
    }
  }

  private static String bare(String number) {
    return number.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static ProvisionId requireProvision(TargetIndex.Place place, String what, ModBody body) throws Refusal {
    if (place.granularity() != TargetIndex.Granularity.PROVISION) {
      throw new Refusal("the destination is " + place.describe() + ", finer than a provision, and the instruction ('"
          + brief(body.prose()) + "') is not read as a change of words there; a " + what + " of the whole "
          + place.provision() + " would widen it");
    }
    return place.provision();
  }

  private static void insertProvisions(Target main, TargetIndex.Place place, List<Provision> structure,
      List<Target> provisions, List<String> notes, List<AmendmentOperation> operations, TargetIndex index)
      throws Refusal {
    if (place.granularity() != TargetIndex.Granularity.PROVISION) {
      throw new Refusal("provisions are inserted next to " + place.describe() + ", which is no provision"
          + (place.granularity() == TargetIndex.Granularity.ELEMENT ? " (adding list items is not a Lexkit"
              + " operation yet)" : ""));
    }
    String pos = main.pos().orElse("after");
    ProvisionId anchor = place.provision();
    for (Provision provision : structure) {
      InsertionPoint at;
      switch (pos) {
        case "before":
          at = InsertionPoint.before(place.provision());
          break;
        case "after":
          at = InsertionPoint.after(anchor);
          break;
        case "end":
        case "inside":
          at = InsertionPoint.atEndOf(place.provision());
          break;
        default:
          throw new Refusal("insertion position '" + pos + "' is not before, after or end");
      }
      boolean taken = pos.equals("after") && provision.num().isPresent() && index.target().isPresent()
          && takenAfter(index.target().get(), anchor, provision);
      if (taken) {
        notes.add("the act inserts " + provision.kind().element() + " " + provision.num().get().text() + " after "
            + anchor + ", where the target has one; the following ones are read as renumbered, as an insertion"
            + " between numbered provisions implies");
      }
      operations.add(new InsertProvision(at, provision, taken));
      if (pos.equals("after")) {
        if (provision.num().isEmpty()) {
          if (structure.size() > 1) {
            throw new Refusal("the quoted structure holds " + structure.size() + " provisions and one has no number,"
                + " so the place of the next cannot be named");
          }
        } else {
          String segment = ProvisionId.segment(provision.kind(), provision.num().get().token());
          anchor = anchor.parent().map(p -> p.child(segment)).orElseGet(() -> ProvisionId.root(segment));
        }
      }
    }
    ProvisionId first = operations.isEmpty() ? null : insertedId(place, pos, structure.get(0));
    for (Target other : provisions) {
      if (other != main && first != null) {
        parse(other.href()).eid().filter(e -> !e.equalsIgnoreCase(first.value())).ifPresent(e -> notes.add(
            "destination '" + other.href() + "' names " + e + ", the quoted structure inserts " + first));
      }
    }
  }

  /** Whether the sibling right after {@code anchor}, of the new provision's kind, already has its number. */
  private static boolean takenAfter(LegalDocument target, ProvisionId anchor, Provision provision) {
    Optional<Provision> container = target.container(anchor.parent());
    if (container.isEmpty()) {
      return false;
    }
    List<String> segments = container.get().childSegments();
    int at = segments.indexOf(anchor.lastSegment());
    for (int i = at + 1; at >= 0 && i < segments.size(); i++) {
      Provision next = container.get().children().get(i);
      if (next.kind() == provision.kind()) {
        return next.num().map(n -> n.token().equals(provision.num().get().token())).orElse(false);
      }
    }
    return false;
  }

  private static ProvisionId insertedId(TargetIndex.Place place, String pos, Provision provision) {
    String segment = provision.num().map(n -> ProvisionId.segment(provision.kind(), n.token()))
        .orElse(ProvisionId.segment(provision.kind(), "1"));
    Optional<ProvisionId> container = pos.equals("end") || pos.equals("inside") ? Optional.of(place.provision())
        : place.provision().parent();
    return container.map(c -> c.child(segment)).orElseGet(() -> ProvisionId.root(segment));
  }

  private static void substituteProvisions(Target main, TargetIndex.Place place, List<Provision> structure,
      TargetIndex index, List<AmendmentOperation> operations) throws Refusal {
    if (place.granularity() != TargetIndex.Granularity.PROVISION) {
      throw new Refusal("provisions are substituted for " + place.describe() + ", which is no provision"
          + (place.granularity() == TargetIndex.Granularity.ELEMENT ? " (replacing list items is not a Lexkit"
              + " operation yet)" : ""));
    }
    List<ProvisionId> old = new ArrayList<>(List.of(place.provision()));
    if (main.upTo().isPresent()) {
      TargetIndex.Place last = index.resolve(parse(main.upTo().get()));
      LegalDocument target = index.target().orElseThrow(() -> new Refusal("a substituted range needs the target"));
      Provision container = target.container(place.provision().parent()).orElseThrow();
      List<String> segments = container.childSegments();
      int from = segments.indexOf(place.provision().lastSegment());
      int to = segments.indexOf(last.provision().lastSegment());
      if (!last.provision().parent().equals(place.provision().parent()) || to < from) {
        throw new Refusal("the substituted range " + place.provision() + " to " + last.provision()
            + " is no run of siblings");
      }
      old.clear();
      for (int i = from; i <= to; i++) {
        String segment = segments.get(i);
        old.add(place.provision().parent().map(p -> p.child(segment)).orElseGet(() -> ProvisionId.root(segment)));
      }
    }
    // Pairwise while the numbers match; what is left over is repealed or inserted after the last substituted.
    int shared = Math.min(old.size(), structure.size());
    for (int i = 0; i < shared; i++) {
      operations.add(SubstituteProvision.unquoted(old.get(i), structure.get(i)));
    }
    for (int i = old.size() - 1; i >= shared; i--) {
      operations.add(RepealProvision.removing(old.get(i)));
    }
    ProvisionId anchor = old.get(shared - 1);
    for (int i = shared; i < structure.size(); i++) {
      Provision provision = structure.get(i);
      operations.add(InsertProvision.of(InsertionPoint.after(anchor), provision));
      if (provision.num().isEmpty()) {
        throw new Refusal("an inserted provision without a number cannot be followed by another");
      }
      String segment = ProvisionId.segment(provision.kind(), provision.num().get().token());
      anchor = anchor.parent().map(p -> p.child(segment)).orElseGet(() -> ProvisionId.root(segment));
    }
  }

  /** A change of words: which words from the metadata or the prose, where from the destination and the sentence. */
  private static AmendmentOperation words(Instruction instruction, Facts facts, ModBody body, TargetIndex.Place place,
      TargetIndex index, Optional<Integer> anchorWords, Optional<String> pos) throws Refusal {
    // Quoted words are compared and inserted as the text reads, not as the act's XML happens to be indented.
    Optional<String> old = quoted(facts.olds(), body).or(() -> anchorWords.map(body.quotedTexts()::get))
        .or(() -> instruction.old().filter(i -> i < body.quotedTexts().size()).map(body.quotedTexts()::get))
        .map(Text::normalize).filter(w -> !w.isEmpty());
    Optional<String> words = quoted(facts.news(), body)
        .or(() -> instruction.words().filter(i -> i < body.quotedTexts().size()).map(body.quotedTexts()::get))
        .map(Text::normalize).filter(w -> !w.isEmpty());
    ChangeWords.Edit edit = edit(instruction, facts.type(), pos, old.isPresent());
    Optional<Words.Range> scope = scope(instruction, place, index);
    if (instruction.kind() == Instruction.Kind.OMIT_SENTENCE || instruction.kind() == Instruction.Kind.REPLACE_SENTENCE) {
      old = Optional.empty();
    }
    if (edit != ChangeWords.Edit.OMIT && words.isEmpty()) {
      throw new Refusal(pendingOr(instruction, "no quoted new words"));
    }
    boolean anchored = edit != ChangeWords.Edit.INSERT_AT_START && edit != ChangeWords.Edit.INSERT_AT_END;
    if (anchored && old.isEmpty() && scope.isEmpty()) {
      throw new Refusal(pendingOr(instruction, "no quoted words to act on and no character range"));
    }
    Optional<Words> at = Optional.empty();
    if (anchored) {
      at = Optional.of(scope.isPresent() ? Words.at(scope.get(), old)
          : instruction.every() ? Words.everywhere(old.orElseThrow()) : Words.only(old.orElseThrow()));
    }
    try {
      return new ChangeWords(place.provision(), edit, at, edit == ChangeWords.Edit.OMIT ? "" : words.orElseThrow());
    } catch (IllegalArgumentException e) {
      throw new Refusal("the change of words cannot be stated: " + e.getMessage());
    }
  }

  private static String pendingOr(Instruction instruction, String what) {
    return instruction.pending().map(p -> "pending instruction: " + p).orElse(what);
  }

  private static Optional<String> quoted(List<String> hrefs, ModBody body) {
    for (String href : hrefs) {
      int i = body.quotedTextIds().indexOf(href.replaceFirst("^#", ""));
      if (i >= 0) {
        return Optional.of(body.quotedTexts().get(i));
      }
    }
    return Optional.empty();
  }

  private static ChangeWords.Edit edit(Instruction instruction, String type, Optional<String> pos, boolean old)
      throws Refusal {
    switch (instruction.kind()) {
      case INSERT_WORDS_AFTER:
        return ChangeWords.Edit.INSERT_AFTER;
      case INSERT_WORDS_BEFORE:
        return ChangeWords.Edit.INSERT_BEFORE;
      case INSERT_WORDS_AT_END:
        return ChangeWords.Edit.INSERT_AT_END;
      case INSERT_WORDS_AT_START:
        return ChangeWords.Edit.INSERT_AT_START;
      case REPLACE_WORDS:
      case REPLACE_SENTENCE:
        return ChangeWords.Edit.REPLACE;
      case OMIT_WORDS:
      case OMIT_SENTENCE:
        return ChangeWords.Edit.OMIT;
      default:
        break;
    }
    // The prose says nothing Lexkit reads; the metadata alone decides, where it suffices.
    switch (type) {
      case "substitution":
        return ChangeWords.Edit.REPLACE;
      case "repeal":
        return ChangeWords.Edit.OMIT;
      case "insertion":
        if (pos.isPresent() && old) {
          String p = pos.get().toLowerCase(Locale.ROOT);
          if (p.equals("after") || p.equals("before")) {
            return p.equals("after") ? ChangeWords.Edit.INSERT_AFTER : ChangeWords.Edit.INSERT_BEFORE;
          }
        }
        break;
      default:
        break;
    }
    throw new Refusal(pendingOr(instruction, "the instruction does not say where the words go"));
  }

  /** The characters the change is confined to: the destination's range, else the sentence the prose names. */
  private static Optional<Words.Range> scope(Instruction instruction, TargetIndex.Place place, TargetIndex index)
      throws Refusal {
    int block = place.block().orElse(0);
    if (place.range().isPresent()) { // the destination's characters, or the list element's
      return Optional.of(new Words.Range(block, place.range().get().from(), place.range().get().to()));
    }
    if (instruction.sentence().isEmpty()) {
      return Optional.empty();
    }
    int n = instruction.sentence().get();
    Provision provision = index.target().flatMap(t -> t.provision(place.provision())).orElseThrow(() ->
        new Refusal("the instruction names sentence " + n + ", found only in the target's text; read with the target"));
    if (place.granularity() != TargetIndex.Granularity.BLOCK && provision.content().size() != 1) {
      throw new Refusal("the instruction names sentence " + n + " of " + place.provision() + ", whose text has "
          + provision.content().size() + " blocks");
    }
    String text = provision.content().get(block).plain();
    List<int[]> sentences = Sentences.of(text);
    if (n > sentences.size()) {
      throw new Refusal("the instruction names sentence " + n + " of " + place.describe() + ", which has "
          + sentences.size());
    }
    return Optional.of(new Words.Range(block, sentences.get(n - 1)[0], sentences.get(n - 1)[1]));
  }

  private static String brief(String prose) {
    String text = Text.normalize(prose);
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
