package org.lexkit.rights.extraction;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the list part of a clause into its items, keeping each item's own words.
 *
 * <p>Ground lists: the list is cut at top-level commas and semicolons; a leading connector ("and", «а также») is
 * dropped; then each piece is split further at the conjunctions inside it only where the vocabulary says so. Of all
 * ways to cut a piece at its conjunctions, the one whose parts the vocabulary recognises over the most characters
 * wins, and among those the one with the fewest parts: «здоровья граждан и нравственности общества» becomes two
 * grounds, while «прав и свобод человека и гражданина» stays one. A piece nothing in the vocabulary covers stays
 * whole, and is reported as unmapped.
 *
 * <p>Ban lists: cut at top-level commas and semicolons; a piece that is a lone adjective («социального», "racial")
 * is joined to the next one, and a piece starting with a capital letter is joined to the one before it (a list of
 * objects inside an item, «территориальную целостность, Суверенитет и Независимость»).
 */
final class ListSplitter {
  /** Cuts at more than this many conjunctions in one piece are not enumerated; the piece is kept whole. */
  private static final int MAX_CONJUNCTIONS = 10;

  private final LanguageRules rules;

  ListSplitter(LanguageRules rules) {
    this.rules = rules;
  }

  /** Returns the ground items of {@code list}; {@code known} says whether the vocabulary knows a wording. */
  ImmutableList<String> grounds(String list, java.util.function.Predicate<String> known) {
    ImmutableList.Builder<String> items = ImmutableList.builder();
    for (String piece : pieces(list)) {
      items.addAll(bestCut(piece, known));
    }
    return items.build();
  }

  /** Returns the items of a ban list. */
  ImmutableList<String> bans(String list) {
    List<String> pieces = pieces(list);
    List<String> merged = new ArrayList<>();
    String pending = null;
    Pattern adjective = rules.pattern("adjective");
    for (String piece : pieces) {
      String current = pending == null ? piece : pending + ", " + piece;
      pending = null;
      if (adjective.matcher(piece).matches()) {
        pending = current;
        continue;
      }
      if (!merged.isEmpty() && pieceStartsWithCapital(piece) && current.equals(piece)) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + ", " + piece);
      } else {
        merged.add(current);
      }
    }
    if (pending != null) {
      merged.add(pending);
    }
    return merged.stream().map(Wording::item).filter(s -> !s.isEmpty()).collect(ImmutableList.toImmutableList());
  }

  private static boolean pieceStartsWithCapital(String piece) {
    return !piece.isEmpty() && Character.isUpperCase(piece.codePointAt(0));
  }

  /** Cuts at top-level commas and semicolons, drops enumerators and leading connectors. */
  List<String> pieces(String list) {
    String text = rules.pattern("enumerator").matcher(list).replaceAll(" ");
    List<String> pieces = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if ((c == ',' || c == ';') && depth == 0) {
        addPiece(pieces, text.substring(start, i));
        start = i + 1;
      }
    }
    addPiece(pieces, text.substring(start));
    return pieces;
  }

  private void addPiece(List<String> pieces, String raw) {
    String piece = withoutConnectors(raw);
    if (!piece.isEmpty()) {
      pieces.add(piece);
    }
  }

  private String withoutConnectors(String raw) {
    String piece = Wording.item(raw);
    Pattern connector = rules.pattern("connector");
    String previous;
    do {
      previous = piece;
      Matcher m = connector.matcher(piece);
      if (m.lookingAt()) {
        piece = Wording.item(piece.substring(m.end()));
      }
    } while (!piece.equals(previous));
    return piece;
  }

  private List<String> bestCut(String piece, java.util.function.Predicate<String> known) {
    List<int[]> cuts = new ArrayList<>();  // [start, end] of each conjunction
    Matcher m = rules.pattern("conjunction").matcher(piece);
    while (m.find()) {
      if (depthAt(piece, m.start()) == 0) {
        cuts.add(new int[] {m.start(), m.end()});
      }
    }
    if (cuts.isEmpty() || cuts.size() > MAX_CONJUNCTIONS) {
      return List.of(piece);
    }
    // Parts are judged as they will be kept: without a leading connector ("or of public health").
    List<String> best = List.of(piece);
    int bestCovered = known.test(piece) ? piece.length() : 0;
    // Masks in increasing order: the unsplit piece (mask 0) first, so ties keep the fewest cuts found first.
    for (int mask = 1; mask < (1 << cuts.size()); mask++) {
      List<String> parts = new ArrayList<>();
      int from = 0;
      int covered = 0;
      for (int i = 0; i < cuts.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          parts.add(piece.substring(from, cuts.get(i)[0]));
          from = cuts.get(i)[1];
        }
      }
      parts.add(piece.substring(from));
      for (String part : parts) {
        if (known.test(withoutConnectors(part))) {
          covered += part.length();
        }
      }
      if (covered > bestCovered || (covered == bestCovered && parts.size() < best.size())) {
        best = parts;
        bestCovered = covered;
      }
    }
    return best.stream().map(this::withoutConnectors).filter(s -> !s.isEmpty()).toList();
  }

  private static int depthAt(String text, int index) {
    int depth = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return depth;
  }
}
