package org.lexkit.rights.extraction;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import com.google.errorprone.annotations.FormatMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A tab-separated data file of the extraction rules: one row per line, {@code #} starts a comment line, blank lines
 * are skipped. Every error names the file and line.
 */
final class DataTable {
  private static final Splitter TAB = Splitter.on('\t');
  private static final Splitter LINES = Splitter.onPattern("\r?\n");
  // Unicode classes, so that \\w and \\b work for Cyrillic words.
  static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private DataTable() {}

  /** One row of a data file. */
  record Row(String source, int line, ImmutableList<String> cells) {
    String cell(int index) {
      return cells.get(index);
    }

    int size() {
      return cells.size();
    }

    String where() {
      return source + ":" + line;
    }

    @FormatMethod
    IllegalArgumentException error(String format, Object... args) {
      return new IllegalArgumentException(where() + ": " + String.format(Locale.ROOT, format, args));
    }

    /** Checks that the row has exactly {@code count} cells, naming what they should be. */
    Row expect(int count, String layout) {
      if (cells.size() != count) {
        throw error("expected %d tab-separated cells (%s), found %d", count, layout, cells.size());
      }
      for (String cell : cells) {
        if (cell.isBlank()) {
          throw error("empty cell (expected %s)", layout);
        }
      }
      return this;
    }

    /** Compiles cell {@code index} as a case-insensitive regular expression. */
    Pattern regex(int index) {
      try {
        return Pattern.compile(cell(index), FLAGS);
      } catch (PatternSyntaxException e) {
        throw error("bad regular expression '%s': %s", cell(index), e.getDescription());
      }
    }
  }

  /** Splits {@code text} into rows; comment and blank lines are skipped, line numbers are kept. */
  static ImmutableList<Row> parse(CharSequence text, String source) {
    checkNotNull(text, "text");
    checkNotNull(source, "source");
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    int number = 0;
    for (String line : LINES.split(text)) {
      number++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> cells = TAB.splitToList(line);
      rows.add(new Row(source, number, ImmutableList.copyOf(cells)));
    }
    return rows.build();
  }

  /** Reads a data file bundled next to this class. */
  static ImmutableList<Row> resource(String name) {
    // Looked up by this class, not through Guava's Resources.getResource: on the module path a resource in one of
    // this module's packages is visible only to the module's own code.
    URL url = checkNotNull(DataTable.class.getResource(name), "the bundled data file %s is missing", name);
    try {
      return parse(Resources.toString(url, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled data file " + name, e);
    }
  }
}
