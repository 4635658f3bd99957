/**
 * Finding the shared domain texts (test support): {@link org.lexkit.testing.domain.SharedDomain} locates the
 * read-only folder of Kazakhstan constitutions that tests take as {@code -Dlexkit.domain}, never copied into the
 * project.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.testing.domain;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
