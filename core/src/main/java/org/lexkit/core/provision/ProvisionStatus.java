package org.lexkit.core.provision;

/** Whether a provision is part of the law or a placeholder left where a repealed provision stood. */
public enum ProvisionStatus {
  /** The provision is part of the text. */
  IN_FORCE,
  /** The provision was repealed; it keeps its number and heading so that the numbering stays visible. */
  REPEALED
}
