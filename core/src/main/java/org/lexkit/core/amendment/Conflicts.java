package org.lexkit.core.amendment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.rights.Right;
import org.lexkit.core.rights.RightId;

/** The checks operations share, each failing with a conflict that names the target and what was expected. */
final class Conflicts {
  private Conflicts() {}

  static AmendmentConflictException conflict(
      AmendmentOperation operation, Object target, String expected, String found) {
    return new AmendmentConflictException(
        new AmendmentProblem(0, operation, target.toString(), expected, found), Optional.empty());
  }

  static Provision requireProvision(AmendmentOperation operation, LegalDocument document, ProvisionId id) {
    return document.provision(id)
        .orElseThrow(() -> conflict(operation, id, "a provision " + id, "no such provision"));
  }

  static Provision requireInForce(AmendmentOperation operation, LegalDocument document, ProvisionId id) {
    Provision provision = requireProvision(operation, document, id);
    if (provision.isRepealed()) {
      throw conflict(operation, id, "a provision in force", "a repealed placeholder");
    }
    return provision;
  }

  static Right requireRight(AmendmentOperation operation, LegalDocument document, RightId id) {
    return document.rights().right(id)
        .orElseThrow(() -> conflict(operation, id, "a right " + id, "no such right"));
  }

  /** Returns the first segment that occurs twice in {@code segments}, if any. */
  static Optional<String> firstDuplicate(List<String> segments) {
    Set<String> seen = new HashSet<>();
    for (String segment : segments) {
      if (!seen.add(segment)) {
        return Optional.of(segment);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a conflict for an expected old text that does not match: both texts quoted from shortly before their
   * first difference (so that a long article does not hide where they part), and the difference's position.
   */
  static AmendmentConflictException staleText(
      AmendmentOperation operation, Object target, String expected, String actual) {
    int at = 0;
    while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - CONTEXT);
    return conflict(operation, target, "old text " + quote(expected, from),
        quote(actual, from) + " (the texts differ from character " + (at + 1) + ")");
  }

  private static final int CONTEXT = 40;

  private static String quote(String text, int from) {
    return from == 0 ? quote(text) : "'..." + quote(text.substring(Math.min(from, text.length()))).substring(1);
  }

  /** Quotes text for a message, shortened so that a whole article does not flood it. */
  static String quote(String text) {
    return text.length() <= 200 ? "'" + text + "'" : "'" + text.substring(0, 200) + "...'";
  }
}
