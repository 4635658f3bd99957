/**
 * Build tools for Lexkit's own build, not published: {@link org.lexkit.tools.xjc.StableAttributeOrder}, the xjc
 * plugin that makes akn-io's generated JAXB classes the same in every build.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.tools.xjc;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
