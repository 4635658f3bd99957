package org.lexkit.examples.kazakhstan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.text.Conversion;
import org.lexkit.text.HeadingProfile;
import org.lexkit.text.TextConverter;

/**
 * The Kazakh constitutional texts bundled with the examples (under {@code kz/} on the class path; see
 * {@code kz/PROVENANCE.md} there), read with the plain-text converter. Nothing is fetched from the network or read
 * from outside the class path.
 *
 * <ul>
 *   <li>{@link #constitution1995()}: the official Russian text of 30 August 1995, as amended to 17 September 2022,
 *       all 99 articles;
 *   <li>{@link #keyArticles2026()}: the Russian text of the key articles of the Constitution adopted on 15 March
 *       2026, taken out of a research compilation that also holds notes and translations.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class KazakhstanTexts {
  /** The day the 1995 Constitution was adopted by referendum. */
  public static final LocalDate ADOPTED_1995 = LocalDate.of(1995, 8, 30);
  /** The last amendment in the bundled 1995 text (Law of 17.09.2022 No 142-VII). */
  public static final LocalDate AMENDED_2022 = LocalDate.of(2022, 9, 17);
  /** The day the Constitutional Commission's proposal was read out. */
  public static final LocalDate PROPOSED_2026 = LocalDate.of(2026, 1, 26);
  /** The day the new Constitution was adopted by referendum. */
  public static final LocalDate ADOPTED_2026 = LocalDate.of(2026, 3, 15);
  /** The day the new Constitution came into force and the 1995 one lost force. */
  public static final LocalDate IN_FORCE_2026 = LocalDate.of(2026, 7, 1);

  /** The 1995 Constitution in the version of 2022: same work, later expression. */
  public static final DocumentIdentity IDENTITY_1995 =
      DocumentIdentity.of("kz", DocumentType.CONSTITUTION, ADOPTED_1995, "constitution", "rus")
          .withVersionDate(AMENDED_2022);
  /** The 2026 Constitution: a new work, not a version of the 1995 one. */
  public static final DocumentIdentity IDENTITY_2026 =
      DocumentIdentity.of("kz", DocumentType.CONSTITUTION, ADOPTED_2026, "constitution", "rus");

  static final String TEXT_1995 = "kz/constitution-1995.ru.txt";
  static final String TEXT_2026 = "kz/constitution-2026-key-articles.txt";

  // The compilation's Russian block starts after this banner (and the "====" rule under it) and ends at the next rule.
  private static final String RUSSIAN_BANNER = "RUSSIAN TEXT (verbatim";
  private static final String RULE = "=====";
  private static final String TITLE_2026 = "Конституция Республики Казахстан";

  private KazakhstanTexts() {}

  /**
   * Converts the official Russian text of the 1995 Constitution. The bundled file opens with a few lines about its
   * source (where it was downloaded, how it was extracted from PDF), ending at the first blank line; they are not
   * part of the Constitution, so they are blanked out before conversion. Blanking rather than cutting keeps the
   * line numbers in the converter's warnings true to the file.
   *
   * @return the converted document and the converter's warnings
   * @throws IllegalStateException if the bundled file lacks its source header
   */
  public static Conversion constitution1995() {
    List<String> lines = lines(TEXT_1995);
    int headerEnd = lines.indexOf("");
    if (headerEnd < 0) {
      throw new IllegalStateException(TEXT_1995 + ": expected a source header ending at a blank line");
    }
    List<String> text = new ArrayList<>(lines);
    for (int i = 0; i < headerEnd; i++) {
      text.set(i, "");
    }
    return converter(IDENTITY_1995).convert(String.join("\n", text), TEXT_1995);
  }

  /**
   * Converts the Russian text of the key articles of the 2026 Constitution (arts. 2(7), 6(3), 7, 15(5), 20, 23,
   * 26, 34, 41, 43(1, 5), 92-94, 96(1)). The bundled file is a research compilation: a header on status and
   * sources, the Russian text between two banners, then translations and notes. Only the Russian block is
   * converted, under the Constitution's title (the one line that is not in the block); lines outside the block are
   * blanked, so that warnings cite the lines of the file.
   *
   * @return the converted excerpt and the converter's warnings
   * @throws IllegalStateException if the compilation's Russian block cannot be found
   */
  public static Conversion keyArticles2026() {
    ImmutableList<String> lines = lines(TEXT_2026);
    int banner = indexOf(lines, RUSSIAN_BANNER, 0);
    int start = indexOf(lines, RULE, banner + 1) + 1;
    int end = indexOf(lines, RULE, start);
    if (banner < 0 || start == 0 || end < 0) {
      throw new IllegalStateException(TEXT_2026 + ": expected the Russian text between a line starting '"
          + RUSSIAN_BANNER + "' (with a '" + RULE + "' rule under it) and the next rule");
    }
    List<String> text = new ArrayList<>();
    text.add(TITLE_2026);
    for (int i = 1; i < lines.size(); i++) {
      text.add(i >= start && i < end ? lines.get(i) : "");
    }
    return converter(IDENTITY_2026).convert(String.join("\n", text), TEXT_2026);
  }

  /**
   * Returns a bundled text's lines.
   *
   * @param resource a path under the class path root, such as {@code kz/constitution-1995.ru.txt}
   * @return its lines, decoded as UTF-8
   * @throws IllegalStateException if the resource is missing
   */
  static ImmutableList<String> lines(String resource) {
    checkNotNull(resource, "resource");
    try (InputStream in = KazakhstanTexts.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("the examples' resource " + resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the examples' resource " + resource, e);
    }
  }

  private static TextConverter converter(DocumentIdentity identity) {
    return TextConverter.create().withProfile(HeadingProfile.RUSSIAN).withIdentity(identity);
  }

  private static int indexOf(List<String> lines, String prefix, int from) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
