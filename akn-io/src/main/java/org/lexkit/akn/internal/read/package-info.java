/**
 * Not API. The single-pass reader: hardened StAX events fanned out to JAXB and to the validator, the linear
 * identity-constraint checker, problem collection and namespace migration.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn.internal.read;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
