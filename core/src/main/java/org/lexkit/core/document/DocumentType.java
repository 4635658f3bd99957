package org.lexkit.core.document;

/** The kind of legal document: a constitution, or an ordinary act of another kind. */
public enum DocumentType {
  /** A constitution or basic law. */
  CONSTITUTION,
  /** A statute or other act of a legislature. */
  ACT,
  /** A code (civil code, criminal code, ...). */
  CODE,
  /** A decree or order of the executive. */
  DECREE,
  /** A regulation or by-law. */
  REGULATION,
  /** A bill: a proposed act. */
  BILL,
  /** Any other legal text. */
  OTHER
}
