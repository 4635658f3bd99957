/**
 * Not API. The lossless writer: JAXB to DOM, then a serialiser that restores comments, prefixes and ignored
 * attributes and indents only where whitespace is insignificant.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn.internal.write;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
