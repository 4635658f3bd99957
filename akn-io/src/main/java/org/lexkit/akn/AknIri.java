package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An Akoma Ntoso IRI naming a work, an expression or a manifestation, possibly narrowed to a component and a
 * portion: {@code /akn/kz/act/1995-08-30/constitution} (work),
 * {@code /akn/kz/act/1995-08-30/constitution/rus@2022-09-17} (expression),
 * {@code /akn/kz/act/1995-08-30/constitution/rus@2022-09-17/main.xml} (manifestation component).
 *
 * <p>Grammar (AKN Naming Convention 1.0, §4.5-4.8, numbered as in its Committee Specification Draft 03; the global
 * form without protocol and authority, as Akoma Ntoso XML stores it, §4.3):
 *
 * <pre>
 * iri        = "/akn/" country "/" type ["/" subtype] ["/" author] "/" date "/" number
 *              ["/" language [("@" | ":") [version *(";" version)]]]
 *              ["/" (component ["~" portion] | "~" portion | name)]   ; name only before a format
 *              ["." format]                                        ; only with an expression
 * country    = 2 lower-case letters ["-" subdivision]              ; kz, za-cpt, it-45
 * type       = letter *(letter | digit | "-")                     ; act, bill, documentCollection
 * subtype, author = letter *(letter | digit | "." | "_" | "-")      ; by-law, ec, cape-town
 * date       = YYYY-MM-DD | YYYY                                   ; the convention's examples use both (§4.5)
 * number     = 1*(letter | digit | "_" | "-" | "(" | ")")           ; 29, constitution, 112-61, nn
 * language   = 3 lower-case letters (ISO 639-2 alpha-3)            ; rus, eng, mul, und
 * version    = YYYY-MM-DD[Thh:mm[:ss][zone]] | 1*(letter | digit | "_" | "-")   ; 2022-09-17, ver_final
 * component  = "!" name *("/" name)                                ; !main, !schedule_1/table_A, !6
 * name       = (letter | digit) *(letter | digit | "_" | "-")      ; a file name (main.xml) starts with a letter
 * portion    = eId ["->" eId]                                      ; art_5, art_3->art_5
 * format     = lower-case letter *(lower-case letter | digit)      ; xml, akn, pdf
 * </pre>
 *
 * <p>The expression's marker says which version is meant: none for the version in force when the IRI is
 * dereferenced ({@code rus}), {@code @} for the original ({@code rus@}) or an exact version ({@code rus@2022-09-17}),
 * {@code :} for a <em>virtual</em> expression, the latest version at or before a date ({@code rus:2020-01-01}) or any
 * version ({@code rus:}). {@link #resolve} picks the matching member of a set of expressions.
 *
 * <p>Not supported, and rejected with a message that says so: an extra name after the number, date intervals
 * ({@code :2010-01-01->2015-12-31}), manifestation annotations between the expression and the format
 * ({@code /CIRSFID/2011-07-15.akn}), a {@code .} inside the work number (it would be ambiguous with a manifestation
 * format), and a format after a work-level IRI ({@code /akn/za/act/2005/5/~sec_5.html}: a format belongs to an
 * expression, §4.7).
 *
 * <p>{@link #parse} reads exactly the grammar above. {@link #parseLenient} also reads three forms that other tools
 * write and the convention does not define, and says which it met ({@link Deviation}): no {@code /akn} prefix
 * ({@code /gh/act/2020/1013/eng@2020-04-03}, the form before the prefix was settled), trailing slashes, and a work
 * date of a year and month ({@code 2018-05}).
 *
 * <p>Invariants: a format implies an expression (a manifestation is a format of an expression); a component written
 * without {@code !} ({@code main.xml}) only occurs before a format; a portion without a format never ends like one;
 * the text form is unambiguous, so that {@code parseLenient(iri.toString()).iri().equals(iri)} for every instance,
 * and {@code parse(iri.toString()).equals(iri)} for every instance whose date is not of
 * {@link WorkDate.Precision#MONTH month precision} (which only the lenient parse reads).
 *
 * <pre>{@code
 * AknIri kz = AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@2022-09-17");
 * kz.level();                     // EXPRESSION
 * kz.toWork().toString();         // "/akn/kz/act/1995-08-30/constitution"
 * kz.withPortion(Eid.parse("art_32")).toString();   // ".../rus@2022-09-17/~art_32"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param country the country code, with an optional subdivision
 * @param type the document type, e.g. {@code act}
 * @param subtype the subtype, e.g. {@code by-law}, or empty
 * @param author the emanating author, e.g. {@code ec}, or empty (only with a subtype)
 * @param date the work date
 * @param number the work number or name, e.g. {@code 29} or {@code constitution}
 * @param expression the language and version, or empty for a work-level IRI
 * @param component the component, or empty
 * @param portion the portion, or empty
 * @param format the manifestation's data format, e.g. {@code xml}, or empty
 */
public record AknIri(
    String country,
    String type,
    Optional<String> subtype,
    Optional<String> author,
    WorkDate date,
    String number,
    Optional<Expression> expression,
    Optional<Component> component,
    Optional<Portion> portion,
    Optional<String> format) implements Comparable<AknIri> {

  private static final String PREFIX = "/akn/";
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}(?:-[a-z0-9]{1,16})?");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
  private static final Pattern QUALIFIER = Pattern.compile("\\p{L}[\\p{L}\\p{N}._-]*");
  private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}_()-]+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final Pattern DATE_TIME = Pattern.compile(
      "([0-9]{4}-[0-9]{2}-[0-9]{2})T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2})?");
  private static final Pattern VERSION_LABEL = Pattern.compile("[\\p{L}\\p{N}_-]+");
  // §4.8.1 asks for "a unique name for the attachment" and no more; real documents and other tools use numbers
  // alone (!6). A file name without '!' keeps its letter first, so that it never reads as a date or a number.
  private static final Pattern COMPONENT_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");
  private static final Pattern FILE_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_-]*");
  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*");
  private static final Pattern EXPRESSION_SEGMENT = Pattern.compile("([^@:.]*)(?:([@:])([^.]*))?(?:\\.(.*))?");
  private static final Splitter SLASH = Splitter.on('/');

  private static final Comparator<Optional<String>> OPTIONAL_TEXT =
      Comparators.emptiesFirst(Comparator.<String>naturalOrder());
  private static final Comparator<AknIri> ORDER = Comparator.comparing(AknIri::country)
      .thenComparing(AknIri::type)
      .thenComparing(AknIri::subtype, OPTIONAL_TEXT)
      .thenComparing(AknIri::author, OPTIONAL_TEXT)
      .thenComparing(AknIri::date)
      .thenComparing(AknIri::number)
      .thenComparing(AknIri::expression, Comparators.emptiesFirst(Comparator.<Expression>naturalOrder()))
      .thenComparing(iri -> iri.component.map(Component::toString), OPTIONAL_TEXT)
      .thenComparing(iri -> iri.portion.map(Portion::toString), OPTIONAL_TEXT)
      .thenComparing(AknIri::format, OPTIONAL_TEXT);

  /** The FRBR level an IRI names. */
  public enum Level {
    /** The abstract work, independent of language and version. */
    WORK,
    /** One language version of the work at one point in time. */
    EXPRESSION,
    /** One data format of an expression. */
    MANIFESTATION
  }

  /** Checks the invariants. */
  public AknIri {
    // Every null check before any format check, so that a null is always reported as such.
    checkNotNull(country, "country");
    checkNotNull(type, "type");
    checkNotNull(subtype, "subtype");
    checkNotNull(author, "author");
    checkNotNull(date, "date");
    checkNotNull(number, "number");
    checkNotNull(expression, "expression");
    checkNotNull(component, "component");
    checkNotNull(portion, "portion");
    checkNotNull(format, "format");
    checkPart(COUNTRY, country, country, "country", "two lower-case letters, optionally '-' and a subdivision");
    checkNotNull(type, "type");
    checkPart(TYPE, type, type, "document type", "a letter followed by letters, digits or '-', e.g. act");
    checkNotNull(subtype, "subtype");
    subtype.ifPresent(s -> checkPart(QUALIFIER, s, s, "subtype", "a letter followed by letters, digits, '.', '_'"
        + " or '-', e.g. by-law"));
    checkNotNull(author, "author");
    author.ifPresent(a -> checkPart(QUALIFIER, a, a, "author", "a letter followed by letters, digits, '.', '_' or"
        + " '-', e.g. ec"));
    checkArgument(author.isEmpty() || subtype.isPresent(),
        "an AKN IRI with an author (%s) needs a subtype before it", author.orElse(""));
    checkNotNull(date, "date");
    checkNotNull(number, "number");
    checkPart(NUMBER, number, number, "work number", "letters, digits, '_', '-' or parentheses, e.g. 29 or nn");
    checkNotNull(expression, "expression");
    checkNotNull(component, "component");
    checkNotNull(portion, "portion");
    checkNotNull(format, "format");
    format.ifPresent(f -> checkPart(FORMAT, f, f, "format", "lower-case letters and digits, e.g. xml"));
    checkArgument(format.isEmpty() || expression.isPresent(),
        "a manifestation format (.%s) needs an expression (language and version) before it", format.orElse(""));
    checkArgument(component.map(Component::marked).orElse(true) || (format.isPresent() && portion.isEmpty()),
        "a component without '!' (%s) is only allowed as a manifestation file name such as main.xml",
        component.map(Component::toString).orElse(""));
    if (portion.isPresent() && format.isEmpty()) {
      String last = portion.get().toString();
      checkArgument(formatSuffix(last).isEmpty(),
          "portion ~%s ends like a manifestation format (.%s); %s", last, formatSuffix(last).orElse(""),
          expression.isPresent() ? "write it with a format, e.g. .xml"
              : "a work-level IRI cannot carry it (give it an expression and a format, e.g. /eng/~" + last + ".xml)");
    }
  }

  // ------------------------------------------------------------------------------------------------ factories

  /**
   * Returns a work-level IRI without subtype or author.
   *
   * @param country e.g. {@code kz}
   * @param type e.g. {@code act}
   * @param date the work date
   * @param number e.g. {@code constitution}
   * @return the IRI
   * @throws IllegalArgumentException if a part is malformed
   */
  public static AknIri work(String country, String type, WorkDate date, String number) {
    return new AknIri(country, type, Optional.empty(), Optional.empty(), date, number, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Parses a global AKN IRI that follows the grammar above exactly.
   *
   * @param text e.g. {@code /akn/kz/act/1995-08-30/constitution/rus@2022-09-17/!main}
   * @return the IRI
   * @throws IllegalArgumentException if the text does not follow the grammar above; the message quotes the text and
   *     names the part that is wrong, and says when {@link #parseLenient} would read it
   */
  public static AknIri parse(String text) {
    checkNotNull(text, "text");
    if (!text.startsWith(PREFIX)) {
      throw bad(text, "it should start with '/akn/'"
          + (looksPrefixless(text) ? " (parseLenient reads it without)" : ""));
    }
    if (text.length() > PREFIX.length() && text.endsWith("/")) {
      throw bad(text, "it has an empty segment (a trailing '/'; parseLenient drops it)");
    }
    return parse(text, text.substring(PREFIX.length()), null);
  }

  /**
   * Parses a global AKN IRI as other tools write it: like {@link #parse}, and also without the {@code /akn} prefix
   * ({@code /gh/act/2020/1013/eng@2020-04-03}), with trailing slashes ({@code /gh/act/2020/1013/}), and with a work
   * date of a year and month ({@code /akn/za/act/2018-05/3}). These forms are outside the naming convention, so each
   * one met is reported as a {@link Deviation}; nothing else is accepted, and nothing is dropped without a deviation
   * saying so.
   *
   * <p>A prefix is added only where the text starts with {@code /} and a country code; anything else is refused as
   * {@link #parse} refuses it.
   *
   * @param text e.g. {@code /gh/act/2020/1013/}
   * @return the IRI, and what the text did differently from the convention (empty if it conforms, in which case the
   *     IRI is {@code parse(text)})
   * @throws IllegalArgumentException if even these forms do not fit; the message quotes the text as given
   */
  public static LenientParse parseLenient(String text) {
    checkNotNull(text, "text");
    List<Deviation> deviations = new ArrayList<>();
    String body;
    if (text.startsWith(PREFIX)) {
      body = text.substring(PREFIX.length());
    } else if (looksPrefixless(text)) {
      body = text.substring(1);
      deviations.add(new Deviation(Deviation.Kind.MISSING_PREFIX,
          "no '/akn' prefix before '" + text.substring(0, text.indexOf('/', 1))
              + "' (the naming convention requires it, §4.5); read as if present"));
    } else {
      throw bad(text, "it should start with '/akn/', or without the prefix with '/' and a country code such as kz");
    }
    int end = body.length();
    while (end > 0 && body.charAt(end - 1) == '/') {
      end--;
    }
    Optional<Deviation> trailing = end == body.length() ? Optional.empty() : Optional.of(new Deviation(
        Deviation.Kind.TRAILING_SLASH, "dropped " + (body.length() - end) + " trailing '/' after '"
            + body.substring(0, end) + "'"));
    AknIri iri = parse(text, body.substring(0, end), deviations);
    trailing.ifPresent(deviations::add); // last, as in the text
    return new LenientParse(iri, ImmutableList.copyOf(deviations));
  }

  /**
   * The parse both entry points share: {@code body} is the text after the {@code /akn/} prefix; {@code deviations}
   * is null for the strict parse, else the list the lenient forms met are added to. Messages quote {@code input}.
   */
  private static AknIri parse(String input, String body, @Nullable List<Deviation> deviations) {
    List<String> parts = SLASH.splitToList(body);
    for (String part : parts) {
      if (part.isEmpty()) {
        throw bad(input, "it has an empty segment (a doubled or trailing '/')");
      }
    }
    if (parts.size() < 2) {
      throw bad(input, "it needs at least country, document type, date and number");
    }
    String country = parts.get(0);
    check(input, COUNTRY, country, "country", "two lower-case letters, optionally '-' and a subdivision, e.g. kz");
    String type = parts.get(1);
    check(input, TYPE, type, "document type", "a letter followed by letters, digits or '-', e.g. act");
    int i = 2;
    List<String> qualifiers = new ArrayList<>(2);
    while (i < parts.size() && !startsWithDigit(parts.get(i))) {
      if (qualifiers.size() == 2) {
        throw bad(input, "expected the work date (YYYY-MM-DD or YYYY) after at most a subtype and an author, found '"
            + parts.get(i) + "'");
      }
      check(input, QUALIFIER, parts.get(i), qualifiers.isEmpty() ? "subtype" : "author",
          "a letter followed by letters, digits, '.', '_' or '-'");
      qualifiers.add(parts.get(i));
      i++;
    }
    if (i >= parts.size()) {
      throw bad(input, "it has no work date (YYYY-MM-DD or YYYY)");
    }
    WorkDate date;
    try {
      String dateText = parts.get(i++);
      if (deviations != null && MONTH.matcher(dateText).matches()) {
        date = WorkDate.ofMonth(WorkDate.parseMonth(dateText));
        deviations.add(new Deviation(Deviation.Kind.MONTH_DATE, "work date '" + dateText + "' is a year and month"
            + " (the naming convention writes YYYY-MM-DD or YYYY, §4.5); kept with month precision"));
      } else {
        date = WorkDate.parse(dateText);
      }
    } catch (IllegalArgumentException e) {
      throw bad(input, e.getMessage());
    }
    if (i >= parts.size()) {
      throw bad(input, "it has no work number after the date (use 'nn' for an unnumbered work)");
    }
    String number = parts.get(i++);
    if (number.indexOf('@') >= 0 || number.indexOf(':') >= 0) {
      throw bad(input, "it has no work number after the date, but the expression '" + number
          + "' (use 'nn' for an unnumbered work)");
    }
    if (number.indexOf('.') >= 0) {
      throw bad(input, "work number '" + number + "' contains '.', which is reserved for a manifestation format");
    }
    check(input, NUMBER, number, "work number", "letters, digits, '_', '-' or parentheses, e.g. 29 or nn");

    Optional<Expression> expression = Optional.empty();
    Optional<String> format = Optional.empty();
    if (i < parts.size() && !isTailStart(parts.get(i))) {
      if (i + 2 < parts.size() && !isTailStart(parts.get(i + 1))) {
        throw bad(input, "unexpected segment '" + parts.get(i + 1) + "' after the expression '" + parts.get(i)
            + "' (names after the number and manifestation annotations are not supported)");
      }
      String segment = parts.get(i++);
      Matcher m = EXPRESSION_SEGMENT.matcher(segment);
      checkArgument(m.matches());
      String language = m.group(1);
      if (!LANGUAGE.matcher(language).matches()) {
        throw bad(input, "'" + language + "' is not a language (expected an ISO 639-2 alpha-3 code such as eng,"
            + " then '@' or ':' and an optional version)");
      }
      Expression.Kind kind = m.group(2) == null ? Expression.Kind.CURRENT
          : m.group(2).equals("@") ? Expression.Kind.VERSION : Expression.Kind.VIRTUAL;
      ImmutableList<String> versions = Expression.parseVersions(input, kind, m.group(3) == null ? "" : m.group(3));
      try {
        expression = Optional.of(new Expression(language, kind, versions));
      } catch (IllegalArgumentException e) {
        throw bad(input, e.getMessage());
      }
      if (m.group(4) != null) {
        if (i < parts.size()) {
          throw bad(input, "the manifestation format '." + m.group(4) + "' must come last");
        }
        check(input, FORMAT, m.group(4), "format", "lower-case letters and digits, e.g. xml");
        format = Optional.of(m.group(4));
      }
    }

    Optional<Component> component = Optional.empty();
    Optional<Portion> portion = Optional.empty();
    if (i < parts.size()) {
      String tail = Joiner.on('/').join(parts.subList(i, parts.size()));
      Optional<String> suffix = formatSuffix(tail);
      if (suffix.isPresent()) {
        if (expression.isEmpty()) {
          // §4.7: a manifestation is a format of an expression. Other tools read ~sec_5.html as a portion of the work
          // in HTML; reading it as an eId 'sec_5.html' would be silently wrong, and a work has no format to keep.
          throw bad(input, "'" + tail + "' ends in the manifestation format '." + suffix.get() + "', but a format"
              + " needs an expression (language and version) before it, e.g. '/eng/" + tail + "' (§4.7); an eId"
              + " ending in '.' and letters would be ambiguous with it");
        }
        format = suffix;
        tail = tail.substring(0, tail.length() - suffix.get().length() - 1);
      }
      int tilde = tail.indexOf('~');
      String componentText = tilde < 0 ? tail : tail.substring(0, tilde);
      if (tilde >= 0) {
        portion = Optional.of(Portion.parsePart(input, tail.substring(tilde + 1)));
      }
      if (!componentText.isEmpty()) {
        component = Optional.of(Component.parsePart(input, componentText, format.isPresent()));
      }
    }
    try {
      return new AknIri(country, type, qualifiers.isEmpty() ? Optional.empty() : Optional.of(qualifiers.get(0)),
          qualifiers.size() < 2 ? Optional.empty() : Optional.of(qualifiers.get(1)), date, number, expression,
          component, portion, format);
    } catch (IllegalArgumentException e) {
      throw bad(input, e.getMessage());
    }
  }

  // ------------------------------------------------------------------------------------------------ with-ers

  /** Returns a copy with {@code subtype} as its subtype, e.g. {@code by-law}. */
  public AknIri withSubtype(String subtype) {
    return new AknIri(country, type, Optional.of(subtype), author, date, number, expression, component, portion,
        format);
  }

  /** Returns a copy with {@code author} as its emanating author; it needs a subtype. */
  public AknIri withAuthor(String author) {
    return new AknIri(country, type, subtype, Optional.of(author), date, number, expression, component, portion,
        format);
  }

  /**
   * Returns the expression of this work in {@code language} dated {@code versionDate} ({@code .../rus@2022-09-17}),
   * without component, portion or format.
   *
   * @param language an ISO 639-2 alpha-3 code
   * @param versionDate the expression date
   * @return the expression-level IRI
   */
  public AknIri withVersion(String language, LocalDate versionDate) {
    return withExpression(new Expression(language, Expression.Kind.VERSION, ImmutableList.of(versionDate.toString())));
  }

  /** Returns the original expression of this work in {@code language} ({@code .../rus@}). */
  public AknIri withOriginalVersion(String language) {
    return withExpression(new Expression(language, Expression.Kind.VERSION, ImmutableList.of()));
  }

  /** Returns the virtual expression in force at {@code date} in {@code language} ({@code .../rus:2020-01-01}). */
  public AknIri withVersionAsOf(String language, LocalDate date) {
    return withExpression(new Expression(language, Expression.Kind.VIRTUAL, ImmutableList.of(date.toString())));
  }

  /** Returns this IRI's work with {@code expression}, without component, portion or format. */
  public AknIri withExpression(Expression expression) {
    checkNotNull(expression, "expression");
    return new AknIri(country, type, subtype, author, date, number, Optional.of(expression), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy narrowed to a component, e.g. {@code withComponent("main")} or
   * {@code withComponent("schedule_1", "table_A")}, keeping any portion and format.
   *
   * @param first the first component name
   * @param rest nested component names
   * @return the narrowed IRI
   */
  public AknIri withComponent(String first, String... rest) {
    ImmutableList<String> names = ImmutableList.<String>builder().add(first).add(rest).build();
    return new AknIri(country, type, subtype, author, date, number, expression,
        Optional.of(new Component(names, true)), portion, format);
  }

  /** Returns a copy narrowed to the portion rooted at {@code eid}, keeping component and format. */
  public AknIri withPortion(Eid eid) {
    return new AknIri(country, type, subtype, author, date, number, expression,
        component, Optional.of(new Portion(eid, Optional.empty())), format);
  }

  /** Returns the manifestation of this expression (with its component and portion) in {@code format}. */
  public AknIri withFormat(String format) {
    return new AknIri(country, type, subtype, author, date, number, expression, component, portion,
        Optional.of(format));
  }

  // ------------------------------------------------------------------------------------------------ queries

  /** Returns the FRBR level: manifestation with a format, expression with a language, else work. */
  public Level level() {
    return format.isPresent() ? Level.MANIFESTATION : expression.isPresent() ? Level.EXPRESSION : Level.WORK;
  }

  /** Returns the work this IRI belongs to, without expression, component, portion or format. */
  public AknIri toWork() {
    return new AknIri(country, type, subtype, author, date, number, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * Returns the expression as a whole (without component, portion or format).
   *
   * @throws IllegalStateException if this is a work-level IRI
   */
  public AknIri toExpression() {
    if (expression.isEmpty()) {
      throw new IllegalStateException("work-level IRI " + this + " has no expression");
    }
    return new AknIri(country, type, subtype, author, date, number, expression, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns the member of {@code expressions} this expression-level reference designates, following AKN Naming
   * Convention §4.6:
   *
   * <ul>
   *   <li>{@code rus@2022-09-17}: the expression of exactly that date; {@code rus@ver_final}: the one with exactly
   *       that version label;
   *   <li>{@code rus@}: the original, i.e. the one written {@code rus@} if present, else the earliest dated one;
   *   <li>{@code rus:2020-01-01}: the latest expression dated at or before that date; {@code rus:} the latest one;
   *   <li>{@code rus}: the version current at {@code today}, i.e. the latest one dated at or before it.
   * </ul>
   *
   * <p>Only expressions of the same work and language are considered; their components, portions and formats are
   * ignored. An expression's date is its first version identifier that is a date.
   *
   * @param expressions candidate expressions, in any order; members of other works or languages are skipped
   * @param today the day of dereferencing, used only for a reference without {@code @} or {@code :}
   * @return the matching member as given, or empty when none matches
   * @throws IllegalStateException if this IRI has no expression
   * @throws IllegalArgumentException if a candidate has no expression
   */
  public Optional<AknIri> resolve(Iterable<AknIri> expressions, LocalDate today) {
    checkNotNull(expressions, "expressions");
    checkNotNull(today, "today");
    Expression wanted = expression.orElseThrow(() -> new IllegalStateException(
        "work-level IRI " + this + " names no version; resolve needs an expression-level reference"));
    AknIri work = toWork();
    List<AknIri> candidates = new ArrayList<>();
    for (AknIri candidate : expressions) {
      checkArgument(candidate.expression.isPresent(), "candidate %s is not an expression", candidate);
      if (candidate.toWork().equals(work) && candidate.expression.get().language.equals(wanted.language)) {
        candidates.add(candidate);
      }
    }
    switch (wanted.kind) {
      case VERSION:
        if (wanted.isOriginal()) {
          return candidates.stream().filter(c -> c.expression.get().isOriginal()).findFirst()
              .or(() -> candidates.stream().filter(c -> c.expression.get().versionDate().isPresent())
                  .min(Comparator.comparing(c -> c.expression.get().versionDate().get())));
        }
        return candidates.stream().filter(c -> c.expression.get().kind == Expression.Kind.VERSION
            && c.expression.get().versions.equals(wanted.versions)).findFirst()
            .or(() -> wanted.versionDate().flatMap(day -> candidates.stream()
                .filter(c -> c.expression.get().versionDate().equals(Optional.of(day))).findFirst()));
      case VIRTUAL:
        return latestAtOrBefore(candidates, wanted.versionDate());
      case CURRENT:
        return latestAtOrBefore(candidates, Optional.of(today));
    }
    throw new AssertionError(wanted.kind);
  }

  private static Optional<AknIri> latestAtOrBefore(List<AknIri> candidates, Optional<LocalDate> limit) {
    return candidates.stream()
        .filter(c -> c.expression.get().versionDate().isPresent())
        .filter(c -> limit.isEmpty() || !c.expression.get().versionDate().get().isAfter(limit.get()))
        .max(Comparator.comparing(c -> c.expression.get().versionDate().get()));
  }

  /** Orders by the work's parts, then expression (language, then version), component, portion and format. */
  @Override
  public int compareTo(AknIri other) {
    return ORDER.compare(this, other);
  }

  /** Returns the global IRI text, e.g. {@code /akn/kz/act/1995-08-30/constitution/rus@2022-09-17}. */
  @Override
  public String toString() {
    StringBuilder iri = new StringBuilder(PREFIX).append(country).append('/').append(type);
    subtype.ifPresent(s -> iri.append('/').append(s));
    author.ifPresent(a -> iri.append('/').append(a));
    iri.append('/').append(date).append('/').append(number);
    expression.ifPresent(e -> iri.append('/').append(e));
    if (component.isPresent()) {
      iri.append('/').append(component.get());
      portion.ifPresent(p -> iri.append('~').append(p));
    } else if (portion.isPresent()) {
      iri.append("/~").append(portion.get());
    }
    format.ifPresent(f -> iri.append('.').append(f));
    return iri.toString();
  }

  // ------------------------------------------------------------------------------------------------ parts

  /**
   * The date of a work: a day, or only a year where the source gives no more ({@code /akn/uk/act/1998/29}), or, read
   * by {@link #parseLenient} only, a year and month ({@code /akn/za/act/2018-05/3}).
   *
   * <p>Invariant: a date is stored as the first day of its precision's period (1 January for a year, the 1st for a
   * month) and prints at its precision.
   *
   * <p>Immutable and thread-safe.
   *
   * @param date the day, or the first day of the year or month
   * @param precision how much of {@code date} is known
   */
  public record WorkDate(LocalDate date, Precision precision) implements Comparable<WorkDate> {
    /** How much of a work date is known, from the coarsest. */
    public enum Precision {
      /** {@code YYYY}: the naming convention's form where the year is enough (§4.5). */
      YEAR,
      /** {@code YYYY-MM}: written by other tools, outside the naming convention; only the lenient parse reads it. */
      MONTH,
      /** {@code YYYY-MM-DD}. */
      DAY
    }

    /** Checks that the date is the first day of its period and that the year has four digits. */
    public WorkDate {
      checkNotNull(date, "date");
      checkNotNull(precision, "precision");
      checkArgument(date.getYear() >= 1 && date.getYear() <= 9999, "work year %s is not four digits",
          date.getYear());
      checkArgument(precision != Precision.YEAR || date.getDayOfYear() == 1,
          "a year-only date must be stored as 1 January: %s", date);
      checkArgument(precision != Precision.MONTH || date.getDayOfMonth() == 1,
          "a year-and-month date must be stored as the 1st of the month: %s", date);
    }

    /** Returns the work date {@code day}. */
    public static WorkDate of(LocalDate day) {
      return new WorkDate(day, Precision.DAY);
    }

    /** Returns a work date of which only {@code year} is known. */
    public static WorkDate ofYear(int year) {
      return new WorkDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** Returns a work date of which only the year and month are known (a form outside the naming convention). */
    public static WorkDate ofMonth(YearMonth month) {
      return new WorkDate(month.atDay(1), Precision.MONTH);
    }

    /**
     * Parses {@code YYYY-MM-DD} or {@code YYYY}, the naming convention's forms.
     *
     * @param text the date
     * @return the work date
     * @throws IllegalArgumentException if it is neither, or not a real day; a {@code YYYY-MM} month is refused with a
     *     message that points to {@link AknIri#parseLenient}
     */
    public static WorkDate parse(String text) {
      checkNotNull(text, "text");
      try {
        if (text.matches("[0-9]{4}")) {
          return ofYear(Integer.parseInt(text));
        }
        if (DAY.matcher(text).matches()) {
          return of(LocalDate.parse(text));
        }
      } catch (DateTimeException | IllegalArgumentException e) {
        throw new IllegalArgumentException("work date '" + text + "' is not a real day or year", e);
      }
      if (MONTH.matcher(text).matches()) {
        throw new IllegalArgumentException("work date '" + text + "' is a year and month; the naming convention"
            + " writes YYYY-MM-DD or YYYY (§4.5), and only parseLenient reads YYYY-MM");
      }
      throw new IllegalArgumentException("'" + text + "' is not a work date (expected YYYY-MM-DD or YYYY)");
    }

    private static YearMonth parseMonth(String text) {
      try {
        return YearMonth.parse(text);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("work date '" + text + "' is not a real year and month", e);
      }
    }

    /** Orders by date; at the same first day, the coarser precision first (2018, 2018-01, 2018-01-01). */
    @Override
    public int compareTo(WorkDate other) {
      int byDate = date.compareTo(other.date);
      return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }

    /** Returns the date at its precision: {@code 1998}, {@code 2018-05} or {@code 1995-08-30}. */
    @Override
    public String toString() {
      switch (precision) {
        case YEAR:
          return String.format(Locale.ROOT, "%04d", date.getYear());
        case MONTH:
          return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
        case DAY:
          return date.toString();
      }
      throw new AssertionError(precision);
    }
  }

  /**
   * The expression part of an IRI: a language and which version of it.
   *
   * <p>Invariants: a {@link Kind#CURRENT} expression has no version identifiers; a {@link Kind#VIRTUAL} one has at
   * most one, a day; identifiers are days ({@code 2022-09-17}), date-times ({@code 2005-05-02T13:30:00-03:00}) or
   * labels of letters, digits, {@code _} and {@code -} ({@code ver_final}).
   *
   * <p>Immutable and thread-safe.
   *
   * @param language an ISO 639-2 alpha-3 code, e.g. {@code rus}
   * @param kind which version is meant
   * @param versions the version identifiers, in order ({@code ;}-separated in the text)
   */
  public record Expression(String language, Kind kind, ImmutableList<String> versions)
      implements Comparable<Expression> {
    /** How an expression reference picks its version. */
    public enum Kind {
      /** No marker ({@code rus}): the version in force when the IRI is dereferenced. */
      CURRENT,
      /** {@code @}: the original ({@code rus@}) or the version with exactly these identifiers. */
      VERSION,
      /** {@code :}: the latest version at or before the date ({@code rus:2020-01-01}), or any ({@code rus:}). */
      VIRTUAL
    }

    private static final Comparator<Expression> ORDER = Comparator.comparing(Expression::language)
        .thenComparing(Expression::kind)
        .thenComparing(Expression::versionDate, Comparators.emptiesFirst(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(e -> String.join(";", e.versions));

    /** Checks the invariants and copies the identifiers. */
    public Expression {
      checkNotNull(language, "language");
      checkNotNull(kind, "kind");
      checkNotNull(versions, "versions");
      checkArgument(LANGUAGE.matcher(language).matches(),
          "'%s' is not a language (expected an ISO 639-2 alpha-3 code such as eng)", language);
      checkNotNull(kind, "kind");
      versions = ImmutableList.copyOf(versions);
      checkArgument(kind != Kind.CURRENT || versions.isEmpty(),
          "a current-version reference (%s, no '@' or ':') cannot carry versions %s", language, versions);
      checkArgument(kind != Kind.VIRTUAL
              || versions.isEmpty() || (versions.size() == 1 && DAY.matcher(versions.get(0)).matches()),
          "a virtual expression (%s:) takes at most one date YYYY-MM-DD, not %s", language, versions);
      for (String version : versions) {
        checkVersion(version);
      }
    }

    private static void checkVersion(String version) {
      Matcher dateTime = DATE_TIME.matcher(version);
      String day = DAY.matcher(version).matches() ? version : dateTime.matches() ? dateTime.group(1) : null;
      if (day != null) {
        try {
          LocalDate.parse(day);
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("version date '" + version + "' is not a real day", e);
        }
        return;
      }
      checkArgument(VERSION_LABEL.matcher(version).matches() && !version.matches("[0-9]{4}-[0-9].*"),
          "'%s' is not a version identifier (expected a date YYYY-MM-DD or a label of letters, digits, '_', '-')",
          version);
    }

    private static ImmutableList<String> parseVersions(String iri, Kind kind, String text) {
      if (kind == Kind.VIRTUAL && text.contains("->")) {
        throw bad(iri, "date intervals ('->') in virtual expressions are not supported");
      }
      if (text.isEmpty()) {
        return ImmutableList.of();
      }
      ImmutableList<String> versions = ImmutableList.copyOf(Splitter.on(';').split(text));
      for (String version : versions) {
        try {
          checkVersion(version);
        } catch (IllegalArgumentException e) {
          throw bad(iri, e.getMessage());
        }
      }
      return versions;
    }

    /** Returns whether this is the original version: {@code @} with no identifier. */
    public boolean isOriginal() {
      return kind == Kind.VERSION && versions.isEmpty();
    }

    /** Returns the day of the first identifier that is a day or date-time, if any. */
    public Optional<LocalDate> versionDate() {
      for (String version : versions) {
        Matcher dateTime = DATE_TIME.matcher(version);
        if (DAY.matcher(version).matches()) {
          return Optional.of(LocalDate.parse(version));
        }
        if (dateTime.matches()) {
          return Optional.of(LocalDate.parse(dateTime.group(1)));
        }
      }
      return Optional.empty();
    }

    /** Orders by language, kind, version date (undated first), then identifiers. */
    @Override
    public int compareTo(Expression other) {
      return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
      String marker = kind == Kind.CURRENT ? "" : kind == Kind.VERSION ? "@" : ":";
      return language + marker + String.join(";", versions);
    }
  }

  /**
   * A component path, e.g. {@code !main} or {@code !schedule_1/table_A}; in a manifestation also the package file
   * name form without {@code !} ({@code main.xml}, AKN Naming Convention §4.8.3).
   *
   * <p>Immutable and thread-safe.
   *
   * @param names the component names from the outermost, at least one
   * @param marked whether the text form starts with {@code !}
   */
  public record Component(ImmutableList<String> names, boolean marked) {
    /** Checks the names. */
    public Component {
      names = ImmutableList.copyOf(names);
      checkArgument(!names.isEmpty(), "a component needs at least one name");
      checkArgument(marked || names.size() == 1, "an unmarked component is a single file name, not %s", names);
      for (String name : names) {
        if (marked) {
          checkArgument(COMPONENT_NAME.matcher(name).matches(),
              "'%s' is not a component name (expected letters, digits, '_' or '-', starting with a letter or digit,"
                  + " e.g. main, schedule_1 or 6)", name);
        } else {
          checkArgument(FILE_NAME.matcher(name).matches(),
              "'%s' is not a component file name (expected a letter followed by letters, digits, '_' or '-', e.g."
                  + " main)", name);
        }
      }
    }

    private static Component parsePart(String iri, String text, boolean beforeFormat) {
      boolean marked = text.startsWith("!");
      if (!marked && !beforeFormat) {
        throw bad(iri, "'" + text + "' is neither a component (starting with '!') nor a portion (starting with '~')");
      }
      try {
        return new Component(ImmutableList.copyOf(Splitter.on('/').split(marked ? text.substring(1) : text)),
            marked);
      } catch (IllegalArgumentException e) {
        throw bad(iri, e.getMessage());
      }
    }

    @Override
    public String toString() {
      return (marked ? "!" : "") + String.join("/", names);
    }
  }

  /**
   * A portion: the subtree rooted at one element, or the sequence from one element to another ({@code art_3->art_5}).
   *
   * <p>Immutable and thread-safe.
   *
   * @param first the (first) element
   * @param last the last element of a sequence, or empty
   */
  public record Portion(Eid first, Optional<Eid> last) {
    /** Rejects nulls. */
    public Portion {
      checkNotNull(first, "first");
      checkNotNull(last, "last");
    }

    private static Portion parsePart(String iri, String text) {
      try {
        int arrow = text.indexOf("->");
        return arrow < 0 ? new Portion(Eid.parse(text), Optional.empty())
            : new Portion(Eid.parse(text.substring(0, arrow)), Optional.of(Eid.parse(text.substring(arrow + 2))));
      } catch (IllegalArgumentException e) {
        throw bad(iri, "portion '" + text + "': " + e.getMessage());
      }
    }

    @Override
    public String toString() {
      return first + last.map(l -> "->" + l).orElse("");
    }
  }

  /**
   * What {@link #parseLenient} read: the IRI, and each form met that the naming convention does not define, in the
   * order they occur in the text.
   *
   * <p>Immutable and thread-safe.
   *
   * @param iri the IRI
   * @param deviations the departures from the convention, empty when the text conforms
   */
  public record LenientParse(AknIri iri, ImmutableList<Deviation> deviations) {
    /** Rejects nulls and copies the deviations. */
    public LenientParse {
      checkNotNull(iri, "iri");
      deviations = ImmutableList.copyOf(deviations);
    }

    /** Returns whether the text followed the naming convention, i.e. {@link AknIri#parse} reads it the same. */
    public boolean conforms() {
      return deviations.isEmpty();
    }
  }

  /**
   * One form outside the naming convention that {@link #parseLenient} read, and what it did with it.
   *
   * <p>Immutable and thread-safe.
   *
   * @param kind which form
   * @param description what the text had and how it was read, quoting the text, e.g. "dropped 1 trailing '/' after
   *     'gh/act/2020/1013'"
   */
  public record Deviation(Kind kind, String description) {
    /** The forms the lenient parse reads. */
    public enum Kind {
      /** No {@code /akn} prefix: read as if it were there. */
      MISSING_PREFIX,
      /** One or more trailing {@code /}: dropped. */
      TRAILING_SLASH,
      /** A work date {@code YYYY-MM}: kept, with {@link WorkDate.Precision#MONTH month precision}. */
      MONTH_DATE
    }

    /** Rejects nulls and a blank description. */
    public Deviation {
      checkNotNull(kind, "kind");
      checkNotNull(description, "description");
      checkArgument(!description.isBlank(), "a deviation (%s) needs a description", kind);
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** Whether {@code text} reads as a global IRI without its prefix: '/', then a country code and '/'. */
  private static boolean looksPrefixless(String text) {
    int slash = text.indexOf('/', 1);
    return text.startsWith("/") && slash > 1 && COUNTRY.matcher(text.substring(1, slash)).matches();
  }

  /** The manifestation format {@code text} ends in ({@code xml} for {@code main.xml}), if any. */
  private static Optional<String> formatSuffix(String text) {
    int dot = text.lastIndexOf('.');
    return dot >= 0 && FORMAT.matcher(text.substring(dot + 1)).matches()
        ? Optional.of(text.substring(dot + 1)) : Optional.empty();
  }

  private static boolean startsWithDigit(String part) {
    return !part.isEmpty() && part.charAt(0) >= '0' && part.charAt(0) <= '9';
  }

  private static boolean isTailStart(String part) {
    return part.startsWith("!") || part.startsWith("~");
  }

  private static void check(String iri, Pattern pattern, String part, String what, String expected) {
    if (!pattern.matcher(part).matches()) {
      throw bad(iri, what + " '" + part + "' is malformed (expected " + expected + ")");
    }
  }

  private static void checkPart(Pattern pattern, String part, String quoted, String what, String expected) {
    checkArgument(pattern.matcher(part).matches(), "%s '%s' is malformed (expected %s)", what, quoted, expected);
  }

  private static IllegalArgumentException bad(String iri, String detail) {
    return new IllegalArgumentException("'" + iri + "' is not an AKN IRI: " + detail);
  }
}
