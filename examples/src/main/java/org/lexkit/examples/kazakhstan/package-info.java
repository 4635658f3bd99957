/**
 * The parts of the Kazakhstan story that are not the story itself: the bundled texts and how they are read
 * ({@link org.lexkit.examples.kazakhstan.KazakhstanTexts}), the findings gathered from three versions
 * ({@link org.lexkit.examples.kazakhstan.KazakhstanReport}), and their renderings as console text
 * ({@link org.lexkit.examples.kazakhstan.TextReport}), a self-contained web page
 * ({@link org.lexkit.examples.kazakhstan.HtmlReport}) and JSON ({@link org.lexkit.examples.kazakhstan.JsonReport}).
 */
@NullMarked
@CheckReturnValue
package org.lexkit.examples.kazakhstan;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
