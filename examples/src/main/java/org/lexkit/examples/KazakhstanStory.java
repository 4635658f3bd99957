package org.lexkit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.lexkit.core.amendment.AddRestrictionGround;
import org.lexkit.core.amendment.Amendment;
import org.lexkit.core.amendment.AmendmentId;
import org.lexkit.core.amendment.AmendmentResult;
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
 * The Kazakhstan story: the right of peaceful assembly in the 1995 Constitution, the January 2026 proposal to
 * widen the grounds on which it may be restricted, and what changed.
 */
public final class KazakhstanStory {
  private KazakhstanStory() {}

  /** Runs the story and prints it to standard output. */
  public static void main(String[] args) {
    tell(System.out);
  }

  static void tell(PrintStream out) {
    ProvisionId art32 = ProvisionId.parse("sec_ii__art_32");
    LegalDocument constitution1995 = LegalDocument.of(
        DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30), "constitution", "rus"),
        "Конституция Республики Казахстан",
        Provision.container(ProvisionKind.SECTION, "II",
            Provision.of(ProvisionKind.ARTICLE, "32",
                "Граждане Республики Казахстан вправе мирно и без оружия собираться, проводить собрания, митинги и"
                    + " демонстрации, шествия и пикетирование. Пользование этим правом может ограничиваться законом"
                    + " в интересах государственной безопасности, общественного порядка, охраны здоровья, защиты"
                    + " прав и свобод других лиц.")));
    RightId assembly = RightId.parse("peaceful-assembly");
    constitution1995 = constitution1995.withRights(RightsCatalogue.of(java.util.List.of(
        Right.of(assembly, "свобода мирных собраний", Holder.CITIZENS, art32,
            RestrictionGround.of("государственной безопасности", art32, CanonicalGround.NATIONAL_SECURITY),
            RestrictionGround.of("общественного порядка", art32, CanonicalGround.PUBLIC_ORDER),
            RestrictionGround.of("охраны здоровья", art32, CanonicalGround.PUBLIC_HEALTH),
            RestrictionGround.of("защиты прав и свобод других лиц", art32, CanonicalGround.RIGHTS_OF_OTHERS)))));

    Amendment proposal = Amendment.of(AmendmentId.parse("kz-2026-01-26-proposal"),
            "Constitutional Commission proposal on the right of peaceful assembly",
            AddRestrictionGround.of(assembly, RestrictionGround.of(
                "защиты основ конституционного строя", art32, CanonicalGround.CONSTITUTIONAL_ORDER)),
            AddRestrictionGround.of(assembly, RestrictionGround.of(
                "обеспечения национальной безопасности", art32, CanonicalGround.NATIONAL_SECURITY)))
        .proposedOn(LocalDate.of(2026, 1, 26));

    AmendmentResult result = proposal.apply(constitution1995);
    out.println("Applying " + proposal.id() + ": " + (result.isApplied() ? "applied" : "refused"));
    result.problems().forEach(problem -> out.println("  " + problem.describe()));
  }
}
