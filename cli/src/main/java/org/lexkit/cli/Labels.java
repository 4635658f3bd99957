package org.lexkit.cli;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.rights.CanonicalGround;

/**
 * The words of lexkit's pages in the document's own language: headings, legends, change kinds, the names of
 * provision kinds and of canonical restriction grounds. Russian, Kazakh, English, German, French and Spanish;
 * any other language gets English. A page is in one language, so a page holds one {@code Labels}.
 *
 * <p>Immutable and thread-safe.
 */
final class Labels {
  /** A word or phrase of the pages' chrome. */
  enum Key {
    CONTENTS, LIFE_CYCLE, REPEALED, NOT_REPRESENTED, RIGHTS, HOLDER, STATED_IN, GROUNDS, ABSOLUTE, LEGEND,
    INSERTED_WORDS, DELETED_WORDS, ADDED, REMOVED, CHANGED, RENUMBERED, NO_CHANGES, SUMMARY, CHANGES_FROM_TO,
    PROVISIONS, GENERAL_LIMITATION, GAINED, LOST, PERMALINK, PREAMBLE, VERSION_OF, BEFORE, AFTER, FINDINGS,
    NOT_PERMITTED_BY, PERMITTED, RIGHTS_REPORT, NONE, NOW_IN_ARTICLE
  }

  // One row per language: the keys in Key's order. A missing translation is a compile-time count mismatch caught
  // by LabelsTest, not an English word on a Russian page.
  private static final ImmutableMap<String, String[]> WORDS = ImmutableMap.of(
      "ru", new String[] {
        "Содержание", "Жизненный цикл", "утратила силу", "Это содержание не представлено в модели; см. исходный"
            + " документ.", "Права и свободы", "Носитель", "Закреплено в", "Основания ограничения", "не подлежит"
            + " ограничению", "Обозначения", "добавленные слова", "исключённые слова", "добавлено", "исключено",
        "изменено", "перенумеровано", "Изменений нет.", "Кратко", "Изменения: %s → %s", "Положения",
        "Общее ограничительное положение", "добавлены основания", "исключены основания", "Ссылка на это положение",
        "Преамбула", "редакция от", "было", "стало", "Выводы", "не допускается", "допускается",
        "Права: сравнение редакций", "нет", "теперь названо в самой статье"},
      "kk", new String[] {
        "Мазмұны", "Өмірлік циклі", "күшін жойды", "Бұл мазмұн модельде берілмеген; бастапқы құжатты қараңыз.",
        "Құқықтар мен бостандықтар", "Иесі", "Бекітілген жері", "Шектеу негіздері", "шектелмейді", "Белгілер",
        "қосылған сөздер", "алынып тасталған сөздер", "қосылды", "алынып тасталды", "өзгертілді", "нөмірі өзгерді",
        "Өзгеріс жоқ.", "Қысқаша", "Өзгерістер: %s → %s", "Ережелер", "Жалпы шектеу ережесі", "қосылған негіздер",
        "алынған негіздер", "Осы ережеге сілтеме", "Кіріспе", "редакциясы", "бұрын", "қазір", "Қорытындылар",
        "рұқсат етілмейді", "рұқсат етіледі", "Құқықтар: редакцияларды салыстыру", "жоқ",
        "енді баптың өзінде аталған"},
      "en", new String[] {
        "Contents", "Life cycle", "repealed", "This content is not represented in the model; see the source"
            + " document.", "Rights and freedoms", "Holder", "Stated in", "Grounds for restriction", "may not be"
            + " restricted", "Legend", "inserted words", "deleted words", "added", "removed", "changed",
        "renumbered", "No changes.", "In short", "Changes from %s to %s", "Provisions", "General limitation clause",
        "grounds gained", "grounds lost", "Link to this provision", "Preamble", "version of", "before", "after",
        "Findings", "not permitted by", "permitted", "Rights: versions compared", "none",
        "now named in the article itself"},
      "de", new String[] {
        "Inhalt", "Lebenszyklus", "aufgehoben", "Dieser Inhalt ist im Modell nicht abgebildet; siehe das"
            + " Ausgangsdokument.", "Rechte und Freiheiten", "Träger", "Festgelegt in", "Einschränkungsgründe",
        "nicht einschränkbar", "Legende", "eingefügte Wörter", "gestrichene Wörter", "hinzugefügt", "entfernt",
        "geändert", "umnummeriert", "Keine Änderungen.", "Kurz gesagt", "Änderungen von %s zu %s", "Vorschriften",
        "Allgemeine Schrankenklausel", "Gründe hinzugekommen", "Gründe entfallen", "Link zu dieser Vorschrift",
        "Präambel", "Fassung vom", "vorher", "nachher", "Befunde", "nicht zulässig nach", "zulässig",
        "Rechte: Fassungen im Vergleich", "keine", "jetzt im Artikel selbst genannt"},
      "fr", new String[] {
        "Sommaire", "Cycle de vie", "abrogé", "Ce contenu n’est pas représenté dans le modèle ; voir le document"
            + " source.", "Droits et libertés", "Titulaire", "Énoncé à", "Motifs de restriction", "ne peut être"
            + " restreint", "Légende", "mots insérés", "mots supprimés", "ajouté", "supprimé", "modifié",
        "renuméroté", "Aucun changement.", "En bref", "Modifications de %s à %s", "Dispositions",
        "Clause générale de limitation", "motifs ajoutés", "motifs retirés", "Lien vers cette disposition",
        "Préambule", "version du", "avant", "après", "Constats", "non admis par", "admis",
        "Droits : versions comparées", "aucun", "désormais nommé dans l’article même"},
      "es", new String[] {
        "Índice", "Ciclo de vida", "derogado", "Este contenido no está representado en el modelo; véase el"
            + " documento original.", "Derechos y libertades", "Titular", "Enunciado en", "Motivos de restricción",
        "no puede restringirse", "Leyenda", "palabras añadidas", "palabras suprimidas", "añadido", "suprimido",
        "modificado", "renumerado", "Sin cambios.", "En resumen", "Cambios de %s a %s", "Disposiciones",
        "Cláusula general de limitación", "motivos añadidos", "motivos retirados", "Enlace a esta disposición",
        "Preámbulo", "versión de", "antes", "después", "Conclusiones", "no admitido por", "admitido",
        "Derechos: versiones comparadas", "ninguno", "ahora nombrado en el propio artículo"});

  /** Provision kinds as a reader names them, for numbers printed without the word ("32" is "Статья 32"). */
  private static final ImmutableMap<String, ImmutableMap<ProvisionKind, String>> KINDS = ImmutableMap.of(
      "ru", kinds("Раздел", "Глава", "Статья", "Пункт", "Подпункт", "Часть"),
      "kk", kinds("Бөлім", "Тарау", "Бап", "Тармақ", "Тармақша", "Бөлік"),
      "en", kinds("Section", "Chapter", "Article", "Paragraph", "Point", "Part"),
      "de", kinds("Abschnitt", "Kapitel", "Artikel", "Absatz", "Nummer", "Teil"),
      "fr", kinds("Section", "Chapitre", "Article", "Alinéa", "Point", "Partie"),
      "es", kinds("Sección", "Capítulo", "Artículo", "Apartado", "Punto", "Parte"));

  private static final String[] GROUND_CODES = {
    "NATIONAL_SECURITY", "TERRITORIAL_INTEGRITY", "PUBLIC_SAFETY", "PUBLIC_ORDER", "PREVENTION_OF_DISORDER_OR_CRIME",
    "PUBLIC_HEALTH", "PUBLIC_MORALS", "REPUTATION_OF_OTHERS", "RIGHTS_OF_OTHERS", "CONFIDENTIAL_INFORMATION",
    "JUDICIARY_AUTHORITY", "CONSTITUTIONAL_ORDER", "SPIRITUAL_AND_MORAL_VALUES"
  };

  /** The canonical grounds in each language; the code itself is never shown to a reader. */
  private static final ImmutableMap<String, ImmutableMap<String, String>> GROUNDS = ImmutableMap.of(
      "ru", grounds("национальная безопасность", "территориальная целостность", "общественная безопасность",
          "общественный порядок", "предотвращение беспорядков и преступлений", "охрана здоровья",
          "нравственность", "репутация других лиц", "права и свободы других лиц", "конфиденциальная информация",
          "авторитет правосудия", "конституционный строй", "духовно-нравственные ценности"),
      "kk", grounds("ұлттық қауіпсіздік", "аумақтық тұтастық", "қоғамдық қауіпсіздік", "қоғамдық тәртіп",
          "тәртіпсіздік пен қылмыстың алдын алу", "денсаулықты қорғау", "имандылық", "басқа адамдардың абыройы",
          "басқа адамдардың құқықтары мен бостандықтары", "құпия ақпарат", "сот билігінің беделі",
          "конституциялық құрылыс", "рухани-адамгершілік құндылықтар"),
      "en", grounds("national security", "territorial integrity", "public safety", "public order",
          "prevention of disorder or crime", "public health", "public morals", "reputation of others",
          "rights and freedoms of others", "confidential information", "authority of the judiciary",
          "constitutional order", "spiritual and moral values"),
      "de", grounds("nationale Sicherheit", "territoriale Unversehrtheit", "öffentliche Sicherheit",
          "öffentliche Ordnung", "Verhütung von Unruhen und Straftaten", "Schutz der Gesundheit", "Moral",
          "guter Ruf anderer", "Rechte und Freiheiten anderer", "vertrauliche Informationen",
          "Ansehen der Rechtsprechung", "Verfassungsordnung", "geistig-moralische Werte"),
      "fr", grounds("sécurité nationale", "intégrité territoriale", "sûreté publique", "ordre public",
          "défense de l’ordre et prévention du crime", "santé publique", "morale publique", "réputation d’autrui",
          "droits et libertés d’autrui", "informations confidentielles", "autorité du pouvoir judiciaire",
          "ordre constitutionnel", "valeurs spirituelles et morales"),
      "es", grounds("seguridad nacional", "integridad territorial", "seguridad pública", "orden público",
          "prevención del desorden o del delito", "salud pública", "moral pública", "reputación de los demás",
          "derechos y libertades de los demás", "información confidencial", "autoridad del poder judicial",
          "orden constitucional", "valores espirituales y morales"));

  /** ISO 639-2 (bibliographic and terminology) and 639-1 codes to the 639-1 code, which is also the BCP 47 tag. */
  private static final ImmutableMap<String, String> LANGUAGES = ImmutableMap.<String, String>builder()
      .put("rus", "ru").put("kaz", "kk").put("eng", "en").put("deu", "de").put("ger", "de").put("fra", "fr")
      .put("fre", "fr").put("spa", "es").build();

  private final String language;

  private Labels(String language) {
    this.language = language;
  }

  /**
   * Returns the labels for a document language.
   *
   * @param language an ISO 639-2 or 639-1 code, as in a document's identity ({@code rus}, {@code kk})
   * @return its labels, or English ones for a language lexkit does not speak
   */
  static Labels of(String language) {
    return new Labels(WORDS.containsKey(tag(language)) ? tag(language) : "en");
  }

  /** Returns the BCP 47 tag for a document language: {@code rus} is {@code ru}; unknown codes are kept. */
  static String tag(String language) {
    String lower = language.toLowerCase(Locale.ROOT);
    return LANGUAGES.getOrDefault(lower, lower);
  }

  /** Returns the language these labels are in, as a BCP 47 tag. */
  String language() {
    return language;
  }

  /** Returns whether these labels are English (so that an English gloss beside them would repeat them). */
  boolean isEnglish() {
    return language.equals("en");
  }

  String get(Key key) {
    return WORDS.get(language)[key.ordinal()];
  }

  /** Returns a phrase with its {@code %s} filled in order. */
  String format(Key key, String... values) {
    return String.format(Locale.ROOT, get(key), (Object[]) values);
  }

  /** Returns the reader's word for a provision kind, if it has one here. */
  Optional<String> kind(ProvisionKind kind) {
    return Optional.ofNullable(KINDS.get(language).get(kind));
  }

  /** Returns the name of a canonical ground in this language; an unknown code is shown in lower case. */
  String ground(CanonicalGround ground) {
    return groundIn(language, ground);
  }

  /** Returns the English name of a canonical ground, for a gloss beside the document language's name. */
  static String groundInEnglish(CanonicalGround ground) {
    return groundIn("en", ground);
  }

  private static String groundIn(String language, CanonicalGround ground) {
    String name = GROUNDS.get(language).get(ground.code());
    return name != null ? name : ground.code().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static int keyCount(String language) {
    return WORDS.get(language).length;
  }

  static Iterable<String> languages() {
    return WORDS.keySet();
  }

  private static ImmutableMap<ProvisionKind, String> kinds(
      String section, String chapter, String article, String paragraph, String point, String part) {
    return ImmutableMap.of(ProvisionKind.SECTION, section, ProvisionKind.CHAPTER, chapter, ProvisionKind.ARTICLE,
        article, ProvisionKind.PARAGRAPH, paragraph, ProvisionKind.POINT, point, ProvisionKind.PART, part);
  }

  private static ImmutableMap<String, String> grounds(String... names) {
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    for (int i = 0; i < GROUND_CODES.length; i++) {
      map.put(GROUND_CODES[i], names[i]);
    }
    return map.buildOrThrow();
  }
}
