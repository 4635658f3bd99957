/**
 * Not API. Secure XML plumbing: the one place that creates parsers and schema factories (hardened, JDK built-in),
 * the guarded character stream that refuses DOCTYPEs and oversized values, the safety limits, and the compiled
 * bundled schemas.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn.internal.xml;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
