package org.lexkit.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.document.LegalDocument;

/**
 * One version in a {@link History}: the document as it reads from {@code inForceFrom} until the next version, and
 * the amendment that made it (empty for the original).
 *
 * <p>Invariants: the document's {@linkplain org.lexkit.core.document.DocumentIdentity#versionDate() version date}
 * is {@code inForceFrom}; a version made by an amendment starts on that amendment's
 * {@linkplain Amendment#effectiveDate() effective date}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inForceFrom the first day this version is the law
 * @param amendment the amendment whose application produced it, or empty for the original
 * @param document the version itself
 */
public record Version(LocalDate inForceFrom, Optional<Amendment> amendment, LegalDocument document) {
  /** Checks that the dates agree. */
  public Version {
    checkNotNull(inForceFrom, "inForceFrom");
    checkNotNull(amendment, "amendment");
    checkNotNull(document, "document");
    checkArgument(document.identity().versionDate().equals(inForceFrom),
        "a version in force from %s must carry that version date, not %s", inForceFrom,
        document.identity().versionDate());
    amendment.ifPresent(a -> checkArgument(a.effectiveDate().equals(Optional.of(inForceFrom)),
        "the version made by amendment %s must start on its effective date %s, not %s", a.id(),
        a.effectiveDate().map(LocalDate::toString).orElse("(none)"), inForceFrom));
  }

  /**
   * Returns the original version of a document, in force from its version date.
   *
   * @param original the document as first adopted (or as first known)
   * @return the version
   */
  public static Version original(LegalDocument original) {
    return new Version(original.identity().versionDate(), Optional.empty(), original);
  }
}
