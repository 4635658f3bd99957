package org.lexkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.document.LifecycleEvent;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;
import org.lexkit.core.rights.CanonicalGround;
import org.lexkit.core.rights.GeneralLimitationClause;
import org.lexkit.core.rights.Holder;
import org.lexkit.core.rights.NonRestrictableRights;
import org.lexkit.core.rights.RestrictionGround;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;
import org.lexkit.core.rights.RightsCatalogue;

/**
 * Part of section II of the Constitution of Kazakhstan of 30 August 1995, built by hand from the official
 * Russian text (/work/shared/domain/kz/constitution-1995.ru.txt): articles 17, 32 and 39, with the right of
 * peaceful assembly (art. 32), the absolute ban on torture (art. 17(2)) and the general limitation clause (art.
 * 39(1)), and the 2026 wording of the assembly article (art. 34 of the Constitution of 2026).
 */
public final class Kazakhstan1995 {
  private Kazakhstan1995() {}

  public static final ProvisionId ART_17 = ProvisionId.parse("sec_ii__art_17");
  public static final ProvisionId ART_32 = ProvisionId.parse("sec_ii__art_32");
  public static final ProvisionId ART_39 = ProvisionId.parse("sec_ii__art_39");
  public static final ProvisionId ART_39_1 = ProvisionId.parse("sec_ii__art_39__para_1");
  public static final RightId ASSEMBLY = RightId.parse("peaceful-assembly");
  public static final RightId TORTURE = RightId.parse("freedom-from-torture");

  public static final String ART_32_TEXT = "Граждане Республики Казахстан вправе мирно и без оружия собираться,"
      + " проводить собрания, митинги и демонстрации, шествия и пикетирование. Пользование этим правом может"
      + " ограничиваться законом в интересах государственной безопасности, общественного порядка, охраны здоровья,"
      + " защиты прав и свобод других лиц.";

  /** Art. 34 of the Constitution of 2026, adopted 15 March 2026, in force 1 July 2026. */
  public static final String ART_34_2026_TEXT = "Граждане Республики Казахстан имеют право на мирные собрания."
      + " Пользование этим правом может ограничиваться законом в целях защиты основ конституционного строя, прав и"
      + " свобод человека и гражданина, обеспечения национальной безопасности, охраны общественного порядка,"
      + " здоровья граждан и нравственности общества.";

  public static final LocalDate ADOPTED = LocalDate.of(1995, 8, 30);

  /** Returns the four grounds of art. 32, mapped as in restriction-grounds.md. */
  public static ImmutableList<RestrictionGround> assemblyGrounds() {
    return ImmutableList.of(
        RestrictionGround.of("государственной безопасности", ART_32, CanonicalGround.NATIONAL_SECURITY),
        RestrictionGround.of("общественного порядка", ART_32, CanonicalGround.PUBLIC_ORDER),
        RestrictionGround.of("охраны здоровья", ART_32, CanonicalGround.PUBLIC_HEALTH),
        RestrictionGround.of("защиты прав и свобод других лиц", ART_32, CanonicalGround.RIGHTS_OF_OTHERS));
  }

  /** Returns the excerpt of the 1995 Constitution. */
  public static LegalDocument constitution() {
    Provision art17 = Provision.container(ProvisionKind.ARTICLE, "17",
        Provision.of(ProvisionKind.PARAGRAPH, "1.", "Достоинство человека неприкосновенно."),
        Provision.of(ProvisionKind.PARAGRAPH, "2.", "Никто не должен подвергаться пыткам, насилию, другому"
            + " жестокому или унижающему человеческое достоинство обращению или наказанию."));
    Provision art32 = Provision.of(ProvisionKind.ARTICLE, "32", ART_32_TEXT);
    Provision art39 = Provision.container(ProvisionKind.ARTICLE, "39",
        Provision.of(ProvisionKind.PARAGRAPH, "1.", "Права и свободы человека и гражданина могут быть ограничены"
            + " только законами и лишь в той мере, в какой это необходимо в целях защиты конституционного строя,"
            + " охраны общественного порядка, прав и свобод человека, здоровья и нравственности населения."),
        Provision.of(ProvisionKind.PARAGRAPH, "2.", "Признаются неконституционными любые действия, способные"
            + " нарушить межнациональное и межконфессиональное согласие."),
        Provision.of(ProvisionKind.PARAGRAPH, "3.", "Не допускается ни в какой форме ограничение прав и свобод"
            + " граждан по политическим мотивам. Ни в каких случаях не подлежат ограничению права и свободы,"
            + " предусмотренные статьями 11, 13–15, пунктом 1 статьи 16, статьей 17, статьей 19, статьей 22,"
            + " пунктом 2 статьи 26 Конституции."));
    Provision section = new Provision(ProvisionKind.SECTION, Optional.of(Num.of("Раздел II")),
        Optional.of(Text.of("Человек и гражданин")), ImmutableList.of(), ImmutableList.of(art17, art32, art39),
        ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);

    Right assembly = new Right(ASSEMBLY, "свобода мирных собраний", Optional.of("assem"), Holder.CITIZENS,
        ImmutableList.of(ART_32), false, assemblyGrounds());
    Right torture = Right.absolute(TORTURE, "запрет пыток", Holder.EVERYONE,
        ProvisionId.parse("sec_ii__art_17__para_2"));
    RightsCatalogue rights = new RightsCatalogue(ImmutableMap.of(ASSEMBLY, assembly, TORTURE, torture),
        ImmutableList.of(GeneralLimitationClause.of(ART_39_1,
            RestrictionGround.of("защиты конституционного строя", ART_39_1, CanonicalGround.CONSTITUTIONAL_ORDER),
            RestrictionGround.of("охраны общественного порядка", ART_39_1, CanonicalGround.PUBLIC_ORDER),
            RestrictionGround.of("прав и свобод человека", ART_39_1, CanonicalGround.RIGHTS_OF_OTHERS),
            RestrictionGround.of("здоровья населения", ART_39_1, CanonicalGround.PUBLIC_HEALTH),
            RestrictionGround.of("нравственности населения", ART_39_1, CanonicalGround.PUBLIC_MORALS))),
        ImmutableList.of(),
        ImmutableList.of(NonRestrictableRights.of(ProvisionId.parse("sec_ii__art_39__para_3"), ART_17)));

    return new LegalDocument(
        DocumentIdentity.of("kz", DocumentType.CONSTITUTION, ADOPTED, "constitution", "rus"),
        "Конституция Республики Казахстан", Optional.empty(), Provision.body(ImmutableList.of(section)), rights,
        ImmutableList.of(LifecycleEvent.of(ADOPTED, LifecycleEvent.Type.GENERATION, "республиканский референдум")));
  }
}
