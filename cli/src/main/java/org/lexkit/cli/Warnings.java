package org.lexkit.cli;

import org.lexkit.akn.MappingResult;
import org.lexkit.akn.UnmappedContent;

/**
 * How the warnings of one input are printed: in document order up to a cap ({@code --max-warnings}, all of them with
 * {@code --verbose}), then one line that counts the rest by kind, so that a document with thousands of renamed eIds
 * does not bury the one warning about lost text; {@link WarningLines} collects them. ({@link Failures} puts the
 * library's terms in the command line's.)
 *
 * @param max the most warning lines per input, at least 0
 * @param verbose whether every warning is printed, whatever {@code max}
 */
record Warnings(int max, boolean verbose) {
  /** The cap when a command sets none: enough to see what kinds there are. */
  static final int DEFAULT_MAX = 20;

  static final Warnings DEFAULT = new Warnings(DEFAULT_MAX, false);

  Warnings {
    if (max < 0) {
      throw new UsageException("--max-warnings must be at least 0, got " + max);
    }
  }

  /** What a kind of model loss means for the reader of a warning, in the words the warning line starts with. */
  private static String phrase(UnmappedContent.Kind kind) {
    switch (kind) {
      case ELEMENT:
        return "not in the model, so left out";
      case ATTRIBUTE:
        return "attribute not in the model, so left out";
      case FLATTENED:
        return "kept in a simpler form";
      case IDENTIFIER:
        return "identifier read differently";
      default:
        return "comment or processing instruction left out";
    }
  }

  /** A new, empty collector of one input's warnings under this policy. */
  WarningLines collector() {
    return new WarningLines(this);
  }

  /**
   * Formats the warnings of a read.
   *
   * @param result what was read, with its validation warnings and unmapped content
   * @return the lines for standard error, and how many warnings there were in all
   */
  <T> Documents.Read<T> lines(MappingResult<T> result) {
    WarningLines lines = collector();
    lines.problems(result.warnings());
    for (UnmappedContent unmapped : result.unmapped()) {
      lines.warning(unmapped.location(), phrase(unmapped.kind()) + ": <" + unmapped.element()
          + unmapped.eId().map(e -> " eId=\"" + e + "\"").orElse("") + ">: " + unmapped.detail(),
          phrase(unmapped.kind()));
    }
    return new Documents.Read<>(result.value(), lines.toString(), lines.count());
  }
}
