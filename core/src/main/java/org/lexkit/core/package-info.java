/**
 * Lexkit's core: immutable, typed models of legal documents. This package holds only the root of the exception
 * tree, {@link org.lexkit.core.LegalDocumentException}; the model lives in the sub-packages {@code provision}
 * (the hierarchy of a text), {@code rights} (rights and their restriction grounds), {@code document} (a whole legal
 * document), {@code amendment} (checked operations from one version to the next), {@code history} (point-in-time
 * versions) and {@code comparison} (what changed between two versions).
 */
@NullMarked
@CheckReturnValue
package org.lexkit.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
