package org.lexkit.akn.internal.amending;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexkit.akn.AknIri;

/**
 * What a modification's {@code href} names, before it is looked up in the target document: the document (an AKN
 * IRI, a LegalDocML.de ELI, or this act itself for a local {@code #eId}), the element's eId, and a character range
 * when the destination gives one.
 *
 * <p>Forms read: {@code /akn/uk/act/2000-07-28/chapter23/main#sec_3} (work or expression, with or without the
 * {@code main} component, fragment or {@code ~} portion), the same without the leading slash, {@code #sec_8}, and
 * {@code eli/bund/bgbl-1/2021/s818/2021-04-16/1/deu/regelungstext-verkuendung-1/hauptteil-1_art-1_abs-1/29-36.xml}.
 *
 * @param href the attribute as written
 * @param form which of the forms it is
 * @param document the document named: the AKN IRI (work or expression, without component and portion) or the ELI
 *     expression path; empty for {@link Form#LOCAL}
 * @param eid the element named, or empty for the document as a whole
 * @param range characters {@code [from, to)} of the element's text, for ELI destinations that give them
 */
public record Destination(String href, Form form, Optional<String> document, Optional<String> eid,
    Optional<Destination.Characters> range) {

  /** Characters {@code [from, to)} of an element's text. */
  public record Characters(int from, int to) {}

  /** The forms of destination. */
  public enum Form {
    /** An Akoma Ntoso IRI. */
    AKN,
    /** A LegalDocML.de ELI path. */
    ELI,
    /** A fragment of this act itself. */
    LOCAL
  }

  private static final Pattern ELI = Pattern.compile(
      "/?(eli/.+?/[^/]*regelungstext[^/]*)(?:/([^/]+?))?(?:/(\\d+)-(\\d+))?(?:\\.xml)?");
  private static final Pattern MAIN = Pattern.compile("/!?main(?=$|/)");

  /**
   * Reads a destination.
   *
   * @param href the {@code href} (or {@code upTo}) attribute
   * @return what it names
   * @throws IllegalArgumentException with the reason when it is none of the forms
   */
  public static Destination parse(String href) {
    String text = href.trim();
    if (text.startsWith("#")) {
      return new Destination(href, Form.LOCAL, Optional.empty(), Optional.of(text.substring(1)), Optional.empty());
    }
    Matcher eli = ELI.matcher(text);
    if (eli.matches()) {
      Optional<Characters> range = eli.group(3) == null ? Optional.empty()
          : Optional.of(new Characters(Integer.parseInt(eli.group(3)), Integer.parseInt(eli.group(4))));
      if (range.isPresent() && range.get().to() < range.get().from()) {
        throw new IllegalArgumentException("destination '" + href + "' has a reversed character range");
      }
      return new Destination(href, Form.ELI, Optional.of(eli.group(1)), Optional.ofNullable(eli.group(2)), range);
    }
    String iri = text.startsWith("akn/") ? "/" + text : text;
    Optional<String> eid = Optional.empty();
    int hash = iri.indexOf('#');
    if (hash >= 0) {
      eid = Optional.of(iri.substring(hash + 1));
      iri = iri.substring(0, hash);
    }
    int tilde = iri.indexOf("/~");
    if (tilde >= 0) {
      eid = Optional.of(iri.substring(tilde + 2));
      iri = iri.substring(0, tilde);
    }
    iri = MAIN.matcher(iri).replaceFirst("");
    AknIri parsed;
    try {
      parsed = AknIri.parse(iri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("destination '" + href + "' is neither an AKN IRI, a LegalDocML.de ELI"
          + " nor a fragment of this act (" + e.getMessage() + ")", e);
    }
    if (parsed.component().isPresent() || parsed.portion().map(p -> p.last().isPresent()).orElse(false)) {
      throw new IllegalArgumentException("destination '" + href + "' names a component or a range of provisions");
    }
    if (eid.isEmpty() && parsed.portion().isPresent()) {
      eid = Optional.of(parsed.portion().get().first().value());
    }
    String document = parsed.level() == AknIri.Level.WORK ? parsed.toWork().toString()
        : parsed.toExpression().toString();
    return new Destination(href, Form.AKN, Optional.of(document), eid.filter(e -> !e.isEmpty()), Optional.empty());
  }

  /** Returns the AKN IRI of the document named, for {@link Form#AKN}. */
  public AknIri iri() {
    return AknIri.parse(document.orElseThrow());
  }
}
