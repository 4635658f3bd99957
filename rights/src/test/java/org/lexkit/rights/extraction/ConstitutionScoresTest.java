package org.lexkit.rights.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightsCatalogue;
import org.lexkit.rights.support.DomainTexts;
import org.lexkit.rights.support.KzDocuments;
import org.lexkit.rights.support.TextDocuments;

/**
 * Scores extraction on the rights to expression, press, information, assembly and association of constitutions in
 * six languages, against the gold in {@code support/constitutions/*.gold.tsv} (see the README there), and prints one
 * row per constitution: right recall, holder accuracy, ground recall, right precision, ground precision.
 *
 * <p>Three constitutions are held out of the tuning of the rules (Ireland, Brazil, Switzerland); their scores are
 * printed and checked separately, with the numbers of their first measurement recorded in the README.
 *
 * <p>Run: {@code mvn -B -ntp -o -q -pl rights -am verify -Dinvoker.skip -Dtest=ConstitutionScoresTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dlexkit.domain=/work/shared/domain}; the table is also written to
 * {@code rights/target/constitution-scores.md}.
 */
class ConstitutionScoresTest {
  static final ImmutableList<String> FOCUS = ImmutableList.of("express", "press", "infoacc", "assem", "assoc");
  static final ImmutableList<String> HELD_OUT =
      ImmutableList.of("ie-constitution.eng", "br-constituicao.por", "ch-constitution.fra");

  /** Counts of one constitution. */
  record Score(String name, int rightsGold, int rightsFound, int rightsCorrect, int holdersCorrect,
      int groundsGold, int groundsFound, int groundsCorrect) {
    double rightRecall() {
      return ratio(rightsCorrect, rightsGold);
    }

    double rightPrecision() {
      return ratio(rightsCorrect, rightsFound);
    }

    double holderAccuracy() {
      return ratio(holdersCorrect, rightsCorrect);
    }

    double groundRecall() {
      return ratio(groundsCorrect, groundsGold);
    }

    double groundPrecision() {
      return ratio(groundsCorrect, groundsFound);
    }

    Score plus(Score o, String label) {
      return new Score(label, rightsGold + o.rightsGold, rightsFound + o.rightsFound,
          rightsCorrect + o.rightsCorrect, holdersCorrect + o.holdersCorrect, groundsGold + o.groundsGold,
          groundsFound + o.groundsFound, groundsCorrect + o.groundsCorrect);
    }

    String row() {
      return String.format(Locale.ROOT, "| %-22s | %4.2f (%d/%d) | %4.2f | %4.2f (%d/%d) | %4.2f | %4.2f |", name,
          rightRecall(), rightsCorrect, rightsGold, holderAccuracy(), groundRecall(), groundsCorrect, groundsGold,
          rightPrecision(), groundPrecision());
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }
  }

  static Map<String, Supplier<LegalDocument>> documents() {
    Map<String, Supplier<LegalDocument>> docs = new LinkedHashMap<>();
    docs.put("kz-1995.rus", KzDocuments::constitution1995Russian);
    docs.put("kz-2026.rus", KzDocuments::constitution2026Russian);
    docs.put("us-constitution.eng", () -> TextDocuments.english(identity("us", "eng", LocalDate.of(1791, 12, 15)),
        "Constitution of the United States", TextDocuments.resourceLines("texts/us-constitution.en.txt")));
    docs.put("za-constitution.eng", () -> excerpt("za-constitution.eng", LocalDate.of(1996, 12, 10)));
    docs.put("ke-constitution.eng", () -> excerpt("ke-constitution.eng", LocalDate.of(2010, 8, 27)));
    docs.put("in-constitution.eng", () -> excerpt("in-constitution.eng", LocalDate.of(1950, 1, 26)));
    docs.put("ru-constitution.rus", () -> excerpt("ru-constitution.rus", LocalDate.of(2020, 7, 4)));
    docs.put("de-gg.deu", () -> excerpt("de-gg.deu", LocalDate.of(1949, 5, 23)));
    docs.put("es-constitucion.spa", () -> excerpt("es-constitucion.spa", LocalDate.of(1978, 12, 29)));
    docs.put("ie-constitution.eng", () -> excerpt("ie-constitution.eng", LocalDate.of(1937, 12, 29)));
    docs.put("br-constituicao.por", () -> excerpt("br-constituicao.por", LocalDate.of(1988, 10, 5)));
    docs.put("ch-constitution.fra", () -> excerpt("ch-constitution.fra", LocalDate.of(2000, 1, 1)));
    return docs;
  }

  static DocumentIdentity identity(String country, String language, LocalDate date) {
    return DocumentIdentity.of(country, DocumentType.CONSTITUTION, date, "constitution", language);
  }

  /** Reads {@code constitutions/<name>.txt}; the name is {@code <country>-<title>.<language>}. */
  static LegalDocument excerpt(String name, LocalDate date) {
    String country = name.substring(0, 2);
    String language = name.substring(name.lastIndexOf('.') + 1);
    return TextDocuments.excerpt(identity(country, language, date), name,
        TextDocuments.resourceLines("constitutions/" + name + ".txt"));
  }

  static Score score(String name, LegalDocument document) {
    Set<String> goldRights = new LinkedHashSet<>();
    Map<String, String> goldHolders = new LinkedHashMap<>();
    Set<String> goldGrounds = new LinkedHashSet<>();
    for (String line : TextDocuments.resourceLines("constitutions/" + name + ".gold.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c[0].equals("right")) {
        goldRights.add(c[1] + "|" + token(c[2]));
        goldHolders.put(c[1] + "|" + token(c[2]), c[3]);
      } else if (c[0].equals("ground")) {
        goldGrounds.add(c[1] + "|" + c[2]);
      } else {
        throw new IllegalArgumentException(name + ".gold.tsv: unknown row " + line);
      }
    }
    RightsCatalogue found = RightsExtractor.create().extract(document).catalogue();
    Map<String, String> rights = new LinkedHashMap<>();
    Set<String> grounds = new LinkedHashSet<>();
    for (Right right : found.rights().values()) {
      Optional<String> topic = right.topic().filter(FOCUS::contains);
      if (topic.isEmpty()) {
        continue;
      }
      for (ProvisionId where : right.statedIn()) {
        rights.putIfAbsent(topic.get() + "|" + article(document, where), right.holder().scope().name());
      }
      List<RestrictionGround> all = new ArrayList<>(right.grounds());
      found.generalLimitations().stream().map(GeneralLimitationClause::grounds).forEach(all::addAll);
      for (RestrictionGround g : all) {
        g.canonical().ifPresent(c -> grounds.add(topic.get() + "|" + c.code()));
      }
    }
    int rightsCorrect = 0;
    int holders = 0;
    for (Map.Entry<String, String> e : rights.entrySet()) {
      if (goldRights.contains(e.getKey())) {
        rightsCorrect++;
        if (goldHolders.get(e.getKey()).equals(e.getValue())) {
          holders++;
        }
      }
    }
    int groundsCorrect = (int) grounds.stream().filter(goldGrounds::contains).count();
    Set<String> missed = new LinkedHashSet<>(goldRights);
    missed.removeAll(rights.keySet());
    Set<String> missedGrounds = new LinkedHashSet<>(goldGrounds);
    missedGrounds.removeAll(grounds);
    Set<String> extra = new LinkedHashSet<>(rights.keySet());
    extra.removeAll(goldRights);
    Set<String> extraGrounds = new LinkedHashSet<>(grounds);
    extraGrounds.removeAll(goldGrounds);
    if (!missed.isEmpty() || !missedGrounds.isEmpty() || !extra.isEmpty() || !extraGrounds.isEmpty()) {
      System.out.println(name + ": missed " + missed + " " + missedGrounds + "; extra " + extra + " " + extraGrounds);
    }
    return new Score(name, goldRights.size(), rights.size(), rightsCorrect, holders, goldGrounds.size(),
        grounds.size(), groundsCorrect);
  }

  private static String article(LegalDocument document, ProvisionId where) {
    for (Optional<ProvisionId> at = Optional.of(where); at.isPresent(); at = at.get().parent()) {
      Provision p = document.provisions().get(at.get());
      if (p != null && p.kind() == ProvisionKind.ARTICLE && p.num().isPresent()) {
        return token(p.num().get().token());
      }
    }
    return "?";
  }

  private static String token(String number) {
    return number.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  @Test
  void constitutions_meetTheIssueThresholds() throws IOException {
    DomainTexts.require();
    List<String> table = new ArrayList<>();
    table.add("| constitution | right recall | holder | ground recall | right precision | ground precision |");
    table.add("|---|---|---|---|---|---|");
    Score tuned = new Score("all tuned", 0, 0, 0, 0, 0, 0, 0);
    Score heldOut = new Score("all held out", 0, 0, 0, 0, 0, 0, 0);
    for (Map.Entry<String, Supplier<LegalDocument>> e : documents().entrySet()) {
      Score s = score(e.getKey(), e.getValue().get());
      table.add(s.row() + (HELD_OUT.contains(e.getKey()) ? " held out" : ""));
      if (HELD_OUT.contains(e.getKey())) {
        heldOut = heldOut.plus(s, heldOut.name());
      } else {
        tuned = tuned.plus(s, tuned.name());
      }
    }
    table.add(tuned.row());
    table.add(heldOut.row());
    table.add(tuned.plus(heldOut, "all").row());
    String text = String.join("\n", table) + "\n";
    System.out.print(text);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "constitution-scores.md"), text, StandardCharsets.UTF_8);
    assertThat(tuned.rightRecall()).as("right recall").isGreaterThanOrEqualTo(0.95);
    assertThat(tuned.groundRecall()).as("ground recall").isGreaterThanOrEqualTo(0.90);
    assertThat(tuned.rightPrecision()).as("right precision").isGreaterThanOrEqualTo(0.95);
    assertThat(tuned.groundPrecision()).as("ground precision").isGreaterThanOrEqualTo(0.95);
    assertThat(tuned.holderAccuracy()).as("holders").isEqualTo(1.0);
    Score all = tuned.plus(heldOut, "all");
    assertThat(all.rightRecall()).as("right recall, all gold").isGreaterThanOrEqualTo(0.95);
    assertThat(all.groundRecall()).as("ground recall, all gold").isGreaterThanOrEqualTo(0.90);
    assertThat(all.rightPrecision()).as("right precision, all gold").isGreaterThanOrEqualTo(0.95);
    assertThat(all.groundPrecision()).as("ground precision, all gold").isGreaterThanOrEqualTo(0.95);
    assertThat(all.holderAccuracy()).as("holders, all gold").isEqualTo(1.0);
    // The held-out constitutions alone (see the README for their first measurement): no regression below today.
    assertThat(heldOut.rightRecall()).as("held-out right recall").isGreaterThanOrEqualTo(1.0);
    assertThat(heldOut.groundRecall()).as("held-out ground recall").isGreaterThanOrEqualTo(0.76);
  }
}
