package org.lexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;
import org.lexkit.core.provision.ProvisionStatus;
import org.lexkit.core.provision.Text;

class HtmlTest {
  private static LegalDocument document(String language, Provision... provisions) {
    return LegalDocument.of(DocumentIdentity.of("kz", DocumentType.ACT, LocalDate.of(2001, 1, 1), "act", language),
        "Act", provisions);
  }

  @Test
  void label_bareNumbers_theKindsWordInTheDocumentsLanguageAndSubNumbersInParentheses() {
    Provision article = Provision.container(ProvisionKind.ARTICLE, "20",
        Provision.of(ProvisionKind.PARAGRAPH, "1.", "Свобода слова гарантируется."));
    ProvisionId paragraph = ProvisionId.parse("art_20__para_1");

    assertThat(Html.label(document("rus", article), paragraph, Labels.of("rus"))).isEqualTo("Статья 20(1)");
    assertThat(Html.label(document("eng", article), paragraph, Labels.of("eng"))).isEqualTo("Article 20(1)");
    assertThat(Html.label(document("deu", article), ProvisionId.parse("art_20"), Labels.of("deu")))
        .isEqualTo("Artikel 20");
  }

  @Test
  void label_printedNumberWithItsWord_keptWithoutTrailingPunctuation() {
    Provision article = Provision.of(ProvisionKind.ARTICLE, "Статья 2.", "Текст.");

    assertThat(Html.label(document("rus", article), ProvisionId.parse("art_2"), Labels.of("rus")))
        .isEqualTo("Статья 2");
  }

  @Test
  void render_provisionWithNothingToShow_visiblePlaceholder() {
    Provision empty = new Provision(ProvisionKind.ARTICLE, Optional.of(Num.of("5")), Optional.empty(),
        ImmutableList.<Text>of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);

    assertThat(HtmlPage.render(document("fra", empty)))
        .contains("<p class=\"not-represented\" role=\"note\">Ce contenu n’est pas représenté dans le modèle")
        .contains("<html lang=\"fr\">").contains("aria-label=\"Sommaire\"");
  }
}
