/**
 * Feeding every regular expression a module compiles a megabyte of input (test support): {@link
 * org.lexkit.testing.regex.PatternSweep}.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.testing.regex;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
