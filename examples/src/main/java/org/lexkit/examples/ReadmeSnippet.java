package org.lexkit.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.lexkit.akn.AknReader;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * The code shown in the README. {@code ReadmeSnippetTest} checks that the README quotes the lines between each pair
 * of markers verbatim and runs them, so the README cannot drift from code that compiles.
 */
final class ReadmeSnippet {
  private ReadmeSnippet() {}

  /** Returns the two versions the snippet builds: the original and the amended one. */
  static List<LegalDocument> run() {
    // README-BEGIN
    ProvisionId art32 = ProvisionId.parse("sec_ii__art_32");
    RightId assembly = RightId.parse("peaceful-assembly");
    LegalDocument kz1995 = LegalDocument.of(
            DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30), "constitution", "rus"),
            "Конституция Республики Казахстан",
            Provision.container(ProvisionKind.SECTION, "II", Provision.of(ProvisionKind.ARTICLE, "32", "Граждане ...")))
        .withRights(RightsCatalogue.of(List.of(Right.of(assembly, "peaceful assembly", Holder.CITIZENS, art32,
            RestrictionGround.of("государственной безопасности", art32, CanonicalGround.NATIONAL_SECURITY)))));

    Amendment proposal = Amendment.of(AmendmentId.parse("kz-2026-proposal"), "Assembly grounds",
        AddRestrictionGround.of(assembly,
            RestrictionGround.of("защиты основ конституционного строя", art32, CanonicalGround.CONSTITUTIONAL_ORDER)));
    LegalDocument amended = proposal.applyOrThrow(kz1995);          // kz1995 itself is untouched
    // README-END
    return List.of(kz1995, amended);
  }

  /**
   * The README's first snippet: reads {@code dir/kz-1995.akn.xml}, amends it and writes
   * {@code dir/kz-1995-amended.akn.xml}.
   *
   * @return the document as read, and the amended one
   */
  static List<LegalDocument> readAmendWrite(Path dir) throws IOException {
    // README-READ-AMEND-WRITE-BEGIN
    LegalDocument kz1995 = AknReader.create().readDocument(dir.resolve("kz-1995.akn.xml")).value();

    ProvisionId art32 = ProvisionId.parse("sec_ii__art_32");
    Amendment proposal = Amendment.of(AmendmentId.parse("kz-2026-proposal"), "Assembly grounds",
        AddRestrictionGround.of(RightId.parse("peaceful-assembly"),
            RestrictionGround.of("защиты основ конституционного строя", art32, CanonicalGround.CONSTITUTIONAL_ORDER)));
    LegalDocument amended = proposal.applyOrThrow(kz1995);          // kz1995 itself is untouched

    AknWriter.create().write(amended, dir.resolve("kz-1995-amended.akn.xml"));
    // README-READ-AMEND-WRITE-END
    return List.of(kz1995, amended);
  }
}
