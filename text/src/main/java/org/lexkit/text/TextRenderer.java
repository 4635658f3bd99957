package org.lexkit.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.Text;

/**
 * Writes a {@link LegalDocument} as plain text in a canonical layout that {@link TextConverter} reads back to the
 * same structure: the title on the first line; the preamble, one block per line; then each provision as its
 * number (with its heading, or with its first block of text, on the same line, as its profile's level says), its
 * further blocks one per line, its children, its wrap-up, and its notes — right after the heading line for
 * provisions above the profile's note level (as «Сноска. Заголовок раздела ...» stands in official texts), after
 * everything else otherwise. A blank line separates two blocks wherever the converter would otherwise join them,
 * and precedes every heading.
 *
 * <pre>{@code
 * String text = TextRenderer.create().withProfile(HeadingProfile.RUSSIAN).render(document);
 * }</pre>
 *
 * <p>The layout round-trips documents that the converter can produce. Plain text cannot express everything the
 * model can, so some documents do not come back identical: whitespace inside a block is collapsed to single spaces;
 * a block that itself looks like a heading, a number or a note ("Статья 5 ...", "1) ...") reads back as one; a
 * heading on a provision whose level puts text on the number's line is written as a text line; a repealed
 * provision without a note saying so reads back as in force; notes of provisions below the note level read back on
 * the enclosing provision at that level. No text is ever dropped.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextRenderer {
  private static final TextRenderer DEFAULT = new TextRenderer(null);

  private final @Nullable HeadingProfile profile;

  private TextRenderer(@Nullable HeadingProfile profile) {
    this.profile = profile;
  }

  /**
   * Returns the default renderer.
   *
   * @return a renderer that lays out each document with the built-in profile of its language ({@code rus},
   *     {@code kaz}; English for any other)
   */
  public static TextRenderer create() {
    return DEFAULT;
  }

  /**
   * Returns a renderer that lays out every document with {@code profile}.
   *
   * @param profile the profile whose levels say where headings and text go
   * @return the configured renderer
   */
  public TextRenderer withProfile(HeadingProfile profile) {
    return new TextRenderer(checkNotNull(profile, "profile"));
  }

  /**
   * Renders a document.
   *
   * @param document any document
   * @return its text, lines separated by {@code \n}, ending with a line break
   */
  public String render(LegalDocument document) {
    checkNotNull(document, "document");
    HeadingProfile used = profile != null ? profile : profileFor(document.identity().language());
    Writer writer = new Writer(used);
    writer.line(Text.normalize(document.title()));
    writer.blank();
    if (document.preamble().isPresent()) {
      Preamble preamble = document.preamble().get();
      for (Text block : preamble.blocks()) {
        writer.text(block);
      }
      writer.blank();
    }
    for (Provision child : document.body().children()) {
      writer.provision(child);
    }
    return writer.out.toString();
  }

  private static HeadingProfile profileFor(String language) {
    for (HeadingProfile builtIn : HeadingProfile.builtIns()) {
      if (builtIn.language().equals(language)) {
        return builtIn;
      }
    }
    return HeadingProfile.ENGLISH;
  }

  /** Accumulates lines, remembering the last text block so that it can keep the next one apart. */
  private static final class Writer {
    final HeadingProfile profile;
    final StringBuilder out = new StringBuilder();
    @Nullable String lastText;
    boolean lastIsHeading;
    boolean atStart = true;
    boolean afterBlank = true;

    Writer(HeadingProfile profile) {
      this.profile = profile;
    }

    void provision(Provision p) {
      if (p.num().isEmpty()) {
        if (p.heading().isPresent()) {
          text(p.heading().get());
        }
        texts(p.content());
        children(p);
        texts(p.wrapUp());
        notes(p.notes());
        return;
      }
      String num = Text.normalize(p.num().get().text());
      String heading = p.heading().map(h -> Text.normalize(h.plain())).orElse("");
      String first = p.content().isEmpty() ? "" : Text.normalize(p.content().get(0).plain());
      Level level = levelOf(p, num, heading, first);
      // A heading is written before the text it heads, even at a level whose number starts its first paragraph.
      boolean headingRole = level == null || level.role() == Level.Role.HEADING || !heading.isEmpty();
      boolean notesFirst = level != null && level.rank() < profile.noteRank();
      List<Note> notes = p.notes();
      if (headingRole) {
        if (!afterBlank && !atStart) {
          blank();
        }
        line(heading.isEmpty() ? num : num + " " + heading);
        if (heading.isEmpty()) {
          lastText = null;
        } else {
          lastText = heading;
          lastIsHeading = true;
        }
        if (notesFirst) {
          notes(notes);
        }
        // A label alone on its line would take the next text line as its heading: keep them apart.
        boolean headingOpen = level != null && level.headingPolicy() != Level.HeadingPolicy.SAME
            && restOf(level, num, heading).isEmpty();
        if (headingOpen && !(notesFirst && !notes.isEmpty())) {
          blank();
        }
        texts(p.content());
      } else {
        int from = 0;
        int noteFrom = 0;
        if (p.isRepealed() && !notes.isEmpty() && profile.isRepealedText(notes.get(0).text().plain())) {
          line(num + " " + Text.normalize(notes.get(0).text().plain()));
          noteFrom = 1;
        } else {
          line(first.isEmpty() ? num : num + " " + first);
          from = first.isEmpty() ? 0 : 1;
        }
        lastText = first.isEmpty() ? null : first;
        lastIsHeading = false;
        if (!heading.isEmpty()) {
          text(p.heading().get());
        }
        texts(p.content().subList(from, p.content().size()));
        notes = notes.subList(noteFrom, notes.size());
      }
      children(p);
      texts(p.wrapUp());
      if (!notesFirst) {
        notes(notes);
      }
    }

    private void children(Provision p) {
      for (Provision child : p.children()) {
        provision(child);
      }
    }

    /**
     * Finds the level whose label reads the number back as printed; null when none does (the number is then
     * written as a heading line, which reads back as text or as another level).
     */
    private @Nullable Level levelOf(Provision p, String num, String heading, String first) {
      for (Level level : profile.levels()) {
        if (level.kind() != p.kind()) {
          continue;
        }
        String rest = level.role() == Level.Role.HEADING ? heading : first;
        Level.LabelMatch match = level.match(rest.isEmpty() ? num : num + " " + rest);
        if (match != null && match.num().equals(num)) {
          return level;
        }
      }
      return null;
    }

    private static String restOf(Level level, String num, String heading) {
      Level.LabelMatch match = level.match(heading.isEmpty() ? num : num + " " + heading);
      return match == null ? heading : match.rest();
    }

    private void notes(List<Note> notes) {
      for (Note note : notes) {
        text(note.text());
      }
    }

    private void texts(List<Text> blocks) {
      for (Text block : blocks) {
        text(block);
      }
    }

    /** Writes a block: running text as one line, a list or a table as one line per item or cell. */
    void text(Text block) {
      if (block.block().isEmpty()) {
        text(Text.normalize(block.plain()));
        return;
      }
      for (String line : block.lines()) {
        text(line);
      }
    }

    private void text(String text) {
      if (text.isEmpty()) {
        return;
      }
      // A note line is never joined to the text before it; any other text line may be.
      if (lastText != null && !profile.isNote(text) && TextRules.continues(lastText, text, lastIsHeading)) {
        blank();
      }
      line(text);
      lastText = text;
      lastIsHeading = false;
    }

    void line(String line) {
      out.append(line).append('\n');
      atStart = false;
      afterBlank = false;
    }

    void blank() {
      if (!afterBlank) {
        out.append('\n');
      }
      afterBlank = true;
      lastText = null;
    }
  }
}
