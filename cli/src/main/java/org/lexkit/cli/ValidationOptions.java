package org.lexkit.cli;

import org.jspecify.annotations.Nullable;
import org.lexkit.akn.ValidationMode;
import picocli.CommandLine.Option;

/**
 * How strictly commands that read Akoma Ntoso check it: {@code --strict}, {@code --lenient} or
 * {@code --no-validate}, one at most (a picocli exclusive argument group).
 */
final class ValidationOptions {
  @Option(names = "--strict", description = "Validate against the official OASIS schema, exactly.")
  boolean strict;

  @Option(names = "--lenient",
      description = "Validate, but accept as warnings the deviations real publishers make most (year-only FRBR"
          + " dates, eIds repeated in attachments).")
  boolean lenient;

  @Option(names = "--no-validate", description = "Do not validate: only well-formed Akoma Ntoso is required.")
  boolean none;

  /** Returns the mode the options ask for, or {@code otherwise} when none was given. */
  static ValidationMode mode(@Nullable ValidationOptions options, ValidationMode otherwise) {
    if (options == null) {
      return otherwise;
    }
    return options.lenient ? ValidationMode.LENIENT : options.none ? ValidationMode.NONE : ValidationMode.STRICT;
  }
}
