package org.lexkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.amendment.SubstituteText;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.testing.domain.SharedDomain;

/**
 * The Kazakhstan versions of the story, as Akoma Ntoso files made through the command line from the shared texts
 * ({@code -Dlexkit.domain}): the 1995 Constitution converted by {@code lexkit convert}; the same with art. 32
 * reworded as the Constitutional Commission proposed on 26 January 2026 (the wording of the examples' story); and
 * the key articles of the 2026 Constitution (its Russian block, as the examples' {@code KazakhstanTexts} cuts it).
 * Made once per test run into a temporary folder; tests that need them skip when the texts are absent.
 */
final class KazakhstanVersions {
  static final ProvisionId ART_32 = ProvisionId.parse("sec_ii__art_32");
  static final String ART_32_1995 = "Граждане Республики Казахстан вправе мирно и без оружия собираться, проводить"
      + " собрания, митинги и демонстрации, шествия и пикетирование. Пользование этим правом может ограничиваться"
      + " законом в интересах государственной безопасности, общественного порядка, охраны здоровья, защиты прав и"
      + " свобод других лиц.";
  static final String ART_32_PROPOSED = "Граждане Республики Казахстан вправе мирно и без оружия собираться,"
      + " проводить собрания, митинги и демонстрации, шествия и пикетирование. Пользование этим правом может"
      + " ограничиваться законом в интересах защиты конституционного строя, обеспечения национальной безопасности,"
      + " общественного порядка, охраны здоровья, защиты прав и свобод других лиц, системы духовно-нравственных"
      + " ценностей общества.";

  private static final String TEXT_1995 = "kz/constitution-1995.ru.txt";
  private static final String TEXT_2026 = "kz/constitution-2026-key-articles.txt";
  private static Optional<KazakhstanVersions> made = Optional.empty();

  final Path v1995;
  final Path proposed;
  final Path v2026;

  private KazakhstanVersions(Path v1995, Path proposed, Path v2026) {
    this.v1995 = v1995;
    this.proposed = proposed;
    this.v2026 = v2026;
  }

  /** Returns the versions, made on first use; skips the calling test when the shared texts are absent. */
  static synchronized KazakhstanVersions get() {
    Optional<Path> text1995 = SharedDomain.find(TEXT_1995);
    Optional<Path> text2026 = SharedDomain.find(TEXT_2026);
    assumeTrue(text1995.isPresent() && text2026.isPresent(), "the shared Kazakhstan texts are absent; "
        + SharedDomain.describeSearch(TEXT_1995));
    if (made.isEmpty()) {
      try {
        Path dir = Files.createTempDirectory("lexkit-kz-");
        dir.toFile().deleteOnExit();
        Path v1995 = convert(text1995.get(), dir.resolve("kz-1995.xml"), "1995-08-30");
        LegalDocument kz1995 = AknReader.create().readDocument(v1995).value();
        LegalDocument withProposal = SubstituteText.of(ART_32, ART_32_1995, ART_32_PROPOSED).applyTo(kz1995)
            .withIdentity(kz1995.identity().withVersionDate(java.time.LocalDate.of(2026, 1, 26)));
        Path proposed = dir.resolve("kz-1995-proposed-2026-01-26.xml");
        Files.write(proposed, AknWriter.create().writeToBytes(withProposal));
        Path russian2026 = dir.resolve("kz-2026.txt");
        Files.writeString(russian2026, russianBlock(text2026.get()), UTF_8);
        Path v2026 = convert(russian2026, dir.resolve("kz-2026.xml"), "2026-03-15");
        made = Optional.of(new KazakhstanVersions(v1995, proposed, v2026));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return made.get();
  }

  private static Path convert(Path text, Path xml, String date) {
    Cli.Result run = Cli.run("convert", text.toString(), "-o", xml.toString(), "--lang", "rus", "--country", "kz",
        "--date", date, "--name", "constitution", "--type", "constitution", "-q");
    if (run.exitCode() != 0) {
      throw new IllegalStateException("cannot convert " + text + ": " + run);
    }
    return xml;
  }

  /** The compilation's Russian text: between the rule under "RUSSIAN TEXT (verbatim" and the next rule. */
  private static String russianBlock(Path compilation) throws IOException {
    List<String> lines = Files.readAllLines(compilation, UTF_8);
    List<String> block = new ArrayList<>();
    block.add("Конституция Республики Казахстан");
    int banner = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("RUSSIAN TEXT (verbatim")) {
        banner = i;
        break;
      }
    }
    if (banner < 0) {
      throw new IllegalStateException(compilation + ": no 'RUSSIAN TEXT (verbatim' banner");
    }
    for (int i = banner + 2; i < lines.size() && !lines.get(i).startsWith("====="); i++) {
      block.add(lines.get(i));
    }
    return String.join("\n", block) + "\n";
  }
}
