package org.lexkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lexkit.akn.AknProblem;
import org.lexkit.akn.MappingResult;
import org.lexkit.akn.SourceLocation;
import org.lexkit.akn.UnmappedContent;

/**
 * How the warnings of one input are printed: in document order up to a cap ({@code --max-warnings}, all of them with
 * {@code --verbose}), then one line that counts the rest by kind, so that a document with thousands of renamed eIds
 * does not bury the one warning about lost text. Messages name command-line flags, not the Java methods the library
 * names in the same place.
 *
 * @param max the most warning lines per input, at least 0
 * @param verbose whether every warning is printed, whatever {@code max}
 */
record Warnings(int max, boolean verbose) {
  /** The cap when a command sets none: enough to see what kinds there are. */
  static final int DEFAULT_MAX = 20;

  static final Warnings DEFAULT = new Warnings(DEFAULT_MAX, false);

  /** The library's words for what a read can do, and the command line's. One table, for every command. */
  private static final Map<String, String> API_TO_CLI = Map.of(
      "ValidationMode.LENIENT accepts it", "--lenient accepts it",
      "AknReader.withNamespaceMigration(true)",
      "the Lexkit library's AknReader with namespace migration on (the lexkit command reads AKN 3.0 only)");

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

  /**
   * Formats the warnings of a read.
   *
   * @param result what was read, with its validation warnings and unmapped content
   * @param source the input's name, for the line that counts what was not printed
   * @return the lines for standard error, and how many warnings there were in all
   */
  <T> Documents.Read<T> lines(MappingResult<T> result, String source) {
    List<String> lines = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (AknProblem warning : result.warnings()) {
      lines.add(cliTerms(warning.describe()) + "\n");
      kinds.add("validation warnings (" + warning.rule().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    }
    for (UnmappedContent unmapped : result.unmapped()) {
      lines.add(Failures.warning(unmapped.location(), phrase(unmapped.kind()) + ": <" + unmapped.element()
          + unmapped.eId().map(e -> " eId=\"" + e + "\"").orElse("") + ">: " + cliTerms(unmapped.detail())));
      kinds.add(phrase(unmapped.kind()));
    }
    int shown = verbose ? lines.size() : Math.min(max, lines.size());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      text.append(lines.get(i));
    }
    if (shown < lines.size()) {
      Map<String, Integer> rest = new LinkedHashMap<>();
      for (String kind : kinds.subList(shown, kinds.size())) {
        rest.merge(kind, 1, Integer::sum);
      }
      StringBuilder counts = new StringBuilder();
      rest.forEach((kind, count) -> counts.append(counts.length() == 0 ? "" : "; ").append(count).append(" ")
          .append(kind));
      text.append(Failures.warning(SourceLocation.unknownPosition(source), (lines.size() - shown)
          + " more warnings not shown (" + counts + "); --verbose shows them all, --max-warnings N shows N"));
    }
    return new Documents.Read<>(result.value(), text.toString(), lines.size());
  }

  /** Replaces the library's names for settings by the command line's flags. */
  static String cliTerms(String message) {
    String text = message;
    for (Map.Entry<String, String> term : API_TO_CLI.entrySet()) {
      text = text.replace(term.getKey(), term.getValue());
    }
    return text;
  }
}
