/**
 * Running a program in a fresh JVM, with Lexkit on the module path (test support): {@link
 * org.lexkit.testing.jvm.FreshJvm}. Shared by akn-io's {@code ModulePathSmokeTest} and the CLI's
 * {@code ModulePathCliTest}.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.testing.jvm;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
