package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Why an amendment operation could not be applied: which operation, which provision or right it targets, what it
 * expected and what it found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param operationIndex the 0-based position of the operation in its amendment (0 for an operation applied alone)
 * @param operation the operation that failed
 * @param target the provision eId or right id it targets, e.g. {@code sec_2__art_32}
 * @param expected what the operation needed, e.g. "a provision sec_2__art_32"
 * @param found what the document had instead, e.g. "no such provision"
 */
public record AmendmentProblem(
    int operationIndex, AmendmentOperation operation, String target, String expected, String found) {
  /** Validates the components. */
  public AmendmentProblem {
    checkArgument(operationIndex >= 0, "operation index must not be negative: %s", operationIndex);
    checkNotNull(operation, "operation");
    checkNotNull(target, "target");
    checkNotNull(expected, "expected");
    checkNotNull(found, "found");
  }

  /** Returns the same problem at position {@code index} of an amendment. */
  AmendmentProblem atIndex(int index) {
    return new AmendmentProblem(index, operation, target, expected, found);
  }

  /** Returns a one-line description: {@code operation 2 (repeal) on sec_2__art_12: expected ..., found ...}. */
  public String describe() {
    return "operation " + (operationIndex + 1) + " (" + operation.verb() + ") on " + target + ": expected "
        + expected + ", found " + found;
  }
}
