/**
 * JMH benchmarks and measurement programs for Lexkit, each measured against a baseline in the same run (a raw StAX
 * pass, plain JAXB, a plain line scan, the JDK validator, a whole-tree copy). {@link org.lexkit.benchmarks.Report}
 * runs JMH and prints MB/s and the ratios; the results, commands and machine are recorded in
 * {@code docs/PERFORMANCE.md}. Not part of {@code mvn verify}'s tests: only compiled there.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.benchmarks;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
