package org.lexkit.text;

import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.Preamble;
import org.lexkit.core.provision.Note;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.RightsCatalogue;
import org.quicktheories.core.Gen;

/**
 * Shared generators for the text module's properties: documents in the shapes the converter produces (for the
 * round trip), their rendered texts with real-world noise mixed in (for "no text is lost"), and arbitrary texts.
 *
 * <p>Each generator draws a seed and builds its value with {@link Random}, so a failure report's seed reproduces
 * the value exactly.
 */
final class TextGenerators {
  /** A source name no generated text contains, so that a title taken from the source name is recognisable. */
  static final String SOURCE = "⟦generated⟧";

  private static final String[] RU_CAPITAL = {
    "Граждане", "Республика", "Парламент", "Правительство", "Каждый", "Государство", "Суд", "Закон", "Президент",
    "Депутат", "Собственность", "Земля", "Решения", "Полномочия", "Порядок"
  };
  private static final String[] RU_WORDS = {
    "имеют", "право", "на", "свободу", "объединений", "в", "порядке", "установленном", "законом", "и", "иных",
    "органов", "местного", "самоуправления", "не", "может", "быть", "лишен", "республики", "государственной",
    "власти", "судом", "прав", "граждан", "депутатов", "палат", "сената", "мажилиса", "обеспечивает", "охрану"
  };
  private static final String[] RU_HEADINGS = {
    "Общие положения", "Человек и гражданин", "Президент", "Парламент", "Правительство", "Конституционный Суд",
    "Суды и правосудие. Прокуратура", "Местное государственное управление и самоуправление",
    "Заключительные и переходные положения", "Основные понятия", "Сфера действия"
  };
  private static final String[] EN_CAPITAL = {
    "Citizens", "The Republic", "Parliament", "The Government", "Everyone", "The State", "A court", "The Minister",
    "Any person", "Such decision", "Property", "Land", "The President", "Rules"
  };
  private static final String[] EN_WORDS = {
    "shall", "have", "the", "right", "to", "freedom", "of", "association", "in", "accordance", "with", "law",
    "and", "other", "bodies", "local", "government", "may", "not", "be", "deprived", "by", "order", "public",
    "health", "security", "protect", "rights", "persons", "under", "this", "Act"
  };
  private static final String[] EN_HEADINGS = {
    "Preliminary", "Interpretation", "Rights and freedoms", "The Executive", "Parliament", "Courts",
    "Local government", "Transitional provisions", "Short title and commencement", "Application"
  };
  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };
  private static final String RU_LETTERS = "абвгдежзиклмн";
  private static final String EN_LETTERS = "abcdefghijkl";
  private static final String[] EN_ROMAN = {"i", "ii", "iii", "iv", "v", "vi"};

  private TextGenerators() {}

  /** Documents as the converter builds them with {@code profile} (Russian or English). */
  static Gen<LegalDocument> documents(HeadingProfile profile) {
    return longs().all().map(seed -> document(new Random(seed), profile))
        .describedAs(d -> TextRenderer.create().withProfile(profile).render(d));
  }

  /** Rendered documents with page numbers, running headers, junk lines, wrapped lines and odd whitespace. */
  static Gen<String> noisyTexts(HeadingProfile profile) {
    return longs().all().map(seed -> {
      Random r = new Random(seed);
      String clean = TextRenderer.create().withProfile(profile).render(document(r, profile));
      return addNoise(r, clean, profile);
    });
  }

  /** Texts of arbitrary lines: letters of three scripts, digits, punctuation, fragments of headings and notes. */
  static Gen<String> arbitraryTexts() {
    return longs().all().map(seed -> {
      Random r = new Random(seed);
      StringBuilder text = new StringBuilder();
      int lines = r.nextInt(40);
      for (int i = 0; i < lines; i++) {
        text.append(junkLine(r)).append(lineEnd(r));
      }
      return text.toString();
    });
  }

  // ---------------------------------------------------------------- documents

  static LegalDocument document(Random r, HeadingProfile profile) {
    return document(r, profile, 0);
  }

  /**
   * Returns a document; with {@code sections > 0}, one of exactly that many sections (parts), numbered on, for
   * large inputs.
   */
  static LegalDocument document(Random r, HeadingProfile profile, int sections) {
    boolean ru = profile.language().equals("rus");
    Words words = new Words(r, ru);
    String title = ru ? "ЗАКОН О " + words.upper(2 + r.nextInt(3)) : "THE " + words.upper(2 + r.nextInt(3)) + " ACT";
    List<Text> preamble = new ArrayList<>();
    int blocks = r.nextInt(3);
    for (int i = 0; i < blocks; i++) {
      preamble.add(Text.of(words.sentence(".")));
    }
    Counter articles = new Counter();
    List<Provision> top = new ArrayList<>();
    int shape = sections > 0 ? 1 : r.nextInt(3);
    if (shape == 0) {
      int count = 1 + r.nextInt(4);
      for (int i = 0; i < count; i++) {
        top.add(article(r, words, ru, articles));
      }
    } else {
      int count = sections > 0 ? sections : 1 + r.nextInt(3);
      for (int s = 0; s < count; s++) {
        List<Provision> children = new ArrayList<>();
        int articleCount = 1 + r.nextInt(3);
        for (int i = 0; i < articleCount; i++) {
          children.add(ru || shape == 1 ? article(r, words, ru, articles) : chapter(r, words, articles, i));
        }
        String num = ru ? "Раздел " + roman(s + 1) + (r.nextBoolean() ? "." : "") : "Part " + (s + 1);
        List<Note> notes = new ArrayList<>();
        if (r.nextInt(4) == 0) {
          notes.add(Note.of(ru ? "Сноска. Заголовок раздела " + roman(s + 1) + " изменен." : "Note. Heading amended."));
        }
        top.add(provision(ru ? ProvisionKind.SECTION : ProvisionKind.PART, num,
            Optional.of(ru ? pick(r, RU_HEADINGS) : pick(r, EN_HEADINGS)), List.of(), children, List.of(), notes));
      }
    }
    if (!ru && r.nextInt(3) == 0) {
      List<Provision> paragraphs = new ArrayList<>();
      int count = 1 + r.nextInt(3);
      for (int i = 1; i <= count; i++) {
        paragraphs.add(provision(ProvisionKind.PARAGRAPH, i + ".", Optional.empty(),
            List.of(Text.of(words.sentence("."))), List.of(), List.of(), List.of()));
      }
      top.add(provision(ProvisionKind.HCONTAINER, "Schedule " + (1 + r.nextInt(3)),
          Optional.of(pick(r, EN_HEADINGS)), List.of(), paragraphs, List.of(), List.of()));
    }
    DocumentIdentity identity = DocumentIdentity.of(
        "xx", DocumentType.ACT, LocalDate.of(2001, 2, 3), "generated", ru ? "rus" : "eng");
    return new LegalDocument(identity, title,
        preamble.isEmpty() ? Optional.empty() : Optional.of(new Preamble(ImmutableList.copyOf(preamble))),
        Provision.body(top), RightsCatalogue.empty(), ImmutableList.of());
  }

  private static Provision chapter(Random r, Words words, Counter articles, int index) {
    List<Provision> children = new ArrayList<>();
    int count = 1 + r.nextInt(2);
    for (int i = 0; i < count; i++) {
      children.add(article(r, words, false, articles));
    }
    return provision(ProvisionKind.CHAPTER, "Chapter " + ROMAN[index],
        r.nextBoolean() ? Optional.of(pick(r, EN_HEADINGS)) : Optional.empty(), List.of(), children, List.of(),
        List.of());
  }

  private static Provision article(Random r, Words words, boolean ru, Counter articles) {
    int n = articles.next(r);
    String number = r.nextInt(8) == 0 ? n + "-1" : Integer.toString(n);
    articles.skipInserted(number);
    Optional<String> heading = r.nextInt(3) == 0 ? Optional.of(ru ? pick(r, RU_HEADINGS) : pick(r, EN_HEADINGS))
        : Optional.empty();
    String num = ru ? "Статья " + number + (heading.isPresent() ? "." : "") : "Article " + number;
    List<Note> notes = new ArrayList<>();
    if (r.nextInt(12) == 0) {
      notes.add(Note.of(ru ? "Сноска. Статья " + number + " исключена Законом РК от 21.05.2007 № 254-III."
          : "Note. Article " + number + " repealed by Act No. 9 of 01.02.2009."));
      return new Provision(ProvisionKind.ARTICLE, Optional.of(Num.of(num)), heading.map(Text::of),
          ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(notes),
          ProvisionStatus.REPEALED);
    }
    int noteCount = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
    for (int i = 0; i < noteCount; i++) {
      notes.add(Note.of(ru ? "Сноска. Статья " + number + " с изменениями, внесенными законами РК от "
          + String.format(Locale.ROOT, "%02d.%02d.%d", 1 + r.nextInt(28), 1 + r.nextInt(12), 1996 + r.nextInt(25))
          + " № " + (1 + r.nextInt(400)) + "-" + ROMAN[r.nextInt(7)] + "."
          : "Note. " + words.sentence(".")));
    }
    List<Text> content = new ArrayList<>();
    List<Provision> children = new ArrayList<>();
    List<Text> wrapUp = new ArrayList<>();
    switch (r.nextInt(3)) {
      case 0 -> {
        int blocks = 1 + r.nextInt(2);
        for (int i = 0; i < blocks; i++) {
          content.add(Text.of(words.sentence(".")));
        }
      }
      case 1 -> {
        if (r.nextInt(3) == 0) {
          content.add(Text.of(words.sentence(":")));
        }
        int count = 1 + r.nextInt(4);
        for (int i = 1; i <= count; i++) {
          children.add(paragraph(r, words, ru, i));
        }
      }
      default -> {
        content.add(Text.of(words.sentence(":")));
        items(r, words, ru, 1, children, wrapUp);
      }
    }
    return provision(ProvisionKind.ARTICLE, num, heading, content, children, wrapUp, notes);
  }

  private static Provision paragraph(Random r, Words words, boolean ru, int n) {
    String num = n + ".";
    if (r.nextInt(10) == 0) {
      return new Provision(ProvisionKind.PARAGRAPH, Optional.of(Num.of(num)), Optional.empty(), ImmutableList.of(),
          ImmutableList.of(), ImmutableList.of(),
          ImmutableList.of(Note.of(ru ? "Исключен Законом РК от 07.10.1998 № 284-I."
              : "[Repealed by Act No. 12 of 03.04.2010.]")),
          ProvisionStatus.REPEALED);
    }
    List<Text> content = new ArrayList<>();
    List<Provision> children = new ArrayList<>();
    List<Text> wrapUp = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      content.add(Text.of(words.sentence(":")));
      items(r, words, ru, 1, children, wrapUp);
    } else {
      int blocks = 1 + (r.nextInt(4) == 0 ? 1 : 0);
      for (int i = 0; i < blocks; i++) {
        content.add(Text.of(words.sentence(".")));
      }
    }
    return provision(ProvisionKind.PARAGRAPH, num, Optional.empty(), content, children, wrapUp, List.of());
  }

  /** Fills a list of items (points), maybe closing with a wrap-up or with further lists that restart at 1. */
  private static void items(Random r, Words words, boolean ru, int depth, List<Provision> children,
      List<Text> wrapUp) {
    children.addAll(points(r, words, ru, depth));
    int lists = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0;
    for (int i = 0; i < lists; i++) {
      children.add(new Provision(ProvisionKind.LIST, Optional.empty(), Optional.empty(),
          ImmutableList.of(Text.of(words.sentence(":"))), ImmutableList.copyOf(points(r, words, ru, depth)),
          ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE));
    }
    if (r.nextInt(3) == 0) {
      wrapUp.add(Text.of(words.sentence(".")));
    }
  }

  private static List<Provision> points(Random r, Words words, boolean ru, int depth) {
    List<Provision> points = new ArrayList<>();
    int count = 1 + r.nextInt(depth == 1 ? 12 : 4);
    for (int i = 1; i <= count; i++) {
      String num = depth == 1
          ? (ru ? i + ")" : "(" + EN_LETTERS.charAt(i - 1) + ")")
          : (ru ? RU_LETTERS.charAt(i - 1) + ")" : "(" + EN_ROMAN[i - 1] + ")");
      if (r.nextInt(12) == 0) {
        points.add(new Provision(ProvisionKind.POINT, Optional.of(Num.of(num)), Optional.empty(),
            ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
            ImmutableList.of(Note.of(ru ? "исключен Законом РК от 10.03.2017 № 51-VI;"
                : "[Repealed by Act No. 3 of 05.06.2011.]")),
            ProvisionStatus.REPEALED));
        continue;
      }
      List<Provision> sub = depth == 1 && r.nextInt(6) == 0 ? points(r, words, ru, 2) : List.of();
      points.add(provision(ProvisionKind.POINT, num, Optional.empty(),
          List.of(Text.of(words.sentence(sub.isEmpty() ? ";" : ":"))), sub, List.of(), List.of()));
    }
    return points;
  }

  private static Provision provision(ProvisionKind kind, String num, Optional<String> heading, List<Text> content,
      List<Provision> children, List<Text> wrapUp, List<Note> notes) {
    return new Provision(kind, Optional.of(Num.of(num)), heading.map(Text::of), ImmutableList.copyOf(content),
        ImmutableList.copyOf(children), ImmutableList.copyOf(wrapUp), ImmutableList.copyOf(notes),
        ProvisionStatus.IN_FORCE);
  }

  /** Article numbers that only grow, so that ids stay unique across sections. */
  private static final class Counter {
    int last;

    int next(Random r) {
      last += 1 + (r.nextInt(5) == 0 ? r.nextInt(3) : 0);
      return last;
    }

    void skipInserted(String number) {
      // "12-1" after 12 leaves 12 free; the next article takes 13 or more, so numbers never repeat.
    }
  }

  /** Sentences and headings from a small vocabulary, never starting like a heading, number or note. */
  private static final class Words {
    final Random r;
    final boolean ru;

    Words(Random r, boolean ru) {
      this.r = r;
      this.ru = ru;
    }

    String sentence(String end) {
      StringBuilder s = new StringBuilder(pick(r, ru ? RU_CAPITAL : EN_CAPITAL));
      int n = 2 + r.nextInt(10);
      for (int i = 0; i < n; i++) {
        s.append(' ').append(pick(r, ru ? RU_WORDS : EN_WORDS));
        if (r.nextInt(9) == 0) {
          s.append(r.nextBoolean() ? "," : " " + (1 + r.nextInt(99)));
        }
      }
      return s.append(end).toString();
    }

    String upper(int n) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append(i == 0 ? "" : " ").append(pick(r, ru ? RU_WORDS : EN_WORDS).toUpperCase(Locale.ROOT));
      }
      return s.toString();
    }
  }

  /** Returns n in Roman numerals, or in digits above 3999 ("Раздел 4000" is valid too). */
  static String roman(int n) {
    if (n > 3999) {
      return Integer.toString(n);
    }
    String[] hundreds = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return "M".repeat(n / 1000) + hundreds[n % 1000 / 100] + tens[n % 100 / 10] + ones[n % 10];
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  // ---------------------------------------------------------------- noise

  /**
   * Mixes real-world noise into a clean text: page numbers in sequence and their running header, stray junk
   * lines, lines that look like headings but are not, hard-wrapped lines, indentation, CR LF and form feeds.
   */
  static String addNoise(Random r, String clean, HeadingProfile profile) {
    boolean ru = profile.language().equals("rus");
    String[] lines = clean.split("\n", -1);
    StringBuilder out = new StringBuilder();
    int page = 1 + r.nextInt(5);
    int pageEvery = 4 + r.nextInt(12);
    boolean pages = r.nextBoolean();
    String header = ru ? "Закон о порядке — страница" : "Gazette of the Republic";
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (pages && i > 1 && i % pageEvery == 0) {
        String number = switch (r.nextInt(3)) {
          case 0 -> Integer.toString(page);
          case 1 -> "- " + page + " -";
          default -> ru ? "стр. " + page : "Page " + page;
        };
        boolean feed = r.nextInt(4) == 0;
        out.append(indent(r)).append(number).append(lineEnd(r));
        if (feed) {
          out.append('\f');
        }
        out.append(header).append(lineEnd(r));
        page += 1 + (r.nextInt(6) == 0 ? 1 : 0);
      }
      switch (r.nextInt(14)) {
        case 0 -> out.append(junkLine(r)).append(lineEnd(r));
        case 1 -> out.append(lookalike(r, ru)).append(lineEnd(r));
        case 2 -> out.append(lineEnd(r));
        default -> { }
      }
      int space = line.indexOf(' ', Math.min(line.length(), 20));
      if (line.length() > 30 && space > 0 && r.nextInt(4) == 0) {
        out.append(indent(r)).append(line, 0, space).append(lineEnd(r));
        out.append(indent(r)).append(line.substring(space + 1)).append(r.nextBoolean() ? "  " : "")
            .append(lineEnd(r));
      } else {
        out.append(indent(r)).append(line).append(i == lines.length - 1 ? "" : lineEnd(r));
      }
    }
    return out.toString();
  }

  private static String lookalike(Random r, boolean ru) {
    return switch (r.nextInt(6)) {
      case 0 -> ru ? "Статья 5 настоящего закона применяется" : "Article 5 of this Act applies";
      case 1 -> "3)";
      case 2 -> ru ? "Сноска. Дополнено." : "Note. Inserted.";
      case 3 -> ru ? "раздел " + (1 + r.nextInt(9)) : "part 2 of the Schedule";
      case 4 -> "1.";
      default -> ru ? "Раздел" : "Schedule";
    };
  }

  static String junkLine(Random r) {
    String alphabet = "абвгдежзийклмнопрстуфхцчшщэюяАБВГДЕЖЗИКЛМНОПРСТабцdefghijklmnopqrstuvwxyzABCDEFXYZ"
        + "әғқңөұүһі0123456789 .,;:()[]«»\"'-–—§№/!?…";
    StringBuilder line = new StringBuilder();
    if (r.nextInt(4) == 0) {
      String[] starts = {"Статья ", "Раздел ", "Глава ", "1. ", "2) ", "а) ", "Article ", "Part ", "(a) ", "(i) ",
        "Сноска. ", "Note. ", "Исключен ", "12", "- 3 -", "Мы, народ ", "I бөлім", "5-бап "};
      line.append(starts[r.nextInt(starts.length)]);
    }
    int length = r.nextInt(60);
    for (int i = 0; i < length; i++) {
      line.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return indent(r) + line;
  }

  private static String indent(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> "  ";
      case 1 -> "\t";
      default -> "";
    };
  }

  private static String lineEnd(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> "\r\n";
      case 1 -> " \n";
      default -> "\n";
    };
  }
}
