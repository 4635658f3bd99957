package org.lexkit.core.amendment;

/** Where an amendment stands in the law-making process. */
public enum AmendmentStatus {
  /** Proposed, not (yet) adopted. */
  PROPOSED,
  /** Adopted, not yet in force. */
  ADOPTED,
  /** Adopted and in force. */
  IN_FORCE,
  /** Rejected; it will never apply. */
  REJECTED
}
