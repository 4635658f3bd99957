/**
 * Runnable programs that tell Lexkit's stories. {@link org.lexkit.examples.KazakhstanStory}, the README's first
 * command, follows the rights to free speech and peaceful assembly from Kazakhstan's 1995 Constitution through the
 * January 2026 proposal to the Constitution adopted in March 2026; {@code ReadmeSnippet} is the code on the
 * README's first screen.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.examples;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
