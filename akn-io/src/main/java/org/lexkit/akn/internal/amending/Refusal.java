package org.lexkit.akn.internal.amending;

/** Why a real modification is not read: the reason, in the terms of the act and its target. */
public final class Refusal extends Exception {
  private static final long serialVersionUID = 1L;

  Refusal(String reason) {
    super(reason, null, false, false);
  }
}
