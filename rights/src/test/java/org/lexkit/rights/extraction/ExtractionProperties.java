package org.lexkit.rights.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.rights.support.RightsGenerators.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.RightId;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Laws of extraction over generated texts. */
class ExtractionProperties {
  private static final RightsExtractor EXTRACTOR = RightsExtractor.create();
  private static final GroundVocabulary VOCABULARY = GroundVocabulary.standard();
  private static final RightId ASSEMBLY = RightId.parse("peaceful-assembly");

  /** Russian wordings in the genitive, the case «в интересах» and «в целях» govern. */
  private static final ImmutableList<String> RUSSIAN_GENITIVE = ImmutableList.of(
      "государственной безопасности", "национальной безопасности", "общественной безопасности",
      "общественного порядка", "здоровья", "здоровья граждан", "здоровья населения", "нравственности",
      "нравственности населения", "нравственности общества", "общественной нравственности",
      "прав и свобод других лиц", "прав и свобод человека и гражданина", "прав и свобод человека",
      "чести и достоинства других лиц", "территориальной целостности", "конституционного строя",
      "основ конституционного строя", "системы духовно-нравственных ценностей общества");
  private static final ImmutableList<String> RUSSIAN_HEADS = ImmutableList.of("", "защиты ", "охраны ", "обеспечения ");
  private static final ImmutableList<String> ENGLISH_HEADS = ImmutableList.of("", "the protection of ", "protecting ",
      "ensuring ");

  private static LegalDocument document(String language, Provision... provisions) {
    return LegalDocument.of(DocumentIdentity.of("xx", DocumentType.CONSTITUTION, LocalDate.of(2000, 1, 1),
        "constitution", language), "Constitution", provisions);
  }

  private static <T> T pick(List<T> from, RandomnessSource in) {
    return from.get(integers().between(0, from.size() - 1).generate(in));
  }

  /** A list of grounds with distinct meanings: each a vocabulary wording, maybe behind a head. */
  private static Gen<List<String>> groundLists(String language) {
    List<String> wordings = language.equals("rus") ? RUSSIAN_GENITIVE
        : VOCABULARY.wordings("eng").keySet().asList();
    List<String> heads = language.equals("rus") ? RUSSIAN_HEADS : ENGLISH_HEADS;
    return in -> {
      Map<CanonicalGround, String> byMeaning = new LinkedHashMap<>();
      int size = integers().between(1, 6).generate(in);
      for (int i = 0; i < size; i++) {
        String wording = pick(wordings, in);
        CanonicalGround meaning = VOCABULARY.canonical(wording, language).orElseThrow();
        byMeaning.putIfAbsent(meaning, pick(heads, in) + wording);
      }
      return new ArrayList<>(byMeaning.values());
    };
  }

  private static String render(List<String> items, String and) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
  }

  @Test
  void russianGroundList_isRecoveredItemByItem() {
    qt().forAll(groundLists("rus")).checkAssert(items -> {
      LegalDocument text = document("rus", Provision.of(ProvisionKind.ARTICLE, "34",
          "Граждане имеют право на мирные собрания. Пользование этим правом может ограничиваться законом в целях "
              + render(items, "и") + "."));

      List<RestrictionGround> grounds = EXTRACTOR.extract(text).catalogue().right(ASSEMBLY).orElseThrow().grounds();

      assertThat(grounds).extracting(RestrictionGround::wording).containsExactlyElementsOf(items);
      assertThat(grounds).extracting(g -> g.canonical().orElseThrow())
          .containsExactlyElementsOf(items.stream().map(w -> VOCABULARY.canonical(w, "rus").orElseThrow()).toList());
    });
  }

  @Test
  void englishGroundList_isRecoveredItemByItem() {
    qt().forAll(groundLists("eng")).checkAssert(items -> {
      LegalDocument text = document("eng", Provision.of(ProvisionKind.ARTICLE, "21",
          "Everyone has the right to freedom of peaceful assembly. The exercise of this right may be restricted by"
              + " law in the interests of " + render(items, "and") + "."));

      List<RestrictionGround> grounds = EXTRACTOR.extract(text).catalogue().right(ASSEMBLY).orElseThrow().grounds();

      assertThat(grounds).extracting(RestrictionGround::wording).containsExactlyElementsOf(items);
      assertThat(grounds).extracting(g -> g.canonical().orElseThrow())
          .containsExactlyElementsOf(items.stream().map(w -> VOCABULARY.canonical(w, "eng").orElseThrow()).toList());
    });
  }

  /** Articles 2..40, some with paragraphs named by the list, rendered the way KZ 1995 art. 39(3) words it. */
  private static Gen<TreeMap<Integer, Integer>> referencedArticles() {
    return in -> {
      TreeMap<Integer, Integer> articles = new TreeMap<>();  // article -> paragraph, or 0 for the whole article
      int count = integers().between(1, 8).generate(in);
      for (int i = 0; i < count; i++) {
        int article = integers().between(2, 40).generate(in);
        articles.putIfAbsent(article, booleans().all().generate(in) ? 0 : integers().between(1, 3).generate(in));
      }
      return articles;
    };
  }

  @Test
  void nonRestrictableList_resolvesEveryRenderedReference() {
    qt().forAll(referencedArticles()).checkAssert(articles -> {
      TreeSet<Integer> whole = new TreeSet<>();
      articles.forEach((a, p) -> {
        if (p == 0) {
          whole.add(a);
        }
      });
      List<String> parts = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      if (!whole.isEmpty()) {
        parts.add("статьями " + ranges(whole));
        whole.forEach(a -> expected.add("art_" + a));
      }
      articles.forEach((a, p) -> {
        if (p != 0) {
          parts.add("пунктом " + p + " статьи " + a);
          expected.add("art_" + a + "__para_" + p);
        }
      });
      List<Provision> provisions = new ArrayList<>();
      for (int a = 1; a <= 41; a++) {
        provisions.add(Provision.container(ProvisionKind.ARTICLE, Integer.toString(a),
            Provision.of(ProvisionKind.PARAGRAPH, "1", "Текст."), Provision.of(ProvisionKind.PARAGRAPH, "2", "Текст."),
            Provision.of(ProvisionKind.PARAGRAPH, "3", "Ни в каких случаях не подлежат ограничению права и свободы,"
                + " предусмотренные " + String.join(", ", parts) + " Конституции.")));
      }
      LegalDocument text = document("rus", provisions.toArray(new Provision[0]));

      Extraction found = EXTRACTOR.extract(text);

      // Each article's paragraph 3 states the list: the first clause is enough.
      assertThat(found.catalogue().nonRestrictable().get(0).provisions()).extracting(ProvisionId::value)
          .containsExactlyElementsOf(expected);
      assertThat(found.notes(ExtractionNote.Kind.UNRESOLVED_REFERENCE)).isEmpty();
    });
  }

  /** "2, 5–7, 9": runs of three or more consecutive numbers as an en-dash range. */
  private static String ranges(TreeSet<Integer> numbers) {
    List<String> out = new ArrayList<>();
    List<Integer> list = new ArrayList<>(numbers);
    int i = 0;
    while (i < list.size()) {
      int j = i;
      while (j + 1 < list.size() && list.get(j + 1) == list.get(j) + 1) {
        j++;
      }
      if (j - i >= 2) {
        out.add(list.get(i) + "–" + list.get(j));
      } else {
        for (int k = i; k <= j; k++) {
          out.add(Integer.toString(list.get(k)));
        }
      }
      i = j + 1;
    }
    return String.join(", ", out);
  }

  @Test
  void extraction_isDeterministic() {
    qt().forAll(groundLists("rus"), groundLists("eng")).checkAssert((russian, english) -> {
      LegalDocument rus = document("rus", Provision.of(ProvisionKind.ARTICLE, "1",
          "Каждый имеет право на жизнь. Граждане вправе мирно собираться. Пользование этим правом может"
              + " ограничиваться законом в интересах " + render(russian, "и") + " и сохранения лунного ландшафта."));
      LegalDocument eng = document("eng", Provision.of(ProvisionKind.ARTICLE, "1",
          "Everyone has the right to a clean sky. The exercise of this right may be restricted by law in the"
              + " interests of " + render(english, "and") + "."));

      assertThat(EXTRACTOR.extract(rus)).isEqualTo(EXTRACTOR.extract(rus));
      assertThat(EXTRACTOR.extract(eng)).isEqualTo(EXTRACTOR.extract(eng));
    });
  }

  @Test
  void vocabulary_aHeadInFrontOfAKnownWording_keepsItsMeaning() {
    for (String language : List.of("rus", "eng")) {
      List<String> heads = language.equals("rus") ? RUSSIAN_HEADS : ENGLISH_HEADS;
      List<String> wordings = VOCABULARY.wordings(language).keySet().asList();
      qt().forAll(integers().between(0, wordings.size() - 1), integers().between(0, heads.size() - 1))
          .checkAssert((w, h) -> assertThat(VOCABULARY.canonical(heads.get(h) + wordings.get(w), language))
              .isEqualTo(VOCABULARY.canonical(wordings.get(w), language)));
    }
  }
}
