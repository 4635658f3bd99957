package org.lexkit.core.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * A canonical restriction ground: the purpose for which a law may limit a right, independent of any one text's
 * wording. The vocabulary is open (a value, not an enum): the constants below are the grounds of the ICCPR and
 * ECHR limitation clauses plus two national grounds no treaty lists, and callers may define more.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code upper-case snake case, e.g. {@code PUBLIC_ORDER}
 */
public record CanonicalGround(String code) implements Comparable<CanonicalGround> {
  /** The most characters a code may have; checked before the form, so no input is ever matched in full. */
  public static final int MAX_LENGTH = 64;

  /**
   * Capitals, digits and underscores, starting with a capital; that underscores separate words ({@code __} and a
   * trailing underscore excluded) is checked in code. A pattern repeating a group ({@code (_[A-Z0-9]+)*}) would
   * recurse once per word in Java's regex engine and overflow the stack on a long input.
   */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*+");

  /** National security (ICCPR 19(3), 21, 22(2); ECHR 10(2), 11(2)). */
  public static final CanonicalGround NATIONAL_SECURITY = new CanonicalGround("NATIONAL_SECURITY");
  /** Territorial integrity (ECHR 10(2) only). */
  public static final CanonicalGround TERRITORIAL_INTEGRITY = new CanonicalGround("TERRITORIAL_INTEGRITY");
  /** Public safety (ICCPR 21, 22(2); ECHR 10(2), 11(2)). */
  public static final CanonicalGround PUBLIC_SAFETY = new CanonicalGround("PUBLIC_SAFETY");
  /** Public order, ordre public (ICCPR 19(3), 21, 22(2)). */
  public static final CanonicalGround PUBLIC_ORDER = new CanonicalGround("PUBLIC_ORDER");
  /** Prevention of disorder or crime (ECHR 10(2), 11(2)). */
  public static final CanonicalGround PREVENTION_OF_DISORDER_OR_CRIME =
      new CanonicalGround("PREVENTION_OF_DISORDER_OR_CRIME");
  /** Public health (all four clauses). */
  public static final CanonicalGround PUBLIC_HEALTH = new CanonicalGround("PUBLIC_HEALTH");
  /** Public morals (all four clauses). */
  public static final CanonicalGround PUBLIC_MORALS = new CanonicalGround("PUBLIC_MORALS");
  /** Respect of the rights or reputations of others (ICCPR 19(3); ECHR 10(2)). */
  public static final CanonicalGround REPUTATION_OF_OTHERS = new CanonicalGround("REPUTATION_OF_OTHERS");
  /** Rights and freedoms of others (all four clauses). */
  public static final CanonicalGround RIGHTS_OF_OTHERS = new CanonicalGround("RIGHTS_OF_OTHERS");
  /** Preventing the disclosure of information received in confidence (ECHR 10(2)). */
  public static final CanonicalGround CONFIDENTIAL_INFORMATION = new CanonicalGround("CONFIDENTIAL_INFORMATION");
  /** Maintaining the authority and impartiality of the judiciary (ECHR 10(2)). */
  public static final CanonicalGround JUDICIARY_AUTHORITY = new CanonicalGround("JUDICIARY_AUTHORITY");
  /** Protection of the constitutional order or system; listed by no international clause. */
  public static final CanonicalGround CONSTITUTIONAL_ORDER = new CanonicalGround("CONSTITUTIONAL_ORDER");
  /** Society's spiritual and moral values; listed by no international clause. */
  public static final CanonicalGround SPIRITUAL_AND_MORAL_VALUES = new CanonicalGround("SPIRITUAL_AND_MORAL_VALUES");

  /** Validates the code. */
  public CanonicalGround {
    checkNotNull(code, "code");
    checkArgument(code.length() <= MAX_LENGTH, "a canonical ground code has at most %s characters, not %s",
        MAX_LENGTH, code.length());
    checkArgument(CODE.matcher(code).matches() && !code.contains("__") && !code.endsWith("_"),
        "'%s' is not a canonical ground code (expected upper-case snake case such as PUBLIC_ORDER)", code);
  }

  /**
   * Parses a canonical ground code.
   *
   * @param code e.g. {@code PUBLIC_MORALS}
   * @return the ground
   * @throws IllegalArgumentException if the code is not upper-case snake case of at most {@link #MAX_LENGTH}
   *     characters
   */
  public static CanonicalGround parse(String code) {
    return new CanonicalGround(code);
  }

  @Override
  public int compareTo(CanonicalGround other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
