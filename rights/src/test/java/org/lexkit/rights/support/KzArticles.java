package org.lexkit.rights.support;

import java.time.LocalDate;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionKind;

/**
 * Excerpts of the Kazakh constitutions, quoted from the official Russian texts (1995: adilet K950001000_, as
 * amended to 2022; 2026: adilet K2600000000 as copied in the shared domain folder), for example tests that must
 * run without the shared folder. Article and paragraph numbers are the texts' own.
 */
public final class KzArticles {
  public static final String ART_20_1995_1 = "Свобода слова и творчества гарантируются. Цензура запрещается.";
  public static final String ART_20_1995_2 = "Каждый имеет право свободно получать и распространять информацию любым,"
      + " не запрещенным законом способом. Перечень сведений, составляющих государственные секреты Республики"
      + " Казахстан, определяется законом.";
  public static final String ART_20_1995_3 = "Не допускаются пропаганда или агитация насильственного изменения"
      + " конституционного строя, нарушения целостности Республики, подрыва безопасности государства, войны,"
      + " социального, расового, национального, религиозного, сословного и родового превосходства, а также культа"
      + " жестокости и насилия.";
  public static final String ART_32_1995 = "Граждане Республики Казахстан вправе мирно и без оружия собираться,"
      + " проводить собрания, митинги и демонстрации, шествия и пикетирование. Пользование этим правом может"
      + " ограничиваться законом в интересах государственной безопасности, общественного порядка, охраны здоровья,"
      + " защиты прав и свобод других лиц.";
  public static final String ART_39_1995_1 = "Права и свободы человека и гражданина могут быть ограничены только"
      + " законами и лишь в той мере, в какой это необходимо в целях защиты конституционного строя, охраны"
      + " общественного порядка, прав и свобод человека, здоровья и нравственности населения.";
  public static final String ART_39_1995_3 = "Не допускается ни в какой форме ограничение прав и свобод граждан по"
      + " политическим мотивам. Ни в каких случаях не подлежат ограничению права и свободы, предусмотренные"
      + " статьями 11, 13–15, пунктом 1 статьи 16, статьей 17, статьей 19, статьей 22, пунктом 2 статьи 26"
      + " Конституции.";
  public static final String ART_22_1995_1 = "Каждый имеет право на свободу совести.";

  public static final String ART_23_2026_1 = "Свобода слова, научного, технического, художественного творчества"
      + " гарантируется.";
  public static final String ART_23_2026_3 = "Право свободно получать и распространять информацию, за исключением"
      + " государственных секретов, реализуется любыми не запрещенными законом способами.";
  public static final String ART_23_2026_4 = "Свобода слова и свобода распространения информации не должны посягать"
      + " на честь и достоинство других лиц, здоровье граждан и нравственность общества, нарушать общественный"
      + " порядок.";
  public static final String ART_34_2026 = "Граждане Республики Казахстан имеют право на мирные собрания."
      + " Пользование этим правом может ограничиваться законом в целях защиты основ конституционного строя, прав и"
      + " свобод человека и гражданина, обеспечения национальной безопасности, охраны общественного порядка,"
      + " здоровья граждан и нравственности общества.";
  public static final String ART_41_2026_1 = "Права и свободы человека и гражданина могут быть ограничены только"
      + " законами и лишь в той мере, в какой это необходимо в целях защиты основ конституционного строя, прав и"
      + " свобод человека и гражданина, обеспечения национальной безопасности, охраны общественного порядка,"
      + " здоровья граждан и нравственности общества.";

  private KzArticles() {}

  public static DocumentIdentity identity1995() {
    return DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30), "constitution", "rus");
  }

  public static DocumentIdentity identity2026() {
    return DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(2026, 3, 15), "constitution", "rus");
  }

  /** Section II of 1995 with arts. 20, 22, 32 and 39 (paragraphs 1 and 3). */
  public static LegalDocument excerpt1995() {
    return LegalDocument.of(identity1995(), "Конституция Республики Казахстан",
        Provision.container(ProvisionKind.SECTION, "II",
            Provision.container(ProvisionKind.ARTICLE, "20",
                Provision.of(ProvisionKind.PARAGRAPH, "1", ART_20_1995_1),
                Provision.of(ProvisionKind.PARAGRAPH, "2", ART_20_1995_2),
                Provision.of(ProvisionKind.PARAGRAPH, "3", ART_20_1995_3)),
            Provision.container(ProvisionKind.ARTICLE, "22",
                Provision.of(ProvisionKind.PARAGRAPH, "1", ART_22_1995_1)),
            Provision.of(ProvisionKind.ARTICLE, "32", ART_32_1995),
            Provision.container(ProvisionKind.ARTICLE, "39",
                Provision.of(ProvisionKind.PARAGRAPH, "1", ART_39_1995_1),
                Provision.of(ProvisionKind.PARAGRAPH, "3", ART_39_1995_3))));
  }

  /** Section II of 2026 with arts. 23 (paragraphs 1, 3, 4), 34 and 41(1). */
  public static LegalDocument excerpt2026() {
    return LegalDocument.of(identity2026(), "Конституция Республики Казахстан",
        Provision.container(ProvisionKind.SECTION, "II",
            Provision.container(ProvisionKind.ARTICLE, "23",
                Provision.of(ProvisionKind.PARAGRAPH, "1", ART_23_2026_1),
                Provision.of(ProvisionKind.PARAGRAPH, "3", ART_23_2026_3),
                Provision.of(ProvisionKind.PARAGRAPH, "4", ART_23_2026_4)),
            Provision.of(ProvisionKind.ARTICLE, "34", ART_34_2026),
            Provision.container(ProvisionKind.ARTICLE, "41",
                Provision.of(ProvisionKind.PARAGRAPH, "1", ART_41_2026_1))));
  }

  /** A document with only KZ 1995 art. 32, in section II. */
  public static LegalDocument article32Only() {
    return LegalDocument.of(identity1995(), "Конституция Республики Казахстан",
        Provision.container(ProvisionKind.SECTION, "II", Provision.of(ProvisionKind.ARTICLE, "32", ART_32_1995)));
  }

  /** A document with only KZ 2026 art. 34, in section II. */
  public static LegalDocument article34Only() {
    return LegalDocument.of(identity2026(), "Конституция Республики Казахстан",
        Provision.container(ProvisionKind.SECTION, "II", Provision.of(ProvisionKind.ARTICLE, "34", ART_34_2026)));
  }
}
