package org.lexkit.rights.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.rights.extraction.GoldSet.Count;
import org.lexkit.rights.extraction.GoldSet.Field;
import org.lexkit.rights.support.KzDocuments;
import org.lexkit.rights.support.TextDocuments;

/**
 * Measures extraction against the hand-checked gold annotations: precision and recall per field, printed per
 * document and per set, and asserted per set with thresholds a little below what the extractor achieves, so that a
 * regression fails the build. The development set (Kazakh texts) is what the rules were written from; the held-out
 * set (UDHR, ICCPR, ECHR, US Bill of Rights) was annotated before the extractor first ran on it.
 *
 * <p>First run on the held-out set (precision/recall, before any rule was changed for it): rights found
 * 0.93/0.88, right ids 0.90/0.86, holder 0.93/0.88, grounds wording 1.00/0.75, canonical mapping 0.98/0.68,
 * general clauses 0.60/0.75, prohibited items 0.33/0.50. The misses then led to general fixes (limitation
 * wordings "shall not be subject to any restrictions except" and "there shall be no interference", "shall be free
 * to", a list end before "and are consistent with", "including" cutting an object only before "the right", bare
 * "order" and "reputation" in ground lists, one missing right pattern), so the held-out numbers asserted below are
 * no longer blind.
 */
class GoldSetTest {
  private static final RightsExtractor EXTRACTOR = RightsExtractor.create();

  @Test
  void heldOutSet_meetsThresholds() {
    Map<String, Supplier<LegalDocument>> documents = new LinkedHashMap<>();
    documents.put("udhr.en", () -> english("udhr", LocalDate.of(1948, 12, 10)));
    documents.put("iccpr.en", () -> english("iccpr", LocalDate.of(1966, 12, 16)));
    documents.put("echr.en", () -> english("echr", LocalDate.of(1950, 11, 4)));
    documents.put("us-constitution.en", () -> english("us-constitution", LocalDate.of(1791, 12, 15)));
    Map<Field, Count> total = measure("held-out", documents);
    Map<Field, double[]> thresholds = new EnumMap<>(Field.class);  // precision, recall
    thresholds.put(Field.RIGHTS_FOUND, new double[] {0.93, 0.97});
    thresholds.put(Field.RIGHT_IDS, new double[] {0.90, 0.95});
    thresholds.put(Field.HOLDER, new double[] {0.93, 0.97});
    thresholds.put(Field.GROUND_WORDING, new double[] {0.97, 0.97});
    thresholds.put(Field.CANONICAL, new double[] {0.95, 0.90});
    thresholds.put(Field.GENERAL_CLAUSES, new double[] {0.55, 0.70});
    thresholds.put(Field.PROHIBITED, new double[] {0.30, 0.45});
    assertAtLeast(total, thresholds);
  }

  @Test
  void developmentSet_meetsThresholds() {
    Map<String, Supplier<LegalDocument>> documents = new LinkedHashMap<>();
    documents.put("kz-1995.ru", KzDocuments::constitution1995Russian);
    documents.put("kz-1995.en", KzDocuments::constitution1995English);
    documents.put("kz-2026.ru", KzDocuments::constitution2026Russian);
    documents.put("kz-2026.en", KzDocuments::constitution2026English);
    Map<Field, Count> total = measure("development", documents);
    Map<Field, double[]> thresholds = new EnumMap<>(Field.class);  // precision, recall
    thresholds.put(Field.RIGHTS_FOUND, new double[] {0.97, 0.88});
    thresholds.put(Field.RIGHT_IDS, new double[] {0.97, 0.88});
    thresholds.put(Field.HOLDER, new double[] {0.97, 0.88});
    thresholds.put(Field.GROUND_WORDING, new double[] {0.97, 0.97});
    thresholds.put(Field.CANONICAL, new double[] {0.97, 0.97});
    thresholds.put(Field.GENERAL_CLAUSES, new double[] {0.97, 0.97});
    thresholds.put(Field.NON_RESTRICTABLE, new double[] {0.97, 0.97});
    thresholds.put(Field.PROHIBITED, new double[] {0.93, 0.77});
    assertAtLeast(total, thresholds);
  }

  private static LegalDocument english(String name, LocalDate date) {
    return TextDocuments.english(TextDocuments.identity(name, "eng", date), name,
        TextDocuments.resourceLines("texts/" + name + ".en.txt"));
  }

  private static Map<Field, Count> measure(String set, Map<String, Supplier<LegalDocument>> documents) {
    Map<Field, Count> total = new EnumMap<>(Field.class);
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "%n=== gold set: %s ===%n%-22s", set, "document"));
    for (Field f : Field.values()) {
      report.append(String.format(Locale.ROOT, " | %-19s", f.label));
    }
    report.append('\n');
    StringBuilder misses = new StringBuilder();
    for (Map.Entry<String, Supplier<LegalDocument>> e : documents.entrySet()) {
      GoldSet gold = GoldSet.load(e.getKey());
      Extraction extraction = EXTRACTOR.extract(e.getValue().get());
      Map<Field, Count> scores = gold.score(extraction);
      report.append(String.format(Locale.ROOT, "%-22s", e.getKey()));
      for (Field f : Field.values()) {
        Count c = scores.get(f);
        report.append(String.format(Locale.ROOT, " | %-19s", cell(c)));
        total.merge(f, c, Count::plus);
      }
      report.append('\n');
      gold.differences(extraction).forEach(d -> misses.append(e.getKey()).append(d).append('\n'));
    }
    report.append(String.format(Locale.ROOT, "%-22s", "TOTAL " + set));
    for (Field f : Field.values()) {
      report.append(String.format(Locale.ROOT, " | %-19s", cell(total.get(f))));
    }
    report.append("\n(each cell: precision/recall correct/extracted/gold)\n").append(misses);
    System.out.println(report);
    return total;
  }

  private static String cell(Count c) {
    return String.format(Locale.ROOT, "%.2f/%.2f %d/%d/%d", c.precision(), c.recall(), c.correct(), c.extracted(),
        c.gold());
  }

  private static void assertAtLeast(Map<Field, Count> total, Map<Field, double[]> thresholds) {
    thresholds.forEach((field, t) -> {
      assertThat(total.get(field).precision()).as("%s precision", field.label).isGreaterThanOrEqualTo(t[0]);
      assertThat(total.get(field).recall()).as("%s recall", field.label).isGreaterThanOrEqualTo(t[1]);
    });
  }
}
