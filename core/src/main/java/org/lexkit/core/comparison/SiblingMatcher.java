package org.lexkit.core.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lexkit.core.provision.Provision;

/**
 * Pairs the children of two versions of one provision: which child of the earlier version is which child of the
 * later one, across renumbering and rewording.
 *
 * <p>In order, each step taking only what the earlier steps left:
 *
 * <ol>
 *   <li>the same object (an untouched subtree, possibly under a shifted positional id);
 *   <li>the same id and equal content;
 *   <li>the same kind and the same {@linkplain Provision#plainTextWithoutNumbers() text without numbers}, when that
 *       text occurs once on each side (a pure renumbering);
 *   <li>the same kind and similar words: the Dice coefficient of the two word sets at least {@link #SIMILAR}, with a
 *       small bonus for an equal heading and for the same id; best pairs first;
 *   <li>the same id (a provision rewritten under its own number).
 * </ol>
 *
 * <p>Step 4 is bounded so that no step is quadratic in the number of siblings: each later child looks for
 * candidates only through its {@value #PROBE_WORDS} rarest words, skips words that more than {@value #MAX_POSTINGS}
 * earlier children share (they cannot tell provisions apart), and scores at most {@value #CANDIDATES} candidates
 * exactly. Cost: O(n · {@value #PROBE_WORDS} · {@value #MAX_POSTINGS}) for n siblings, plus their text.
 */
final class SiblingMatcher {
  /** Below this Dice coefficient of their word sets, two provisions are not taken to be one. */
  static final double SIMILAR = 0.5;
  /** Added to the similarity of provisions with equal, non-empty headings. */
  private static final double SAME_HEADING = 0.1;
  /** Added to the similarity of provisions with the same id: between two equal candidates, keep the number. */
  private static final double SAME_ID = 0.05;
  private static final int PROBE_WORDS = 24;
  private static final int MAX_POSTINGS = 128;
  private static final int CANDIDATES = 8;

  private final List<Provision> old;
  private final List<Provision> fresh;
  private final List<String> oldSegments;
  private final List<String> freshSegments;
  /** The old index matched to each new child, or -1. */
  private final int[] match;
  private final boolean[] matched;
  private final String[] oldText;
  private final String[] freshText;

  private SiblingMatcher(Provision before, Provision after) {
    old = before.children();
    fresh = after.children();
    oldSegments = before.childSegments();
    freshSegments = after.childSegments();
    match = new int[fresh.size()];
    Arrays.fill(match, -1);
    matched = new boolean[old.size()];
    oldText = new String[old.size()];
    freshText = new String[fresh.size()];
  }

  /**
   * Matches the children of {@code before} with those of {@code after}.
   *
   * @return for each child of {@code after}, the index of its counterpart among the children of {@code before}, or
   *     -1 when it has none
   */
  static int[] match(Provision before, Provision after) {
    SiblingMatcher matcher = new SiblingMatcher(before, after);
    matcher.byReference();
    matcher.bySameIdAndContent();
    matcher.byUniqueText();
    matcher.bySimilarWords();
    matcher.bySameId();
    return matcher.match;
  }

  private void byReference() {
    Map<Provision, ArrayList<Integer>> byReference = new IdentityHashMap<>();
    for (int i = old.size() - 1; i >= 0; i--) {
      byReference.computeIfAbsent(old.get(i), k -> new ArrayList<>()).add(i);
    }
    for (int j = 0; j < fresh.size(); j++) {
      ArrayList<Integer> same = byReference.get(fresh.get(j));
      if (same != null && !same.isEmpty()) {
        pair(same.remove(same.size() - 1), j);
      }
    }
  }

  private void bySameIdAndContent() {
    Map<String, Integer> bySegment = oldBySegment();
    for (int j = 0; j < fresh.size(); j++) {
      Integer i = match[j] < 0 ? bySegment.get(freshSegments.get(j)) : null;
      if (i != null && !matched[i] && old.get(i).equals(fresh.get(j))) {
        pair(i, j);
      }
    }
  }

  private void byUniqueText() {
    Map<String, Integer> oldByText = new HashMap<>();
    for (int i = 0; i < old.size(); i++) {
      if (!matched[i]) {
        oldByText.merge(key(old.get(i), oldText(i)), i, (a, b) -> -1); // -1: the text is not unique
      }
    }
    if (oldByText.isEmpty()) {
      return;
    }
    Map<String, Integer> freshByText = new HashMap<>();
    for (int j = 0; j < fresh.size(); j++) {
      if (match[j] < 0) {
        freshByText.merge(key(fresh.get(j), freshText(j)), j, (a, b) -> -1);
      }
    }
    freshByText.forEach((text, j) -> {
      Integer i = oldByText.get(text);
      if (j >= 0 && i != null && i >= 0) {
        pair(i, j);
      }
    });
  }

  private void bySimilarWords() {
    List<Integer> olds = new ArrayList<>();
    for (int i = 0; i < old.size(); i++) {
      if (!matched[i]) {
        olds.add(i);
      }
    }
    if (olds.isEmpty() || Arrays.stream(match).allMatch(i -> i >= 0)) {
      return;
    }
    Map<Integer, Set<String>> oldWords = new HashMap<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    Map<String, List<Integer>> byHeading = new HashMap<>();
    for (int i : olds) {
      Set<String> words = words(oldText(i));
      oldWords.put(i, words);
      for (String word : words) {
        postings.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
      }
      old.get(i).heading().ifPresent(h -> byHeading.computeIfAbsent(h.plain(), k -> new ArrayList<>()).add(i));
    }
    Map<String, Integer> bySegment = oldBySegment();
    List<Candidate> candidates = new ArrayList<>();
    for (int j = 0; j < fresh.size(); j++) {
      if (match[j] >= 0) {
        continue;
      }
      Set<String> words = words(freshText(j));
      Map<Integer, Integer> hits = new HashMap<>();
      words.stream()
          .filter(w -> postings.containsKey(w) && postings.get(w).size() <= MAX_POSTINGS)
          .sorted(Comparator.comparingInt((String w) -> postings.get(w).size()).thenComparing(w -> w))
          .limit(PROBE_WORDS)
          .forEach(w -> postings.get(w).forEach(i -> hits.merge(i, 1, Integer::sum)));
      Set<Integer> chosen = new HashSet<>();
      hits.entrySet().stream()
          .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(CANDIDATES)
          .forEach(e -> chosen.add(e.getKey()));
      Integer sameId = bySegment.get(freshSegments.get(j));
      if (sameId != null && !matched[sameId]) {
        chosen.add(sameId);
      }
      fresh.get(j).heading().map(h -> byHeading.get(h.plain())).ifPresent(same -> same.stream()
          .limit(CANDIDATES).forEach(chosen::add));
      for (int i : chosen) {
        if (old.get(i).kind() != fresh.get(j).kind()) {
          continue;
        }
        double score = dice(oldWords.get(i), words);
        if (score < SIMILAR) {
          continue;
        }
        if (old.get(i).heading().isPresent() && old.get(i).heading().equals(fresh.get(j).heading())) {
          score += SAME_HEADING;
        }
        if (oldSegments.get(i).equals(freshSegments.get(j))) {
          score += SAME_ID;
        }
        candidates.add(new Candidate(score, i, j));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparingInt(Candidate::freshIndex).thenComparingInt(Candidate::oldIndex));
    for (Candidate candidate : candidates) {
      if (!matched[candidate.oldIndex()] && match[candidate.freshIndex()] < 0) {
        pair(candidate.oldIndex(), candidate.freshIndex());
      }
    }
  }

  private void bySameId() {
    Map<String, Integer> bySegment = oldBySegment();
    for (int j = 0; j < fresh.size(); j++) {
      Integer i = match[j] < 0 ? bySegment.get(freshSegments.get(j)) : null;
      if (i != null && !matched[i]) {
        pair(i, j);
      }
    }
  }

  private record Candidate(double score, int oldIndex, int freshIndex) {}

  /** The unmatched earlier children by id segment. */
  private Map<String, Integer> oldBySegment() {
    Map<String, Integer> bySegment = new HashMap<>();
    for (int i = 0; i < old.size(); i++) {
      if (!matched[i]) {
        bySegment.put(oldSegments.get(i), i);
      }
    }
    return bySegment;
  }

  private String oldText(int i) {
    if (oldText[i] == null) {
      oldText[i] = old.get(i).plainTextWithoutNumbers();
    }
    return oldText[i];
  }

  private String freshText(int j) {
    if (freshText[j] == null) {
      freshText[j] = fresh.get(j).plainTextWithoutNumbers();
    }
    return freshText[j];
  }

  private static String key(Provision provision, String text) {
    return provision.kind().ordinal() + ":" + text;
  }

  private void pair(int oldIndex, int freshIndex) {
    match[freshIndex] = oldIndex;
    matched[oldIndex] = true;
  }

  /** The distinct words of a text, lower-cased: runs of letters or digits. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    int start = -1;
    for (int k = 0; k <= text.length(); k++) {
      boolean inWord = k < text.length() && Character.isLetterOrDigit(text.charAt(k));
      if (inWord && start < 0) {
        start = k;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, k).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  /** The Dice coefficient 2|a∩b| / (|a| + |b|); 1 for two empty sets. */
  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    int common = 0;
    for (String word : smaller) {
      if (larger.contains(word)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }
}
