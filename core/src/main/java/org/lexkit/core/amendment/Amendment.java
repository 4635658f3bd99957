package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.lexkit.core.document.LegalDocument;

/**
 * An amendment: a dated, titled, ordered list of checked operations that turns one version of a document into the
 * next.
 *
 * <p>Invariants: at least one operation; a non-blank title; the proposal date is not after the adoption date; an
 * {@link AmendmentStatus#ADOPTED} amendment has an adoption date and an {@link AmendmentStatus#IN_FORCE} one has
 * an in-force date. The in-force date may precede the adoption date: such an amendment is
 * {@linkplain #isRetroactive() retroactive}.
 *
 * <p>{@link #apply} is a pure function: it returns the amended document or the untouched original with the
 * problem, never a partial application.
 *
 * <pre>{@code
 * Amendment proposal = Amendment.of(AmendmentId.parse("kz-2026-proposal"), "Assembly grounds",
 *     AddRestrictionGround.of(RightId.parse("peaceful-assembly"),
 *         RestrictionGround.of("защиты основ конституционного строя", art32, CanonicalGround.CONSTITUTIONAL_ORDER)));
 * AmendmentResult result = proposal.apply(constitution1995);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the amendment's id
 * @param title its title
 * @param proposed when it was proposed, if known
 * @param adopted when it was adopted, if it was
 * @param inForce when it comes or came into force, if known
 * @param status where it stands
 * @param operations what it does, in order
 */
public record Amendment(
    AmendmentId id,
    String title,
    Optional<LocalDate> proposed,
    Optional<LocalDate> adopted,
    Optional<LocalDate> inForce,
    AmendmentStatus status,
    ImmutableList<AmendmentOperation> operations) {

  /** Checks the invariants and copies the operations. */
  public Amendment {
    // Every null first, so that the exception names the null argument whatever else is wrong.
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(proposed, "proposed");
    checkNotNull(adopted, "adopted");
    checkNotNull(inForce, "inForce");
    checkNotNull(status, "status");
    operations = ImmutableList.copyOf(operations);
    checkArgument(!title.isBlank(), "amendment %s: title must not be blank", id);
    checkArgument(!operations.isEmpty(), "amendment %s has no operations", id);
    if (proposed.isPresent() && adopted.isPresent()) {
      checkArgument(!proposed.get().isAfter(adopted.get()),
          "amendment %s: proposed %s after it was adopted %s", id, proposed.get(), adopted.get());
    }
    checkArgument(status != AmendmentStatus.ADOPTED || adopted.isPresent(),
        "amendment %s: an adopted amendment needs an adoption date", id);
    checkArgument(status != AmendmentStatus.IN_FORCE || inForce.isPresent(),
        "amendment %s: an amendment in force needs an in-force date", id);
  }

  /**
   * Returns a proposed amendment with no dates.
   *
   * @param id its id
   * @param title its title
   * @param operations at least one operation
   * @return the amendment
   */
  public static Amendment of(AmendmentId id, String title, AmendmentOperation... operations) {
    return new Amendment(id, title, Optional.empty(), Optional.empty(), Optional.empty(), AmendmentStatus.PROPOSED,
        ImmutableList.copyOf(operations));
  }

  /** Returns a copy proposed on {@code date}. */
  public Amendment proposedOn(LocalDate date) {
    return new Amendment(id, title, Optional.of(date), adopted, inForce, status, operations);
  }

  /** Returns a copy adopted on {@code date}, with status {@link AmendmentStatus#ADOPTED}. */
  public Amendment adoptedOn(LocalDate date) {
    return new Amendment(id, title, proposed, Optional.of(date), inForce, AmendmentStatus.ADOPTED, operations);
  }

  /** Returns a copy in force from {@code date}, with status {@link AmendmentStatus#IN_FORCE}. */
  public Amendment inForceFrom(LocalDate date) {
    return new Amendment(id, title, proposed, adopted, Optional.of(date), AmendmentStatus.IN_FORCE, operations);
  }

  /** Returns a copy with status {@link AmendmentStatus#REJECTED}. */
  public Amendment rejected() {
    return new Amendment(id, title, proposed, adopted, inForce, AmendmentStatus.REJECTED, operations);
  }

  /**
   * Returns the date from which this amendment changes the law: its in-force date, else its adoption date; empty
   * for a proposed or rejected amendment, which never changes the law.
   */
  public Optional<LocalDate> effectiveDate() {
    if (status == AmendmentStatus.PROPOSED || status == AmendmentStatus.REJECTED) {
      return Optional.empty();
    }
    return inForce.or(() -> adopted);
  }

  /** Returns whether this amendment takes effect before the day it was adopted. */
  public boolean isRetroactive() {
    return inForce.isPresent() && adopted.isPresent() && inForce.get().isBefore(adopted.get());
  }

  /**
   * Applies every operation in order.
   *
   * @param document the version to amend
   * @return the amended version, or the untouched {@code document} with the first problem
   */
  public AmendmentResult apply(LegalDocument document) {
    checkNotNull(document, "document");
    LegalDocument current = document;
    for (int i = 0; i < operations.size(); i++) {
      try {
        current = operations.get(i).applyTo(current);
      } catch (AmendmentConflictException e) {
        return new AmendmentResult.Refused(document, id, ImmutableList.of(e.problem().atIndex(i)));
      }
    }
    return new AmendmentResult.Applied(current);
  }

  /**
   * Applies every operation in order, or throws.
   *
   * @param document the version to amend
   * @return the amended version
   * @throws AmendmentConflictException naming this amendment and the failing operation; {@code document} is
   *     untouched
   */
  public LegalDocument applyOrThrow(LegalDocument document) {
    return apply(document).orElseThrow();
  }
}
