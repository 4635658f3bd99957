package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * The input is well-formed XML but not acceptable Akoma Ntoso in the reader's {@link ValidationMode}. Carries every
 * problem found, up to the reader's problem limit; {@link #location()} and {@link #detail()} are those of the first
 * error, and the message says how many more there are.
 */
public class AknSchemaException extends AknReadException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<AknProblem> problems;

  /**
   * Creates an exception from the problems found, at least one of which must be an error.
   *
   * @param problems the problems in document order (errors and warnings); not empty
   */
  public AknSchemaException(Iterable<AknProblem> problems) {
    this(firstError(ImmutableList.copyOf(problems)), ImmutableList.copyOf(problems), null);
  }

  /**
   * Creates an exception whose first error is given explicitly (used by subclasses with a more specific detail).
   *
   * @param first the error that the location and detail describe
   * @param problems all problems, including {@code first}
   * @param cause the underlying failure, or null
   */
  protected AknSchemaException(AknProblem first, ImmutableList<AknProblem> problems, @Nullable Throwable cause) {
    super(first.location(), detail(first, problems), cause);
    this.problems = problems;
  }

  private static AknProblem firstError(ImmutableList<AknProblem> problems) {
    return problems.stream()
        .filter(AknProblem::isError)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("a schema exception needs at least one error"));
  }

  private static String detail(AknProblem first, ImmutableList<AknProblem> problems) {
    checkArgument(problems.contains(first), "the first error must be one of the problems");
    long errors = problems.stream().filter(AknProblem::isError).count();
    return errors <= 1 ? first.message() : first.message() + " (and " + (errors - 1) + " more errors)";
  }

  /**
   * Returns every problem found, errors and warnings, in document order.
   *
   * @return at least one error
   */
  public final ImmutableList<AknProblem> problems() {
    return problems;
  }

  /**
   * Returns the problems one per line, compiler style, for logs and command-line tools.
   *
   * @return the {@link AknProblem#describe()} lines joined by {@code '\n'}
   */
  public final String describeProblems() {
    StringBuilder out = new StringBuilder();
    for (AknProblem problem : problems) {
      out.append(problem.describe()).append('\n');
    }
    return out.toString();
  }
}
