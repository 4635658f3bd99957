package org.lexkit.akn.internal.amending;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexkit.core.amendment.AmendmentConflictException;
import org.lexkit.core.amendment.AmendmentOperation;
import org.lexkit.core.amendment.ChangeWords;
import org.lexkit.core.amendment.Words;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Provision;

/**
 * Keeps an act's character ranges true while its operations apply in order. An act counts characters in the text
 * as it was before the act (LegalDocML.de's {@code /29-36} destinations, and the sentences Lexkit finds in the
 * target), so once an earlier change of the same act has inserted or removed words in front of a range, the range
 * must move by as much. This follows the operations on a copy of the target and moves each range through the
 * splices made before it in the same block; an operation that does not apply is left as it is, for the amendment
 * to report.
 */
public final class OriginalOffsets {
  private OriginalOffsets() {}

  private record Block(String provision, int block) {}

  /**
   * Returns {@code operations} with every character range moved to where it is when its operation applies.
   *
   * @param target the document before the act
   * @param operations the act's operations, in order, their ranges counted in {@code target}
   * @return the operations with ranges in the coordinates they apply in
   */
  public static List<AmendmentOperation> follow(LegalDocument target, List<AmendmentOperation> operations) {
    Map<Block, List<ChangeWords.Splice>> log = new HashMap<>();
    List<AmendmentOperation> moved = new ArrayList<>(operations.size());
    LegalDocument current = target;
    for (AmendmentOperation operation : operations) {
      AmendmentOperation now = operation;
      if (operation instanceof ChangeWords change && change.at().flatMap(Words::range).isPresent()) {
        Words at = change.at().get();
        Words.Range range = at.range().get();
        List<ChangeWords.Splice> before = log.getOrDefault(new Block(change.target().value(), range.block()),
            List.of());
        Words.Range shifted = new Words.Range(range.block(), move(range.from(), before, false),
            move(range.to(), before, true));
        now = new ChangeWords(change.target(), change.edit(),
            Optional.of(new Words(at.words(), at.occurrence(), Optional.of(shifted))), change.words());
      }
      try {
        if (now instanceof ChangeWords change) {
          Optional<Provision> provision = current.provision(change.target());
          if (provision.isPresent()) {
            for (ChangeWords.Splice splice : change.splices(provision.get())) {
              log.computeIfAbsent(new Block(change.target().value(), splice.block()), b -> new ArrayList<>())
                  .add(splice);
            }
          }
        }
        current = now.applyTo(current);
      } catch (AmendmentConflictException | IllegalArgumentException notApplied) {
        // left for the amendment to report with its index
      }
      moved.add(now);
    }
    return moved;
  }

  /**
   * Moves an offset through splices in order. At a pure insertion, a range's start moves past the new words and its
   * end stays before them; an offset inside a replaced span goes to the start of the new words (or their end, for a
   * range's end).
   */
  private static int move(int offset, List<ChangeWords.Splice> splices, boolean end) {
    int x = offset;
    for (ChangeWords.Splice splice : splices) {
      int s = splice.from();
      int e = splice.to();
      if (x < s) {
        continue;
      }
      if (s == e) {
        if (x > s || !end) {
          x += splice.length();
        }
      } else if (x >= e) {
        x += splice.length() - (e - s);
      } else if (x > s) {
        x = end ? s + splice.length() : s;
      }
    }
    return x;
  }
}
