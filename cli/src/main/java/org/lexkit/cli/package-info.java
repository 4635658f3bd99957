/**
 * The {@code lexkit} command line: {@link org.lexkit.cli.Lexkit} is its entry point, with one subcommand per task
 * ({@code convert}, {@code validate}, {@code fmt}, {@code apply}, {@code diff}, {@code render}, {@code export},
 * {@code at}, {@code report}) on top of the library modules (core, akn-io, text, rights). Its HTML pages share one
 * shell and style sheet ({@link org.lexkit.cli.Html}) and speak the document's language
 * ({@link org.lexkit.cli.Labels}).
 *
 * <p>Every command takes files, directories and globs, and {@code -} for standard input and output; several inputs
 * are processed on a bounded pool of threads, with a progress bar on an interactive terminal and a summary at the
 * end. Problems are printed on standard error in the compiler form {@code file:line:column: message}; outputs are
 * written atomically (a temporary file in the same directory, then an atomic rename) and never over an input. Exit
 * codes: 0 ok, 1 problems found, 2 usage error, 3 I/O error, 4 internal error.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.cli;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
