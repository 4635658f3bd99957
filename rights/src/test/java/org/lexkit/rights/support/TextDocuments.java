package org.lexkit.rights.support;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * Builds {@link LegalDocument}s from the plain texts the tests use: sections, articles, numbered paragraphs ("1.")
 * and points ("1)", "(a)"), one provision each; any other line continues the provision before it as a new text
 * block. This is test support, deliberately simple: the real text converter is built elsewhere.
 */
public final class TextDocuments {
  private static final Pattern RU_SECTION = Pattern.compile("^Раздел\\s+([IVXLC]+)\\.?(?:\\s+(.*))?$");
  private static final Pattern RU_ARTICLE = Pattern.compile("^Статья\\s+(\\d+(?:-\\d+)?)\\.?(?:\\s.*)?$");
  private static final Pattern EN_SECTION = Pattern.compile("^Section\\s+([IVXLC]+)\\.?(?:\\s+(.*))?$");
  private static final Pattern EN_ARTICLE =
      Pattern.compile("^(?:Article|Art\\.|Amendment)\\s+([0-9IVXLC]+(?:-\\d+)?)\\.?(?:\\s.*)?$");
  private static final Pattern PARAGRAPH = Pattern.compile("^(\\d+(?:-\\d+)?)\\.\\s+(.*)$");
  private static final Pattern POINT = Pattern.compile("^(\\d{1,2}\\)|\\([a-z]\\))\\s+(.*)$");
  private static final Pattern EDITORIAL = Pattern.compile("^\\([^)]*\\)\\s*");

  private TextDocuments() {}

  public static DocumentIdentity identity(String name, String language, LocalDate date) {
    return DocumentIdentity.of("kz", DocumentType.CONSTITUTION, date, name, language);
  }

  /** A mutable node while reading; turned into a {@link Provision} at the end. */
  private static final class Node {
    final ProvisionKind kind;
    final Optional<String> num;
    final List<String> blocks = new ArrayList<>();
    final List<Node> children = new ArrayList<>();

    Node(ProvisionKind kind, Optional<String> num) {
      this.kind = kind;
      this.num = num;
    }

    Optional<Node> child(String token) {
      return children.stream().filter(c -> c.num.isPresent() && Num.of(c.num.get()).token().equals(
          Num.of(token).token())).findFirst();
    }

    Provision toProvision() {
      return new Provision(kind, num.map(Num::of), Optional.empty(),
          blocks.stream().map(Text::of).collect(ImmutableList.toImmutableList()),
          children.stream().map(Node::toProvision).collect(ImmutableList.toImmutableList()),
          ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);
    }
  }

  /** The reading position: the section, article, paragraph and point lines currently continue. */
  private static final class Reader {
    final Node body = new Node(ProvisionKind.BODY, Optional.empty());
    Node section;
    Node article;
    Node paragraph;
    Node point;
    final boolean lastDuplicateWins;

    Reader(boolean lastDuplicateWins) {
      this.lastDuplicateWins = lastDuplicateWins;
    }

    void section(String num) {
      section = add(body, ProvisionKind.SECTION, num);
      article = paragraph = point = null;
    }

    void article(String num) {
      article = add(section == null ? body : section, ProvisionKind.ARTICLE, num);
      paragraph = point = null;
    }

    boolean paragraph(String num, String text) {
      if (article == null) {
        return false;
      }
      Optional<Node> same = article.child(num);
      if (same.isPresent() && !lastDuplicateWins) {
        return false;  // a repeated number: not a new paragraph but text that happens to start with one
      }
      same.ifPresent(article.children::remove);
      paragraph = add(article, ProvisionKind.PARAGRAPH, num);
      paragraph.blocks.add(text);
      point = null;
      return true;
    }

    boolean point(String num, String text) {
      Node parent = paragraph != null ? paragraph : article;
      if (parent == null || parent.child(num).isPresent()) {
        return false;
      }
      point = add(parent, ProvisionKind.POINT, num);
      point.blocks.add(text);
      return true;
    }

    void text(String text) {
      Node current = point != null ? point : paragraph != null ? paragraph : article;
      if (current != null && !text.isBlank()) {
        current.blocks.add(text.strip());
      }
    }

    private static Node add(Node parent, ProvisionKind kind, String num) {
      Node node = new Node(kind, Optional.of(num));
      parent.children.add(node);
      return node;
    }

    LegalDocument document(DocumentIdentity identity, String title) {
      return new LegalDocument(identity, title, Optional.<Preamble>empty(),
          Provision.body(body.children.stream().map(Node::toProvision).toList()), RightsCatalogue.empty(),
          ImmutableList.of());
    }
  }

  /**
   * Reads the official Russian layout: "Раздел II", "Статья 32", "1. ...", "1) ...", footnotes «Сноска. ...»
   * skipped. Lines before the first section or article (the title, the preamble) are ignored.
   */
  public static LegalDocument russian(DocumentIdentity identity, String title, List<String> lines) {
    Reader reader = new Reader(false);
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("Сноска.")) {
        continue;
      }
      Matcher m;
      if ((m = RU_SECTION.matcher(line)).matches()) {
        reader.section(m.group(1));
      } else if ((m = RU_ARTICLE.matcher(line)).matches()) {
        reader.article(m.group(1));
      } else if ((m = PARAGRAPH.matcher(line)).matches() && reader.paragraph(m.group(1), m.group(2))) {
        continue;
      } else if ((m = POINT.matcher(line)).matches() && reader.point(m.group(1), m.group(2))) {
        continue;
      } else {
        reader.text(line);
      }
    }
    return reader.document(identity, title);
  }

  /**
   * Reads the English research layout of {@code constitution-1995-key-articles.en.txt}: "Section II. ...",
   * "Article 32", "  1. ..." with continuation lines indented by two; source notes in square brackets, amendment
   * notes ("->") and deeper-indented lines are not law and are skipped. A repeated paragraph number replaces the
   * earlier paragraph (the file gives a complete version after a truncated one), and a leading editorial remark in
   * parentheses is dropped.
   */
  public static LegalDocument englishResearch(DocumentIdentity identity, String title, List<String> lines) {
    Reader reader = new Reader(true);
    boolean inBrackets = false;
    for (String raw : lines) {
      String line = raw.strip();
      int indent = raw.length() - raw.stripLeading().length();
      if (inBrackets) {
        inBrackets = !line.contains("]");
        continue;
      }
      if (line.startsWith("[")) {
        inBrackets = !line.contains("]");
        continue;
      }
      if (line.isEmpty() || line.startsWith("->") || indent >= 5 || line.startsWith("===")) {
        continue;
      }
      Matcher m;
      if ((m = EN_SECTION.matcher(line)).matches()) {
        reader.section(m.group(1));
      } else if ((m = EN_ARTICLE.matcher(line)).matches()) {
        reader.article(m.group(1));
      } else if ((m = PARAGRAPH.matcher(line)).matches()) {
        reader.paragraph(m.group(1), EDITORIAL.matcher(m.group(2)).replaceFirst(""));
      } else if (indent >= 2) {
        // A continuation line: joined to the text before it, since the file wraps lines at 120 columns.
        Node current = reader.paragraph != null ? reader.paragraph : reader.article;
        if (current != null && !current.blocks.isEmpty()) {
          List<String> blocks = current.blocks;
          blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + line);
        } else {
          reader.text(line);
        }
      }
    }
    return reader.document(identity, title);
  }

  /**
   * Reads the layout of the working translation in {@code constitution-2026-key-articles.txt}: "  Art. 23",
   * "   1. ..." and continuation lines joined to the paragraph (or article) before them.
   */
  public static LegalDocument englishWorkingTranslation(
      DocumentIdentity identity, String title, List<String> lines) {
    Reader reader = new Reader(false);
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m;
      if ((m = EN_ARTICLE.matcher(line)).matches()) {
        reader.article(m.group(1));
      } else if ((m = PARAGRAPH.matcher(line)).matches() && reader.paragraph(m.group(1), m.group(2))) {
        continue;
      } else {
        Node current = reader.paragraph != null ? reader.paragraph : reader.article;
        if (current != null && !current.blocks.isEmpty()) {
          List<String> blocks = current.blocks;
          blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + line);
        } else {
          reader.text(line);
        }
      }
    }
    return reader.document(identity, title);
  }

  /**
   * Reads a text written for these tests (test resources): "Article N" or "Amendment I" lines, "1. ..." paragraphs,
   * "(a) ..." points; lines starting with {@code #} are comments (sources, notes).
   */
  public static LegalDocument english(DocumentIdentity identity, String title, List<String> lines) {
    Reader reader = new Reader(false);
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m;
      if ((m = EN_ARTICLE.matcher(line)).matches()) {
        reader.article(m.group(1));
      } else if ((m = PARAGRAPH.matcher(line)).matches() && reader.paragraph(m.group(1), m.group(2))) {
        continue;
      } else if ((m = POINT.matcher(line)).matches() && reader.point(m.group(1), m.group(2))) {
        continue;
      } else {
        reader.text(line);
      }
    }
    return reader.document(identity, title);
  }

  private static final Pattern EXCERPT_ARTICLE = Pattern.compile(
      "^(?:Article|Art\\.?|Artikel|Artículo|Статья|Section|Amendment)\\s+(\\d+[a-z]?º?|[IVXLC]+)\\.?(?:\\s+(.*))?$");
  private static final Pattern EXCERPT_PARAGRAPH = Pattern.compile("^(?:\\((\\d+)\\)|(\\d+)\\.?)\\s+(\\S.*)$");
  private static final Pattern EXCERPT_POINT =
      Pattern.compile("^(?:\\(([a-z])\\)|([a-z])\\)|([ivx]{1,4})(?=\\s+\\p{Lu})|([IVXLC]+)\\s+-)\\s*(\\S.*)$");
  private static final int LONGEST_HEADING = 100;

  /**
   * Reads an excerpt of a constitution stored as a test resource, in any language: an article starts at a line
   * "Article N", "Art. N", "Art N", "Artikel N", "Artículo N", "Статья N" or "Section N" (the rest of the line is
   * its heading, or its first text when longer than a heading); "(1)", "1." or "1" start a paragraph; "(a)",
   * "a)", "i" (before a capital) or "IV -" start a point; other lines continue the provision before them.
   */
  public static LegalDocument excerpt(DocumentIdentity identity, String title, List<String> lines) {
    Reader reader = new Reader(false);
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m;
      if ((m = EXCERPT_ARTICLE.matcher(line)).matches()) {
        reader.article(m.group(1).replace("º", ""));
        if (m.group(2) != null && m.group(2).length() > LONGEST_HEADING) {
          reader.text(m.group(2));
        }
      } else if ((m = EXCERPT_PARAGRAPH.matcher(line)).matches()
          && reader.paragraph(m.group(1) != null ? m.group(1) : m.group(2), m.group(3))) {
        continue;
      } else if ((m = EXCERPT_POINT.matcher(line)).matches() && reader.point(firstNonNull(m, 1, 4), m.group(5))) {
        continue;
      } else {
        reader.text(line);
      }
    }
    return reader.document(identity, title);
  }

  private static String firstNonNull(Matcher m, int from, int to) {
    for (int g = from; g <= to; g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("no group matched");
  }

  /** Returns the lines of {@code file} between the first line containing {@code from} and the next containing
   * {@code to} (both excluded); {@code to} may be null for "to the end". */
  public static List<String> between(List<String> lines, String from, String to) {
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (start < 0 && lines.get(i).contains(from)) {
        start = i + 1;
      } else if (start >= 0 && to != null && lines.get(i).contains(to)) {
        return lines.subList(start, i);
      }
    }
    checkArgument(start >= 0, "no line contains '%s'", from);
    return lines.subList(start, lines.size());
  }

  public static List<String> resourceLines(String name) {
    URL url = Resources.getResource(TextDocuments.class, name);
    try {
      return Arrays.asList(Resources.toString(url, StandardCharsets.UTF_8).split("\\R", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
