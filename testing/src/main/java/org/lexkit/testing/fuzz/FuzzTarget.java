package org.lexkit.testing.fuzz;

import java.util.List;

/**
 * The code under test, wrapped so that the harness can tell a documented outcome from a failure.
 *
 * <p>A target feeds the input to the reader (or converter) under test, catches the exception the reader documents,
 * checks that it is located as promised, and returns labels for the statistics, e.g. {@code STRICT:accepted},
 * {@code NONE:MalformedAknException}. Anything that escapes {@link #run} is a failure: the target throws a
 * {@link FuzzFinding} for a broken promise it detects itself (a refusal without a line, a lossy round trip), and
 * every other throwable (an NPE, a StackOverflowError, a raw parser exception) simply propagates.
 *
 * <p>For the plain-text converter, for example:
 *
 * <pre>{@code
 * FuzzTarget text = (input, name) -> {
 *   try {
 *     TextConverter.create().convert(input, name);
 *     return List.of("accepted");
 *   } catch (TextConversionException e) {
 *     if (e.line() < 1 || !e.sourceName().equals(name)) {
 *       throw new FuzzFinding("badly-located", e.getMessage(), e);
 *     }
 *     return List.of("refused");
 *   }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface FuzzTarget {
  /**
   * Runs the code under test on one input.
   *
   * @param input the (mutated) bytes; must not be modified
   * @param name the name to pass as the input's source, so locations can be checked against it
   * @return outcome labels to count, one or more
   * @throws Exception anything that escapes is a failure of the code under test
   */
  List<String> run(byte[] input, String name) throws Exception;
}
