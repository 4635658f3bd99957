package org.lexkit.examples;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.lexkit.akn.AknDocument;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.AmendmentResult;
import org.lexkit.core.amendment.InsertProvision;
import org.lexkit.core.amendment.InsertionPoint;
import org.lexkit.core.amendment.RemoveRestrictionGround;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.comparison.Comparison;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.examples.kazakhstan.Citations;
import org.lexkit.examples.kazakhstan.HtmlReport;
import org.lexkit.examples.kazakhstan.JsonReport;
import org.lexkit.examples.kazakhstan.KazakhstanReport;
import org.lexkit.examples.kazakhstan.KazakhstanReport.ProposalSummary;
import org.lexkit.examples.kazakhstan.KazakhstanReport.Snapshot;
import org.lexkit.examples.kazakhstan.KazakhstanTexts;
import org.lexkit.examples.kazakhstan.TextReport;
import org.lexkit.rights.extraction.Extraction;
import org.lexkit.rights.extraction.RightsExtractor;
import org.lexkit.rights.standards.Standards;
import org.lexkit.rights.standards.StandardsCheck;
import org.lexkit.text.Conversion;

/**
 * The Kazakhstan story, the README's first command: what happened to the rights to free speech and peaceful
 * assembly between the Constitution of 1995 and the Constitution adopted by referendum on 15 March 2026.
 *
 * <ol>
 *   <li>Convert the official Russian text of 1995 and extract the rights it guarantees, with the grounds on which
 *       each may be restricted.
 *   <li>Express the Constitutional Commission's proposal of 26 January 2026 as an amendment, and apply it.
 *   <li>Convert the adopted 2026 text and compare its rights with those of 1995, right by right (the articles were
 *       renumbered: speech 20 → 23, assembly 32 → 34, general limitation 39 → 41).
 *   <li>Check every ground against the closed lists of the ICCPR (binding on Kazakhstan since 2006) and, as a
 *       comparator, the ECHR; print the findings.
 *   <li>Write the three versions and the amending act as Akoma Ntoso, and the findings as a web page
 *       ({@code report.html}) and as JSON ({@code report.json}, shape in {@link JsonReport}).
 * </ol>
 *
 * <p>Run it from the repository root with {@code mvn -B -ntp -q -pl examples -am compile exec:java}; the files go
 * to {@code examples/target/kazakhstan/} (the POM passes that directory as the first argument). It reads only
 * texts bundled in this module and needs no network.
 */
public final class KazakhstanStory {
  static final RightId SPEECH = RightId.parse("freedom-of-speech");
  static final RightId INFORMATION = RightId.parse("freedom-of-information");
  static final RightId ASSEMBLY = RightId.parse("peaceful-assembly");
  static final RightId ASSOCIATION = RightId.parse("freedom-of-association");
  static final ImmutableList<RightId> FOLLOWED = ImmutableList.of(SPEECH, INFORMATION, ASSEMBLY, ASSOCIATION);

  static final ProvisionId ART_20 = ProvisionId.parse("sec_ii__art_20");
  static final ProvisionId ART_20_4 = ART_20.child("para_4");
  static final ProvisionId ART_32 = ProvisionId.parse("sec_ii__art_32");

  /** Art. 32 of 1995, verbatim: what the proposal's rewording of the assembly clause replaces. */
  static final String ART_32_1995 = "Граждане Республики Казахстан вправе мирно и без оружия собираться, проводить"
      + " собрания, митинги и демонстрации, шествия и пикетирование. Пользование этим правом может ограничиваться"
      + " законом в интересах государственной безопасности, общественного порядка, охраны здоровья, защиты прав и"
      + " свобод других лиц.";

  private KazakhstanStory() {}

  /**
   * Runs the story, prints it to standard output and writes its files.
   *
   * @param args optionally, the directory to write to (default {@code target/kazakhstan} under the working
   *     directory)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path output = args.length > 0 ? Path.of(args[0]) : Path.of("target", "kazakhstan");
    tell(System.out, output);
  }

  /**
   * What the story produced. Immutable and thread-safe.
   *
   * @param report the findings
   * @param files the files written: the versions and the act as Akoma Ntoso, then the HTML and JSON reports
   */
  public record Told(KazakhstanReport report, ImmutableList<Path> files) {
    /** Copies the list. */
    public Told {
      files = ImmutableList.copyOf(files);
    }
  }

  /**
   * Tells the story.
   *
   * @param out where the story is printed
   * @param output the directory the files are written to; created if missing
   * @return the findings and the files written
   * @throws IOException if a file cannot be written
   */
  public static Told tell(PrintStream out, Path output) throws IOException {
    out.println("Kazakhstan 1995 -> 2026: the rights to free speech and peaceful assembly");
    out.println();

    // 1. The 1995 Constitution: the official Russian text, converted from plain text; its rights, extracted.
    Conversion text1995 = KazakhstanTexts.constitution1995();
    Extraction found1995 = RightsExtractor.create().extract(text1995.document());
    LegalDocument kz1995 = found1995.applyTo(text1995.document());
    out.println("1. The Constitution of 30 August 1995 (official Russian text, as amended to 17 September 2022)");
    out.println("   " + text1995.sourceName() + ": " + articles(kz1995) + " articles, "
        + text1995.warnings().size() + " converter warning(s), " + kz1995.rights().rights().size()
        + " rights found, " + found1995.notes().size() + " extraction note(s) to review");
    out.println("   " + describe(kz1995, SPEECH));
    out.println("   " + describe(kz1995, ASSEMBLY));
    out.println("   general limitation clause, art. 39(1): "
        + kz1995.rights().generalLimitations().get(0).grounds().stream().map(RestrictionGround::key)
            .collect(Collectors.joining(", ")));
    out.println();

    // 2. The proposal of 26 January 2026. Taken literally, as the press reported it, it adds "national security"
    //    to the grounds for restricting assembly. The core refuses that: art. 32 already lists "государственной
    //    безопасности" (state security), which means the same canonical ground.
    out.println("2. The Constitutional Commission's proposal of 26 January 2026, as an amendment");
    AmendmentResult literal = proposalAsReported().apply(kz1995);
    out.println("   Taken literally (add constitutional order, national security and spiritual and moral values to"
        + " assembly): " + (literal.isApplied() ? "applied" : "refused"));
    literal.problems().forEach(problem -> out.println("     " + problem.describe()));
    //    So the proposal is expressed as what it is: a new wording of art. 32 that replaces "state security" by
    //    "national security" (the same ground, reworded) and adds two grounds; plus a new paragraph on speech.
    Amendment proposal = januaryProposal();
    LegalDocument proposed = proposal.applyOrThrow(kz1995)            // a proposal: applied to see its effect
        .withIdentity(KazakhstanTexts.IDENTITY_1995.withVersionDate(KazakhstanTexts.PROPOSED_2026));
    out.println("   Expressed as a rewording (status " + proposal.status() + "), it applies; compared with 1995:");
    Comparison.of(kz1995, proposed).describe().lines().forEach(line -> out.println("     " + line));
    out.println();

    // 3. The Constitution adopted on 15 March 2026 (in force 1 July 2026): its key articles, converted the same way.
    //    Rights are matched by id, so speech in art. 23 is compared with speech in art. 20 of 1995.
    Conversion text2026 = KazakhstanTexts.keyArticles2026();
    Extraction found2026 = RightsExtractor.create().extract(text2026.document());
    LegalDocument kz2026 = found2026.applyTo(text2026.document());
    out.println("3. The Constitution adopted by referendum on 15 March 2026 (key articles)");
    out.println("   " + text2026.sourceName() + ": " + articles(kz2026) + " articles (an excerpt), "
        + text2026.warnings().size() + " converter warning(s), " + kz2026.rights().rights().size()
        + " rights found, " + found2026.notes().size() + " extraction note(s) (mostly references to articles the"
        + " excerpt leaves out)");
    Comparison adopted = Comparison.of(kz1995, kz2026);
    for (RightId right : FOLLOWED) {
      out.println("   " + right + ": " + statedIn(kz1995, right) + " -> " + statedIn(kz2026, right)
          + "; own grounds gained " + keys(adopted.groundsGained(right))
          + ", lost " + keys(adopted.groundsLost(right)));
    }
    out.println("   general limitation clause: art. 39(1) -> art. 41(1); gained " + keys(adopted.generalGroundsGained())
        + ", lost " + keys(adopted.generalGroundsLost()));
    out.println("   (Only rights in the excerpt are compared; the rest of the 2026 text is not bundled.)");
    out.println();

    // 4. Every ground against the treaties: the ICCPR binds Kazakhstan; the ECHR is only a comparator.
    StandardsCheck iccpr = StandardsCheck.bindingOn(Standards.standard(), "kz", KazakhstanTexts.IN_FORCE_2026);
    StandardsCheck echr = StandardsCheck.against(Standards.standard(), "ECHR");
    KazakhstanReport report = KazakhstanReport.of(List.of(
            new Snapshot("1995", "Constitution of 1995", "in force 1995 to 30 June 2026 (text as amended to"
                + " 17 Sep 2022)", KazakhstanTexts.AMENDED_2022, kz1995),
            new Snapshot("proposal", "Proposal of 26 Jan 2026", "proposal of the Constitutional Commission,"
                + " applied to the 1995 text", KazakhstanTexts.PROPOSED_2026, proposed),
            new Snapshot("2026", "Constitution of 2026", "adopted by referendum 15 Mar 2026, in force 1 Jul 2026",
                KazakhstanTexts.ADOPTED_2026, kz2026)),
        FOLLOWED, iccpr, echr, ProposalSummary.of(proposal, explanations(literal)));
    out.println("4. Findings");
    out.print(TextReport.render(report));
    out.println();

    // 5. The files: Akoma Ntoso for the versions and the amending act (each read back with strict schema
    //    validation), the report as a web page and as JSON. The amended version cites the amending act by the IRI
    //    the act was written with.
    Files.createDirectories(output);
    AknWriter akn = AknWriter.create();
    Path act = output.resolve("kz-proposal-2026-01-26.amending-act.akn.xml");
    Files.write(act, akn.writeToString(proposal, kz1995.identity()).getBytes(StandardCharsets.UTF_8));
    String actIri = validated(act).identification().orElseThrow().expression().uris().get(0);
    LegalDocument proposedWithEvent = proposed.withLifecycleEvent(
        LifecycleEvent.of(KazakhstanTexts.PROPOSED_2026, LifecycleEvent.Type.AMENDMENT, actIri));
    Path v1995 = output.resolve("kz-constitution-1995.akn.xml");
    Path vProposed = output.resolve("kz-constitution-1995-as-proposed-2026-01-26.akn.xml");
    Path v2026 = output.resolve("kz-constitution-2026-key-articles.akn.xml");
    // Written through bytes rather than AknWriter.write(document, path), whose temporary file leaves the result
    // readable by its owner only.
    Files.write(v1995, akn.writeToBytes(kz1995));
    ByteArrayOutputStream amended = new ByteArrayOutputStream();
    akn.writeAmended(proposedWithEvent, proposal, kz1995.identity(), amended);
    Files.write(vProposed, amended.toByteArray());
    Files.write(v2026, akn.writeToBytes(kz2026));
    validated(v1995);
    validated(vProposed);
    validated(v2026);
    Path html = output.resolve("report.html");
    Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
    Path json = output.resolve("report.json");
    Files.writeString(json, JsonReport.render(report), StandardCharsets.UTF_8);

    out.println("5. Files written to " + output.toAbsolutePath().normalize());
    out.println("   (the .akn.xml files were read back and are valid against the Akoma Ntoso 3.0 schema)");
    Told told = new Told(report, ImmutableList.of(v1995, act, vProposed, v2026, html, json));
    told.files().forEach(file -> out.println("   " + file.getFileName()));
    return told;
  }

  /** The proposal as the press reported it, taken literally: three grounds added to assembly. Refused. */
  static Amendment proposalAsReported() {
    return Amendment.of(AmendmentId.parse("kz-2026-01-26-proposal-literal"),
            "Конституционная комиссия: основания ограничения права на мирные собрания (буквально)",
            AddRestrictionGround.of(ASSEMBLY, RestrictionGround.of(
                "защиты конституционного строя", ART_32, CanonicalGround.CONSTITUTIONAL_ORDER)),
            AddRestrictionGround.of(ASSEMBLY, RestrictionGround.of(
                "обеспечения национальной безопасности", ART_32, CanonicalGround.NATIONAL_SECURITY)),
            AddRestrictionGround.of(ASSEMBLY, RestrictionGround.of(
                "системы духовно-нравственных ценностей общества", ART_32,
                CanonicalGround.SPIRITUAL_AND_MORAL_VALUES)))
        .proposedOn(KazakhstanTexts.PROPOSED_2026);
  }

  /**
   * The proposal of 26 January 2026 as it is expressed in the story. The Commission's Russian wording was not
   * published in the sources bundled here (they are English press reports, see {@code kz/PROVENANCE.md}), so the
   * new sentences are reconstructed from those reports in the 1995 text's own style; every ground wording is one
   * the vocabulary knows.
   */
  static Amendment januaryProposal() {
    return Amendment.of(AmendmentId.parse("kz-2026-01-26-proposal"),
            "Конституционная комиссия: свобода слова и право на мирные собрания",
            // Speech: "must not infringe on the honour and dignity of others, the system of society's spiritual and
            // moral values, or public order" -- a new paragraph 4 of art. 20; the ban on censorship (20(1)) stays.
            InsertProvision.of(InsertionPoint.atEndOf(ART_20), Provision.of(ProvisionKind.PARAGRAPH, "4.",
                "Свобода слова не должна посягать на честь и достоинство других лиц, систему духовно-нравственных"
                    + " ценностей общества, общественный порядок.")),
            AddRestrictionGround.of(SPEECH, RestrictionGround.of(
                "честь и достоинство других лиц", ART_20_4, CanonicalGround.REPUTATION_OF_OTHERS)),
            AddRestrictionGround.of(SPEECH, RestrictionGround.of(
                "систему духовно-нравственных ценностей общества", ART_20_4,
                CanonicalGround.SPIRITUAL_AND_MORAL_VALUES)),
            AddRestrictionGround.of(SPEECH, RestrictionGround.of(
                "общественный порядок", ART_20_4, CanonicalGround.PUBLIC_ORDER)),
            // Assembly: the grounds of art. 32 now include the constitutional order, national security and the
            // system of spiritual and moral values. "State security" becomes "national security": one ground,
            // reworded, so its old wording is removed and its new one added.
            SubstituteText.of(ART_32, ART_32_1995, "Граждане Республики Казахстан вправе мирно и без оружия"
                + " собираться, проводить собрания, митинги и демонстрации, шествия и пикетирование. Пользование"
                + " этим правом может ограничиваться законом в интересах защиты конституционного строя, обеспечения"
                + " национальной безопасности, общественного порядка, охраны здоровья, защиты прав и свобод других"
                + " лиц, системы духовно-нравственных ценностей общества."),
            RemoveRestrictionGround.of(ASSEMBLY, RestrictionGround.of(
                "государственной безопасности", ART_32, CanonicalGround.NATIONAL_SECURITY)),
            AddRestrictionGround.of(ASSEMBLY, RestrictionGround.of(
                "обеспечения национальной безопасности", ART_32, CanonicalGround.NATIONAL_SECURITY)),
            AddRestrictionGround.of(ASSEMBLY, RestrictionGround.of(
                "защиты конституционного строя", ART_32, CanonicalGround.CONSTITUTIONAL_ORDER)),
            AddRestrictionGround.of(ASSEMBLY, RestrictionGround.of(
                "системы духовно-нравственных ценностей общества", ART_32,
                CanonicalGround.SPIRITUAL_AND_MORAL_VALUES)))
        .proposedOn(KazakhstanTexts.PROPOSED_2026);
  }

  /** Why the proposal is expressed as it is, for the reports. */
  private static List<String> explanations(AmendmentResult literal) {
    return List.of(
        "Reported in English (Fergana/KazTAG, 26 Jan 2026): speech \"must not infringe on the honor and dignity of"
            + " others, the system of the society's spiritual and moral values, or public order\"; the grounds for"
            + " restricting assembly \"now include the protection of the constitutional order, ensuring national"
            + " security, and safeguarding the system of the society's spiritual and moral values\"; the ban on"
            + " censorship is kept. The Commission's Russian wording is not in the bundled sources: the Russian"
            + " sentences of this amendment are reconstructed from those reports.",
        "Taken literally, adding national security to assembly is refused: "
            + literal.problems().stream().map(p -> p.describe()).collect(Collectors.joining("; "))
            + ". The 1995 art. 32 already allows restricting assembly \"в интересах государственной безопасности\""
            + " (state security), the same canonical ground. The proposal rewords that ground; it does not add one."
            + " It is therefore expressed as a new wording of art. 32, with the old wording of the ground removed and"
            + " the new one added.",
        "The proposal is applied to the 1995 text to show what it would have changed. It never became law as"
            + " such: the Constitution adopted on 15 March 2026 says \"morality of society\" where the proposal said"
            + " \"spiritual and moral values\".");
  }

  private static AknDocument validated(Path file) throws IOException {
    return AknReader.create().read(file); // strict OASIS schema validation is the reader's default
  }

  private static long articles(LegalDocument document) {
    return document.provisions().values().stream().filter(p -> p.kind() == ProvisionKind.ARTICLE).count();
  }

  private static String describe(LegalDocument document, RightId id) {
    Right right = document.rights().right(id).orElseThrow();
    String own = right.grounds().isEmpty() ? "no grounds of its own"
        : "own grounds " + right.grounds().stream().map(g -> g.key() + " \"" + g.wording() + "\"")
            .collect(Collectors.joining(", "));
    return id + " (" + statedIn(document, id) + ", " + right.holder() + "): " + own;
  }

  private static String statedIn(LegalDocument document, RightId id) {
    return document.rights().right(id).map(r -> r.statedIn().stream().map(p -> Citations.of(document, p))
        .collect(Collectors.joining(", "))).orElse("(absent)");
  }

  private static String keys(List<RestrictionGround> grounds) {
    return grounds.isEmpty() ? "none"
        : grounds.stream().map(RestrictionGround::key).collect(Collectors.joining(", "));
  }
}
