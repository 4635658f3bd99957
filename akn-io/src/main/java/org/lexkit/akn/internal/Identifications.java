package org.lexkit.akn.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lexkit.akn.FrbrIdentification;
import org.lexkit.akn.internal.jaxb.AkomaNtosoType;
import org.lexkit.akn.internal.jaxb.CoreProperties;
import org.lexkit.akn.internal.jaxb.FRBRExpression;
import org.lexkit.akn.internal.jaxb.FRBRManifestation;
import org.lexkit.akn.internal.jaxb.FRBRWork;
import org.lexkit.akn.internal.jaxb.FRBRauthor;
import org.lexkit.akn.internal.jaxb.FRBRdate;
import org.lexkit.akn.internal.jaxb.FRBRlanguage;
import org.lexkit.akn.internal.jaxb.Identification;
import org.lexkit.akn.internal.jaxb.Meta;
import org.lexkit.akn.internal.jaxb.ValueType;

/** Reads the public {@link FrbrIdentification} records from a JAXB tree. */
public final class Identifications {
  private Identifications() {}

  /**
   * Returns the identification of the document inside {@code <akomaNtoso>}.
   *
   * @param content the document's content
   * @return the identification, or empty if a part the schema requires is missing (only possible when the document
   *     was read without validation)
   */
  public static Optional<FrbrIdentification> of(JaxbDocument content) {
    Meta meta = meta(content.root().getValue());
    Identification identification = meta == null ? null : meta.getIdentification();
    if (identification == null) {
      return Optional.empty();
    }
    FRBRWork work = identification.getFRBRWork();
    FRBRExpression expression = identification.getFRBRExpression();
    FRBRManifestation manifestation = identification.getFRBRManifestation();
    if (work == null || expression == null || manifestation == null || work.getFRBRcountry() == null
        || thisIri(work) == null || thisIri(expression) == null || thisIri(manifestation) == null) {
      return Optional.empty();
    }
    ImmutableList.Builder<String> languages = ImmutableList.builder();
    for (FRBRlanguage language : expression.getFRBRlanguage()) {
      if (language.getLanguage() != null) {
        languages.add(language.getLanguage());
      }
    }
    return Optional.of(new FrbrIdentification(
        new FrbrIdentification.Work(thisIri(work), uris(work), dates(work), authors(work),
            nullToEmpty(work.getFRBRcountry().getValue())),
        new FrbrIdentification.Expression(thisIri(expression), uris(expression), dates(expression),
            authors(expression), languages.build()),
        new FrbrIdentification.Manifestation(thisIri(manifestation), uris(manifestation), dates(manifestation),
            authors(manifestation))));
  }

  private static @Nullable Meta meta(AkomaNtosoType a) {
    if (a.getAct() != null) {
      return a.getAct().getMeta();
    } else if (a.getBill() != null) {
      return a.getBill().getMeta();
    } else if (a.getAmendment() != null) {
      return a.getAmendment().getMeta();
    } else if (a.getAmendmentList() != null) {
      return a.getAmendmentList().getMeta();
    } else if (a.getJudgment() != null) {
      return a.getJudgment().getMeta();
    } else if (a.getDebate() != null) {
      return a.getDebate().getMeta();
    } else if (a.getDebateReport() != null) {
      return a.getDebateReport().getMeta();
    } else if (a.getDoc() != null) {
      return a.getDoc().getMeta();
    } else if (a.getStatement() != null) {
      return a.getStatement().getMeta();
    } else if (a.getPortion() != null) {
      return a.getPortion().getMeta();
    } else if (a.getOfficialGazette() != null) {
      return a.getOfficialGazette().getMeta();
    } else if (a.getDocumentCollection() != null) {
      return a.getDocumentCollection().getMeta();
    }
    return null;
  }

  private static @Nullable String thisIri(CoreProperties level) {
    ValueType value = level.getFRBRthis();
    return value == null ? null : value.getValue();
  }

  private static ImmutableList<String> uris(CoreProperties level) {
    ImmutableList.Builder<String> uris = ImmutableList.builder();
    for (ValueType uri : level.getFRBRuri()) {
      if (uri.getValue() != null) {
        uris.add(uri.getValue());
      }
    }
    return uris.build();
  }

  private static ImmutableList<FrbrIdentification.NamedDate> dates(CoreProperties level) {
    ImmutableList.Builder<FrbrIdentification.NamedDate> dates = ImmutableList.builder();
    List<FRBRdate> frbrDates = level.getFRBRdate();
    for (FRBRdate date : frbrDates) {
      if (date.getDate() != null && !date.getDate().isBlank()) {
        dates.add(new FrbrIdentification.NamedDate(date.getDate(), nullToEmpty(date.getName())));
      }
    }
    return dates.build();
  }

  private static ImmutableList<FrbrIdentification.Author> authors(CoreProperties level) {
    ImmutableList.Builder<FrbrIdentification.Author> authors = ImmutableList.builder();
    for (FRBRauthor author : level.getFRBRauthor()) {
      if (author.getHref() != null) {
        authors.add(new FrbrIdentification.Author(author.getHref(), Optional.ofNullable(author.getAs())));
      }
    }
    return authors.build();
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
