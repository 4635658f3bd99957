package org.lexkit.testing.fuzz;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A broken promise that a {@link FuzzTarget} detected itself: the code under test did not crash, but its outcome
 * violates its contract (an exception without a location, content lost in a round trip, a document it accepted
 * but cannot write). The {@link #kind()} groups findings into one signature in the report.
 */
public final class FuzzFinding extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final String kind;

  /**
   * Creates a finding.
   *
   * @param kind a short stable category, e.g. {@code badly-located} or {@code lossy-round-trip}
   * @param message what happened, with enough detail to debug
   * @param cause the exception involved, or null
   */
  public FuzzFinding(String kind, String message, @Nullable Throwable cause) {
    super(kind + ": " + message, cause);
    this.kind = checkNotNull(kind, "kind");
  }

  /**
   * Returns the category of the finding.
   *
   * @return e.g. {@code badly-located}
   */
  public String kind() {
    return kind;
  }
}
