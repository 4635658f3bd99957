/**
 * Not API. The JAXB content behind {@link org.lexkit.akn.AknDocument} ({@link
 * org.lexkit.akn.internal.JaxbDocument}, which only the document and its writer in {@code org.lexkit.akn} see), the
 * shared JAXB context and what the lossless writer restores ({@link org.lexkit.akn.internal.Trivia}).
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
