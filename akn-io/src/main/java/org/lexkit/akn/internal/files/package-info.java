/**
 * Writing output files so that a failed or killed write never destroys anything: {@link
 * org.lexkit.akn.internal.files.FileReplacement}, shared by {@code AknWriter} and the command line (the one module
 * this package is exported to).
 */
@NullMarked
@CheckReturnValue
package org.lexkit.akn.internal.files;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
