package org.lexkit.akn;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for akn-io's property tests: AKN IRIs and eIds in realistic shapes (the corpus's and the naming
 * convention's examples), including year-only dates, Cyrillic number tokens, subtypes, authors, components,
 * portions and formats.
 */
final class AknGenerators {
  private AknGenerators() {}

  private static final String NUMBER_CHARS = "0123456789abcxyzIVаб";

  /** A random string of {@code min..max} characters drawn from {@code alphabet}. */
  static Gen<String> strings(String alphabet, int min, int max) {
    return random -> {
      int length = Generate.range(min, max).generate(random);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(Generate.range(0, alphabet.length() - 1).generate(random)));
      }
      return text.toString();
    };
  }

  /** A number token as eIds and core ids use it: letters and digits, inner '.' or '-'. */
  static Gen<String> numberTokens() {
    return random -> {
      String head = strings(NUMBER_CHARS, 1, 3).generate(random);
      if (Generate.range(0, 3).generate(random) > 0) {
        return head;
      }
      String joint = Generate.pick(List.of(".", "-")).generate(random);
      return head + joint + strings(NUMBER_CHARS, 1, 2).generate(random);
    };
  }

  static Gen<Eid> eids() {
    Gen<String> refs = Generate.pick(List.of(
        "art", "para", "point", "sec", "chp", "list", "item", "hcontainer", "qstr", "mod", "subsec", "content",
        "intro", "wrapup", "heading", "longTitle"));
    return random -> {
      int depth = Generate.range(1, 4).generate(random);
      StringBuilder eid = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        if (i > 0) {
          eid.append("__");
        }
        eid.append(refs.generate(random));
        if (Generate.range(0, 4).generate(random) > 0) {
          eid.append('_').append(numberTokens().generate(random));
        }
      }
      return Eid.parse(eid.toString());
    };
  }

  static Gen<AknIri.WorkDate> workDates() {
    Gen<AknIri.WorkDate> years = Generate.range(1800, 2100).map(AknIri.WorkDate::ofYear);
    Gen<AknIri.WorkDate> days = Generate.longRange(LocalDate.of(1800, 1, 1).toEpochDay(),
        LocalDate.of(2100, 12, 31).toEpochDay()).map(d -> AknIri.WorkDate.of(LocalDate.ofEpochDay(d)));
    return Generate.oneOf(years, days);
  }

  static Gen<LocalDate> days() {
    return Generate.longRange(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  static Gen<AknIri.Expression> expressions() {
    Gen<String> languages = Generate.pick(List.of("rus", "kaz", "eng", "deu", "mul", "und"));
    Gen<String> versionIds = Generate.oneOf(
        days().map(LocalDate::toString),
        days().map(d -> d + "T13:30:00-03:00"),
        Generate.pick(List.of("ver_final", "first", "final_2", "2")));
    return random -> {
      String language = languages.generate(random);
      AknIri.Expression.Kind kind = Generate.enumValues(AknIri.Expression.Kind.class).generate(random);
      List<String> versions = new ArrayList<>();
      if (kind == AknIri.Expression.Kind.VERSION) {
        int count = Generate.range(0, 2).generate(random);
        for (int i = 0; i < count; i++) {
          versions.add(versionIds.generate(random));
        }
      } else if (kind == AknIri.Expression.Kind.VIRTUAL && Generate.booleans().generate(random)) {
        versions.add(days().generate(random).toString());
      }
      return new AknIri.Expression(language, kind, ImmutableList.copyOf(versions));
    };
  }

  /** Valid IRIs of every level and shape; invalid combinations are redrawn. */
  static Gen<AknIri> iris() {
    Gen<String> countries = Generate.pick(List.of("kz", "za", "uk", "de", "za-cpt", "it-45", "aa-au"));
    Gen<String> types = Generate.pick(List.of("act", "bill", "doc", "judgment", "documentCollection", "statement"));
    Gen<String> subtypes = Generate.pick(List.of("by-law", "constitution", "COMproposal", "resolution"));
    Gen<String> authors = Generate.pick(List.of("ec", "cape-town", "camera", "achpr"));
    Gen<String> numbers = Generate.oneOf(strings("0123456789abcxyz-_()аб", 1, 8),
        Generate.pick(List.of("constitution", "29", "nn", "112-61", "COM(2013)344")));
    Gen<String> componentNames = Generate.pick(List.of("main", "schedule_1", "table_A", "annex-2", "приложение", "6",
        "2a"));
    Gen<Optional<AknIri>> candidates = random -> {
      try {
        AknIri iri = AknIri.work(countries.generate(random), types.generate(random), workDates().generate(random),
            numbers.generate(random));
        if (Generate.booleans().generate(random)) {
          iri = iri.withSubtype(subtypes.generate(random));
          if (Generate.booleans().generate(random)) {
            iri = iri.withAuthor(authors.generate(random));
          }
        }
        if (Generate.range(0, 3).generate(random) > 0) {
          iri = iri.withExpression(expressions().generate(random));
        }
        boolean format = iri.expression().isPresent() && Generate.booleans().generate(random);
        int componentShape = Generate.range(0, 3).generate(random);
        if (componentShape == 1) {
          iri = iri.withComponent(componentNames.generate(random));
        } else if (componentShape == 2) {
          iri = iri.withComponent(componentNames.generate(random), componentNames.generate(random));
        }
        if (Generate.booleans().generate(random)) {
          iri = iri.withPortion(eids().generate(random));
          if (Generate.booleans().generate(random)) {
            iri = new AknIri(iri.country(), iri.type(), iri.subtype(), iri.author(), iri.date(), iri.number(),
                iri.expression(), iri.component(),
                Optional.of(new AknIri.Portion(iri.portion().get().first(), Optional.of(eids().generate(random)))),
                iri.format());
          }
        }
        if (format) {
          iri = iri.withFormat(Generate.pick(List.of("xml", "akn", "pdf", "html5")).generate(random));
          if (componentShape == 3 && iri.portion().isEmpty()) {
            iri = new AknIri(iri.country(), iri.type(), iri.subtype(), iri.author(), iri.date(), iri.number(),
                iri.expression(), Optional.of(new AknIri.Component(ImmutableList.of("main"), false)),
                Optional.empty(), iri.format());
          }
        }
        return Optional.of(iri);
      } catch (IllegalArgumentException ambiguous) {
        // e.g. a portion eId ending in ".a" before no format: the type refuses it, so draw again
        return Optional.empty();
      }
    };
    return candidates.assuming(Optional::isPresent).map(Optional::get);
  }
}
