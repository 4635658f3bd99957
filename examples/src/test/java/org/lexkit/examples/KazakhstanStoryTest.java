package org.lexkit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AmendingAct;
import org.lexkit.akn.ValidationMode;
import org.lexkit.core.amendment.AmendmentResult;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.RightId;
import org.lexkit.examples.KazakhstanStory.Told;
import org.lexkit.examples.kazakhstan.HtmlReport;
import org.lexkit.examples.kazakhstan.JsonReport;
import org.lexkit.examples.kazakhstan.KazakhstanReport;
import org.lexkit.examples.kazakhstan.KazakhstanReport.GroundCell;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Novelty;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Quote;
import org.lexkit.examples.kazakhstan.KazakhstanReport.RightCell;
import org.lexkit.examples.kazakhstan.KazakhstanTexts;
import org.lexkit.rights.extraction.RightsExtractor;

/**
 * Runs the Kazakhstan story once, as the README command does, into {@code target/kazakhstan-test}, and checks its
 * findings, its printed account and every file it writes.
 */
class KazakhstanStoryTest {
  private static final Path OUTPUT = Path.of("target", "kazakhstan-test");
  private static final RightId SPEECH = RightId.parse("freedom-of-speech");
  private static final RightId ASSEMBLY = RightId.parse("peaceful-assembly");
  private static final RightId ASSOCIATION = RightId.parse("freedom-of-association");

  private static Told told;
  private static String printed;
  private static LegalDocument kz1995;

  @BeforeAll
  static void tellTheStory() throws IOException {
    if (Files.isDirectory(OUTPUT)) {
      try (Stream<Path> old = Files.list(OUTPUT)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    told = KazakhstanStory.tell(new PrintStream(bytes, true, UTF_8), OUTPUT);
    printed = bytes.toString(UTF_8);
    kz1995 = RightsExtractor.create().extract(KazakhstanTexts.constitution1995().document())
        .applyTo(KazakhstanTexts.constitution1995().document());
  }

  @Test
  void assembly_2026_gainedPublicMoralsAndConstitutionalOrderAcrossRenumbering() {
    KazakhstanReport.RightRow assembly = told.report().right(ASSEMBLY);
    RightCell in1995 = assembly.in("1995").orElseThrow();
    RightCell in2026 = assembly.in("2026").orElseThrow();

    assertThat(in1995.statedIn()).containsExactly(ProvisionId.parse("sec_ii__art_32"));
    assertThat(in2026.statedIn()).containsExactly(ProvisionId.parse("sec_ii__art_34"));
    assertThat(in2026.gained()).containsExactlyInAnyOrder("PUBLIC_MORALS", "CONSTITUTIONAL_ORDER");
    assertThat(in2026.lost()).isEmpty();
    // Both were already allowed for every right by the 1995 general clause (art. 39(1)); art. 34 now names them.
    assertThat(novelties(in2026)).containsEntry("PUBLIC_MORALS", Novelty.NOW_IN_ARTICLE)
        .containsEntry("CONSTITUTIONAL_ORDER", Novelty.NOW_IN_ARTICLE)
        .containsEntry("NATIONAL_SECURITY", Novelty.UNCHANGED);
  }

  @Test
  void speech_renumbered20To23_matchedByIdAndGainedItsOwnLimitation() {
    KazakhstanReport.RightRow speech = told.report().right(SPEECH);

    assertThat(speech.in("1995").orElseThrow().articles()).containsExactly("art. 20(1)");
    assertThat(speech.in("2026").orElseThrow().articles()).containsExactly("art. 23(1)");
    assertThat(speech.in("1995").orElseThrow().grounds()).allMatch(g -> g.origin() == KazakhstanReport.Origin.GENERAL);
    assertThat(speech.in("2026").orElseThrow().gained())
        .containsExactly("REPUTATION_OF_OTHERS", "PUBLIC_HEALTH", "PUBLIC_MORALS", "PUBLIC_ORDER");
    assertThat(told.report().general().get("2026").gained()).containsExactly("NATIONAL_SECURITY");
  }

  @Test
  void proposal_addsSpiritualAndMoralValuesToSpeechAndAssembly() {
    assertThat(told.report().right(SPEECH).in("proposal").orElseThrow().gained())
        .containsExactly("REPUTATION_OF_OTHERS", "SPIRITUAL_AND_MORAL_VALUES", "PUBLIC_ORDER");
    assertThat(told.report().right(ASSEMBLY).in("proposal").orElseThrow().gained())
        .containsExactly("CONSTITUTIONAL_ORDER", "SPIRITUAL_AND_MORAL_VALUES");
    assertThat(told.report().proposal().status()).isEqualTo("PROPOSED");
  }

  @Test
  void treatyCheck_flagsExactlyConstitutionalOrderAndSpiritualAndMoralValues() {
    Set<String> flagged = new HashSet<>();
    told.report().rights().forEach(row -> row.cells().values().forEach(cell -> flagged.addAll(cell.flagged())));

    assertThat(flagged).containsExactlyInAnyOrder("CONSTITUTIONAL_ORDER", "SPIRITUAL_AND_MORAL_VALUES");
    assertThat(ground(ASSEMBLY, "2026", "CONSTITUTIONAL_ORDER").notPermittedBy()).containsExactly("ICCPR art. 21");
    assertThat(ground(ASSEMBLY, "proposal", "SPIRITUAL_AND_MORAL_VALUES").notPermittedBy())
        .containsExactly("ICCPR art. 21");
    assertThat(ground(SPEECH, "proposal", "SPIRITUAL_AND_MORAL_VALUES").notPermittedBy())
        .containsExactly("ICCPR art. 19(3)");
    assertThat(ground(ASSOCIATION, "2026", "CONSTITUTIONAL_ORDER").notPermittedBy())
        .containsExactly("ICCPR art. 22(2)");
    // Public morals is on every list; public order is on the ICCPR's but not the ECHR's (a comparator only).
    assertThat(ground(ASSEMBLY, "2026", "PUBLIC_MORALS").notPermittedBy()).isEmpty();
    assertThat(ground(ASSEMBLY, "2026", "PUBLIC_ORDER").notPermittedBy()).isEmpty();
    assertThat(ground(ASSEMBLY, "2026", "PUBLIC_ORDER").notInComparator()).containsExactly("ECHR art. 11(2)");
  }

  @Test
  void censorshipBan_presentInEveryVersion_quotedFromItsProvision() {
    Map<String, Quote> bans = told.report().censorship();

    assertThat(bans.get("1995").citation()).isEqualTo("art. 20(1)");
    assertThat(bans.get("1995").sentence()).isEqualTo("Цензура запрещается.");
    assertThat(bans.get("proposal").sentence()).isEqualTo("Цензура запрещается.");
    assertThat(bans.get("2026").citation()).isEqualTo("art. 23(5)");
    assertThat(bans.get("2026").sentence()).isEqualTo("Цензура запрещена.");
    // The quote is the provision's own text, not a constant: check it against the converted 1995 document too.
    assertThat(kz1995.provision(ProvisionId.parse("sec_ii__art_20__para_1")).orElseThrow().plainText())
        .contains("Цензура запрещается.");
    assertThat(told.report().texts().get("2026")).anySatisfy(article -> assertThat(article.blocks())
        .anySatisfy(block -> {
          assertThat(block.id()).isEqualTo(ProvisionId.parse("sec_ii__art_23__para_5"));
          assertThat(block.text()).isEqualTo("Цензура запрещена.");
        }));
  }

  @Test
  void proposalAsReported_addingNationalSecurityAgain_isRefusedAndExplained() {
    AmendmentResult literal = KazakhstanStory.proposalAsReported().apply(kz1995);

    assertThat(literal.isApplied()).isFalse();
    assertThat(literal.document()).isSameAs(kz1995);
    assertThat(literal.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.operationIndex()).isEqualTo(1);
      assertThat(problem.describe()).contains("NATIONAL_SECURITY").contains("государственной безопасности");
    });
    assertThat(printed).contains("refused").contains("expected no ground NATIONAL_SECURITY");
    assertThat(told.report().proposal().explanations()).anySatisfy(text -> assertThat(text)
        .contains("rewords that ground").contains("государственной безопасности"));
  }

  @Test
  void proposal_groundOperations_agreeWithExtractionFromTheAmendedText() {
    // The amendment states new wording and new grounds separately; reading the grounds back out of the amended text
    // must give the same grounds, or the reconstruction would say one thing in words and another in data.
    LegalDocument proposed = KazakhstanStory.januaryProposal().applyOrThrow(kz1995);
    LegalDocument reread = RightsExtractor.create().extract(proposed).applyTo(proposed);

    for (RightId right : List.of(SPEECH, ASSEMBLY)) {
      assertThat(keys(reread, right)).as("grounds of %s", right).isEqualTo(keys(proposed, right));
    }
  }

  @Test
  void aknFiles_areSchemaValidAndReadBack() throws IOException {
    List<Path> akn = told.files().stream().filter(f -> f.toString().endsWith(".akn.xml")).toList();
    assertThat(akn).extracting(f -> f.getFileName().toString()).containsExactlyInAnyOrder(
        "kz-constitution-1995.akn.xml", "kz-proposal-2026-01-26.amending-act.akn.xml",
        "kz-constitution-1995-as-proposed-2026-01-26.akn.xml", "kz-constitution-2026-key-articles.akn.xml");
    AknReader strict = AknReader.create().withValidation(ValidationMode.STRICT);
    for (Path file : akn) {
      assertThat(strict.read(file).problems()).as("%s", file).isEmpty();
    }

    LegalDocument read1995 = strict.readDocument(OUTPUT.resolve("kz-constitution-1995.akn.xml")).value();
    assertThat(read1995.rights()).isEqualTo(kz1995.rights());
    AmendingAct act = strict.readAmendment(OUTPUT.resolve("kz-proposal-2026-01-26.amending-act.akn.xml")).value();
    assertThat(act.amendment()).isEqualTo(KazakhstanStory.januaryProposal());
    LegalDocument amended =
        strict.readDocument(OUTPUT.resolve("kz-constitution-1995-as-proposed-2026-01-26.akn.xml")).value();
    assertThat(amended.rights()).isEqualTo(KazakhstanStory.januaryProposal().applyOrThrow(kz1995).rights());
  }

  @Test
  void reportJson_parses_withGroundsByCanonicalName() throws IOException {
    String text = Files.readString(OUTPUT.resolve("report.json"), UTF_8);
    Map<?, ?> json = (Map<?, ?>) MiniJson.parse(text);

    assertThat(text).isEqualTo(JsonReport.render(told.report()));
    assertThat(json.get("format")).isEqualTo(JsonReport.FORMAT);
    assertThat(list(json.get("versions"))).extracting(v -> (Object) ((Map<?, ?>) v).get("key"))
        .containsExactly("1995", "proposal", "2026");
    List<?> rights = (List<?>) json.get("rights");
    assertThat(list(rights)).extracting(r -> (Object) ((Map<?, ?>) r).get("id"))
        .containsExactly("freedom-of-speech", "freedom-of-information", "peaceful-assembly", "freedom-of-association");
    Map<?, ?> assembly2026 = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) rights.get(2)).get("versions")).get("2026");
    assertThat(list(assembly2026.get("gained"))).containsExactly("CONSTITUTIONAL_ORDER", "PUBLIC_MORALS");
    Map<?, ?> constitutionalOrder = ((List<?>) assembly2026.get("grounds")).stream().map(g -> (Map<?, ?>) g)
        .filter(g -> "CONSTITUTIONAL_ORDER".equals(g.get("ground"))).findFirst().orElseThrow();
    assertThat(constitutionalOrder.get("wording")).isEqualTo("защиты основ конституционного строя");
    assertThat(constitutionalOrder.get("novelty")).isEqualTo("now-in-article");
    assertThat(list(constitutionalOrder.get("notPermittedBy"))).containsExactly("ICCPR art. 21");
    Map<?, ?> censorship = (Map<?, ?>) json.get("censorship");
    assertThat(((Map<?, ?>) censorship.get("2026")).get("sentence")).isEqualTo("Цензура запрещена.");
  }

  @Test
  void reportHtml_highlightsNewAndFlaggedGrounds_selfContained_linksResolve() throws IOException {
    String html = Files.readString(OUTPUT.resolve("report.html"), UTF_8);

    assertThat(html).isEqualTo(HtmlReport.render(told.report()));
    assertThat(html).contains("class=\"ground own new not-permitted\" data-ground=\"SPIRITUAL_AND_MORAL_VALUES\"")
        .contains("class=\"ground own now-in-article not-permitted\" data-ground=\"CONSTITUTIONAL_ORDER\"")
        .contains("class=\"ground own now-in-article\" data-ground=\"PUBLIC_MORALS\"")
        .contains("class=\"ground general new\" data-ground=\"NATIONAL_SECURITY\"")
        .contains("<dl class=\"legend\">")
        .contains("Цензура запрещена.");
    // Self-contained: nothing to fetch, nothing to run.
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("@import")
        .doesNotContain("url(").doesNotContain(" src=");
    // Every link inside the page has a target, and the provision texts are on the page.
    Set<String> ids = all(html, "id=\"([^\"]+)\"");
    Set<String> targets = all(html, "href=\"#([^\"]+)\"");
    assertThat(ids).containsAll(targets).contains("v-2026-sec_ii__art_34", "v-1995-sec_ii__art_20__para_1");
    assertThat(targets).contains("v-2026-sec_ii__art_34", "v-proposal-sec_ii__art_20__para_4");
  }

  @Test
  void story_printsReportAndWhereTheFilesWent() {
    assertThat(printed).contains("Ban on censorship").contains("NOT PERMITTED by ICCPR art. 21")
        .contains("Files written to " + OUTPUT.toAbsolutePath().normalize());
    assertThat(told.files()).allMatch(Files::isRegularFile).hasSize(6);
  }

  private static GroundCell ground(RightId right, String version, String key) {
    return told.report().right(right).in(version).orElseThrow().grounds().stream()
        .filter(g -> g.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError(right + " has no ground " + key + " in " + version));
  }

  private static Map<String, Novelty> novelties(RightCell cell) {
    return cell.grounds().stream().collect(Collectors.toMap(GroundCell::key, GroundCell::novelty));
  }

  private static Set<String> keys(LegalDocument document, RightId right) {
    return document.rights().right(right).orElseThrow().grounds().stream().map(RestrictionGround::key)
        .collect(Collectors.toSet());
  }

  private static List<Object> list(Object json) {
    return new ArrayList<>((List<?>) json);
  }

  private static Set<String> all(String text, String regex) {
    Set<String> found = new HashSet<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
