package org.lexkit.benchmarks;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * Deterministic documents of a requested size, shaped like a real code: sections of chapters of 20 articles, each
 * article with three paragraphs of two points (ten provisions per article).
 */
public final class GeneratedDocuments {
  private static final int ARTICLES_PER_CHAPTER = 20;
  private static final int CHAPTERS_PER_SECTION = 5;

  private GeneratedDocuments() {}

  /**
   * Returns a document with about {@code provisions} provisions.
   *
   * @param provisions the wanted size, at least 10
   * @return the document
   */
  public static LegalDocument withProvisions(int provisions) {
    int articles = Math.max(1, provisions / 10);
    List<Provision> sections = new ArrayList<>();
    List<Provision> chapters = new ArrayList<>();
    List<Provision> chapterArticles = new ArrayList<>();
    for (int a = 1; a <= articles; a++) {
      chapterArticles.add(article(a));
      if (chapterArticles.size() == ARTICLES_PER_CHAPTER || a == articles) {
        chapters.add(Provision.container(ProvisionKind.CHAPTER, Integer.toString(chapters.size() + 1),
            chapterArticles.toArray(Provision[]::new)));
        chapterArticles.clear();
      }
      if (chapters.size() == CHAPTERS_PER_SECTION || a == articles) {
        if (!chapters.isEmpty()) {
          sections.add(Provision.container(ProvisionKind.SECTION, Integer.toString(sections.size() + 1),
              chapters.toArray(Provision[]::new)));
          chapters.clear();
        }
      }
    }
    return document("generated-" + provisions, sections);
  }

  private static LegalDocument document(String name, List<Provision> children) {
    return new LegalDocument(
        DocumentIdentity.of("kz", DocumentType.CODE, LocalDate.of(2001, 1, 1), name, "eng"),
        "Generated code " + name, Optional.empty(), Provision.body(children), RightsCatalogue.empty(),
        ImmutableList.of());
  }

  /**
   * Returns a document of {@code articles} articles directly under the body, with no sections or chapters: the
   * shape in which matching siblings could cost the square of their number.
   *
   * @param articles how many, at least 1
   * @return the document
   */
  public static LegalDocument flat(int articles) {
    List<Provision> all = new ArrayList<>(articles);
    for (int a = 1; a <= articles; a++) {
      all.add(article(a));
    }
    return document("generated-flat-" + articles, all);
  }

  /**
   * Returns {@code document} (made by {@link #flat}) after a new article 1 was inserted, so that every article is
   * renumbered (n becomes n + 1), and with one point in every hundredth article (the 51st, 151st, ...) reworded: the later version of a
   * renumbering consolidation.
   *
   * @param document a document made by {@link #flat}
   * @return the later version, sharing no article with {@code document}
   */
  public static LegalDocument renumbered(LegalDocument document) {
    List<Provision> all = new ArrayList<>();
    all.add(Provision.of(ProvisionKind.ARTICLE, "1", "This code applies from the day after its publication."));
    List<Provision> old = document.body().children();
    for (int i = 0; i < old.size(); i++) {
      Provision article = old.get(i).withNum(Optional.of(Num.of(Integer.toString(i + 2))));
      if (i % 100 == 50) {
        Provision paragraph = article.children().get(0);
        article = article.withChildren(ImmutableList.<Provision>builder()
            .add(paragraph.withChildren(ImmutableList.of(paragraph.children().get(0),
                Provision.of(ProvisionKind.POINT, "b)", "the second condition, which applies to every citizen."))))
            .addAll(article.children().subList(1, article.children().size())).build());
      }
      all.add(article);
    }
    return document(document.identity().name() + "-renumbered", all);
  }

  /** Returns the id of the first paragraph of the article in the middle of a document made by this class. */
  public static ProvisionId middleParagraph(LegalDocument document) {
    List<ProvisionId> paragraphs = document.provisions().keySet().stream()
        .filter(id -> id.lastSegment().equals("para_1"))
        .toList();
    return paragraphs.get(paragraphs.size() / 2);
  }

  /**
   * Returns {@code count} successive amendments of {@code document}, each replacing the text of a different paragraph
   * (spread over the document) and adopted one day after the previous one, from 2002-01-01: amendment {@code i}
   * applies to the version that amendments {@code 0..i-1} made.
   *
   * @param document a document made by this class
   * @param count how many amendments, at least 1
   * @return the amendments in order
   */
  public static List<Amendment> amendments(LegalDocument document, int count) {
    List<ProvisionId> paragraphs = document.provisions().keySet().stream()
        .filter(id -> id.lastSegment().startsWith("para_"))
        .toList();
    List<Amendment> amendments = new ArrayList<>(count);
    LegalDocument current = document;
    LocalDate day = LocalDate.of(2002, 1, 1);
    for (int v = 0; v < count; v++) {
      ProvisionId target = paragraphs.get((int) ((v * 7919L) % paragraphs.size()));
      String old = current.provision(target).orElseThrow().content().get(0).plain();
      Amendment amendment = Amendment.of(AmendmentId.parse("gen-" + (v + 1)), "Amendment " + (v + 1),
          SubstituteText.of(target, old, "Version " + (v + 1) + " of this paragraph.")).adoptedOn(day.plusDays(v));
      current = amendment.applyOrThrow(current);
      amendments.add(amendment);
    }
    return amendments;
  }

  private static Provision article(int number) {
    List<Provision> paragraphs = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      paragraphs.add(new Provision(ProvisionKind.PARAGRAPH, Optional.of(
              Num.of(p + ".")), Optional.empty(),
          ImmutableList.of(Text.of(String.format(Locale.ROOT,
              "Paragraph %d of article %d lays down a rule that the following points make precise:", p, number))),
          ImmutableList.of(
              Provision.of(ProvisionKind.POINT, "a)", "the first condition, stated in ordinary words;"),
              Provision.of(ProvisionKind.POINT, "b)", "the second condition, which applies to everyone.")),
          ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE));
    }
    return Provision.container(ProvisionKind.ARTICLE, Integer.toString(number), paragraphs.toArray(Provision[]::new));
  }
}
