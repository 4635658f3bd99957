package org.lexkit.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * One version of a legal document — a constitution, or any other act — as data: its identity, title, optional
 * preamble, tree of provisions, what it says about rights, and its life-cycle events.
 *
 * <p>Invariants: the body is a {@link ProvisionKind#BODY} node; every provision has a unique
 * {@link ProvisionId} (guaranteed by {@link Provision}); the title is not blank.
 *
 * <p>Documents are persistent values: {@link #withProvision} and the other with-ers rebuild only the path to what
 * changed and share everything else with this version.
 *
 * <pre>{@code
 * LegalDocument kz = LegalDocument.of(
 *     DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30), "constitution", "rus"),
 *     "Конституция Республики Казахстан",
 *     Provision.container(ProvisionKind.SECTION, "II", Provision.of(ProvisionKind.ARTICLE, "32", "...")));
 * Optional<Provision> art32 = kz.provision(ProvisionId.parse("sec_ii__art_32"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param identity which work and which version this is
 * @param title the document's title
 * @param preamble its preamble, or empty
 * @param body the root of its provision tree
 * @param rights what it says about rights
 * @param lifecycle its life-cycle events in date order
 */
public record LegalDocument(
    DocumentIdentity identity,
    String title,
    Optional<Preamble> preamble,
    Provision body,
    RightsCatalogue rights,
    ImmutableList<LifecycleEvent> lifecycle) {

  /** Checks the invariants and copies the events. */
  public LegalDocument {
    // Every null first, so that the exception names the null argument whatever else is wrong.
    checkNotNull(identity, "identity");
    checkNotNull(title, "title");
    checkNotNull(preamble, "preamble");
    checkNotNull(body, "body");
    checkNotNull(rights, "rights");
    lifecycle = ImmutableList.copyOf(lifecycle);
    checkArgument(!title.isBlank(), "a document's title must not be blank");
    checkArgument(body.kind() == ProvisionKind.BODY, "a document's body must be a BODY node, not %s", body.kind());
  }

  /**
   * Returns a document with the given top-level provisions and nothing else.
   *
   * @param identity the work and version
   * @param title the title
   * @param provisions the top-level provisions in order
   * @return the document
   * @throws IllegalArgumentException if two top-level provisions would share an id
   */
  public static LegalDocument of(DocumentIdentity identity, String title, Provision... provisions) {
    return new LegalDocument(identity, title, Optional.empty(), Provision.body(ImmutableList.copyOf(provisions)),
        RightsCatalogue.empty(), ImmutableList.of());
  }

  /**
   * Returns the provision with id {@code id}.
   *
   * @param id an eId-style path such as {@code sec_2__art_32}
   * @return the provision, or empty when there is none
   */
  public Optional<Provision> provision(ProvisionId id) {
    return body.find(id);
  }

  /** Returns every provision with its id, in document order (a provision before its children). */
  public ImmutableMap<ProvisionId, Provision> provisions() {
    return body.descendants();
  }

  /**
   * Returns the provision {@code container}, or the body when it is empty: the node whose children an insertion
   * "at the end of" a container extends.
   *
   * @param container a provision's id, or empty for the body
   * @return the node, or empty when there is no such provision
   */
  public Optional<Provision> container(Optional<ProvisionId> container) {
    return container.isPresent() ? provision(container.get()) : Optional.of(body);
  }

  /**
   * Returns this document with the provision at {@code id} replaced by {@code change.apply(it)}; only the path to
   * it is rebuilt. Returns {@code this} if the change returns its argument.
   *
   * @param id an existing provision's id
   * @param change computes the replacement
   * @return the new version
   * @throws IllegalArgumentException if there is no provision {@code id} or the replacement's id collides with a
   *     sibling
   */
  public LegalDocument withProvision(ProvisionId id, UnaryOperator<Provision> change) {
    return withBody(body.update(id, change));
  }

  /**
   * Returns this document with the container {@code container} (the body when empty) replaced by
   * {@code change.apply(it)}.
   *
   * @param container the container's id, or empty for the body
   * @param change computes the replacement
   * @return the new version
   */
  public LegalDocument withContainer(Optional<ProvisionId> container, UnaryOperator<Provision> change) {
    return container.isPresent() ? withProvision(container.get(), change) : withBody(change.apply(body));
  }

  /** Returns a copy with {@code body} as its provision tree. */
  public LegalDocument withBody(Provision body) {
    return body == this.body ? this : new LegalDocument(identity, title, preamble, body, rights, lifecycle);
  }

  /** Returns a copy with {@code rights} as its rights catalogue. */
  public LegalDocument withRights(RightsCatalogue rights) {
    return rights == this.rights ? this : new LegalDocument(identity, title, preamble, body, rights, lifecycle);
  }

  /** Returns a copy with {@code preamble}. */
  public LegalDocument withPreamble(Optional<Preamble> preamble) {
    return new LegalDocument(identity, title, preamble, body, rights, lifecycle);
  }

  /** Returns a copy identified as {@code identity}. */
  public LegalDocument withIdentity(DocumentIdentity identity) {
    return new LegalDocument(identity, title, preamble, body, rights, lifecycle);
  }

  /** Returns a copy with {@code event} appended to the life cycle. */
  public LegalDocument withLifecycleEvent(LifecycleEvent event) {
    return new LegalDocument(identity, title, preamble, body, rights,
        ImmutableList.<LifecycleEvent>builder().addAll(lifecycle).add(event).build());
  }
}
