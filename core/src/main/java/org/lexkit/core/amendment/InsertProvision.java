package org.lexkit.core.amendment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lexkit.core.document.LegalDocument;
import org.lexkit.core.provision.Num;
import org.lexkit.core.provision.Provision;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.ProvisionKind;

/**
 * Inserts a new provision before or after an existing one, or at the end of a container.
 *
 * <p>Fails when the anchor does not exist, when the container is a repealed placeholder, or when the new
 * provision's id would collide with a sibling's (an article 5 inserted next to an existing article 5). Inserting
 * an unnumbered provision shifts the positional ids ({@code hcontainer_2} becomes {@code hcontainer_3}) of the
 * unnumbered siblings of the same kind after it; the insertion fails if such a shifted id would collide with a
 * numbered sibling's.
 *
 * <p>An insertion that renumbers what follows ("nach Absatz 2 wird folgender Absatz 3 eingefügt; die bisherigen
 * Absätze 3 bis 5 werden die Absätze 4 bis 6") gives each following sibling of the same kind whose number the one
 * before it now takes the next number: the last run of digits in its printed number goes up by one ("(3)" becomes
 * "(4)"). A number without digits cannot be moved up, which is a conflict.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at where the provision goes
 * @param provision the new provision, with its subtree
 * @param renumberFollowing whether following siblings move up to make room for the new provision's number
 */
public record InsertProvision(InsertionPoint at, Provision provision, boolean renumberFollowing)
    implements AmendmentOperation {
  /** Validates the components; a document body cannot be inserted. */
  public InsertProvision {
    checkNotNull(at, "at");
    checkNotNull(provision, "provision");
    checkArgument(provision.kind() != ProvisionKind.BODY, "a document body cannot be inserted as a provision");
  }

  /** Returns the insertion that leaves the other provisions' numbers as they are. */
  public InsertProvision(InsertionPoint at, Provision provision) {
    this(at, provision, false);
  }

  /** Returns the insertion of {@code provision} at {@code at} that renumbers the siblings after it. */
  public static InsertProvision renumbering(InsertionPoint at, Provision provision) {
    return new InsertProvision(at, provision, true);
  }

  /**
   * Returns the insertion of {@code provision} at {@code at}.
   *
   * @param at where
   * @param provision what
   * @return the operation
   */
  public static InsertProvision of(InsertionPoint at, Provision provision) {
    return new InsertProvision(at, provision);
  }

  @Override
  public LegalDocument applyTo(LegalDocument document) {
    // The anchor is checked first so that a missing anchor is reported under its own id, not its parent's.
    if (at.placement() != InsertionPoint.Placement.AT_END) {
      Conflicts.requireProvision(this, document, at.anchor().orElseThrow());
    }
    Provision container = at.container().isPresent()
        ? Conflicts.requireInForce(this, document, at.container().get())
        : document.body();
    List<Provision> children = new ArrayList<>(container.children());
    int index = children.size();
    if (at.placement() != InsertionPoint.Placement.AT_END) {
      index = container.childSegments().indexOf(at.anchor().orElseThrow().lastSegment())
          + (at.placement() == InsertionPoint.Placement.AFTER ? 1 : 0);
    }
    children.add(index, provision);
    if (renumberFollowing) {
      renumberAfter(children, index);
    }
    ImmutableList<String> segments = Provision.segmentsOf(children);
    String segment = segments.get(index);
    if (segments.indexOf(segment) != index || segments.lastIndexOf(segment) != index) {
      throw Conflicts.conflict(this, idIn(segment), "no provision with the id " + idIn(segment),
          "an existing provision with that id");
    }
    // An unnumbered insertion renumbers the positional ids after it, which may then meet a numbered sibling.
    Optional<String> shifted = Conflicts.firstDuplicate(segments);
    if (shifted.isPresent()) {
      throw Conflicts.conflict(this, idIn(segment), "an insertion that keeps sibling ids unique",
          "the shifted id " + idIn(shifted.get()) + " would collide with a numbered sibling's");
    }
    return document.withContainer(at.container(), c -> c.withChildren(children));
  }

  /** Moves the following siblings of the inserted one's kind up by one while each takes the number before it. */
  private void renumberAfter(List<Provision> children, int index) {
    Provision previous = children.get(index);
    for (int i = index + 1; i < children.size(); i++) {
      Provision next = children.get(i);
      if (next.kind() != previous.kind()) {
        continue;
      }
      if (next.num().isEmpty() || previous.num().isEmpty()
          || !next.num().get().token().equals(previous.num().get().token())) {
        return; // no collision: nothing further moves
      }
      Optional<String> up = increment(next.num().get().text());
      if (up.isEmpty()) {
        throw Conflicts.conflict(this, idIn(Provision.segmentsOf(children).get(i)), "a number with digits to move up",
            "'" + next.num().get().text() + "'");
      }
      Num moved = Num.of(up.get());
      children.set(i, next.withNum(Optional.of(moved)));
      previous = children.get(i);
    }
  }

  /** "(3)" becomes "(4)", "§ 9a" becomes "§ 10a": the last run of digits goes up by one. */
  private static Optional<String> increment(String number) {
    int end = number.length();
    while (end > 0 && !Character.isDigit(number.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isDigit(number.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return Optional.empty();
    }
    return Optional.of(number.substring(0, start)
        + new java.math.BigInteger(number.substring(start, end)).add(java.math.BigInteger.ONE)
        + number.substring(end));
  }

  /** Returns the id the inserted provision would have under a segment. */
  private ProvisionId idIn(String segment) {
    return at.container().map(c -> c.child(segment)).orElseGet(() -> ProvisionId.root(segment));
  }

  @Override
  public String verb() {
    return "insert";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
