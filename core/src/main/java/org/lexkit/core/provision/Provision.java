package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A node in the hierarchy of a legal text: a section, chapter, article, paragraph, point or unnumbered block, with
 * its number, heading, text, notes and children.
 *
 * <p>Invariants: no two children have the same {@linkplain #childSegments() id segment} (so every
 * {@link ProvisionId} in a tree is unique); {@link ProvisionKind#BODY} appears only at the root; a
 * {@linkplain ProvisionStatus#REPEALED repealed} placeholder has no content, children or wrap-up.
 *
 * <p>Trees are persistent: the {@code with...} methods rebuild only the path from this node to the changed one and
 * share every untouched subtree, so successive versions of a large document cost little memory.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of provision this is
 * @param num its number as printed, or empty for an unnumbered provision
 * @param heading its heading, e.g. "Общие положения", or empty
 * @param content the text that comes before any children (the whole text of a leaf provision)
 * @param children the nested provisions, in document order
 * @param wrapUp text that comes after the children, such as the closing words of a list
 * @param notes editorial notes such as amendment footnotes
 * @param status whether this is law or a repealed placeholder
 */
public record Provision(
    ProvisionKind kind,
    Optional<Num> num,
    Optional<Text> heading,
    ImmutableList<Text> content,
    ImmutableList<Provision> children,
    ImmutableList<Text> wrapUp,
    ImmutableList<Note> notes,
    ProvisionStatus status) {

  /** Checks the invariants and copies the collections. */
  public Provision {
    checkNotNull(kind, "kind");
    checkNotNull(num, "num");
    checkNotNull(heading, "heading");
    content = ImmutableList.copyOf(content);
    children = ImmutableList.copyOf(children);
    wrapUp = ImmutableList.copyOf(wrapUp);
    notes = ImmutableList.copyOf(notes);
    checkNotNull(status, "status");
    checkArgument(kind != ProvisionKind.BODY || num.isEmpty(), "the body cannot have a number");
    checkArgument(status == ProvisionStatus.IN_FORCE
            || (content.isEmpty() && children.isEmpty() && wrapUp.isEmpty()),
        "a repealed %s placeholder cannot have content, children or wrap-up", kind.element());
    checkChildren(children);
  }

  /**
   * Returns a provision with a number and text and no children.
   *
   * @param kind what kind of provision
   * @param num its number as printed, e.g. "32" or "(b)"
   * @param text its text; each element becomes one block
   * @return the provision
   */
  public static Provision of(ProvisionKind kind, String num, String... text) {
    return new Provision(kind, Optional.of(Num.of(num)), Optional.empty(), texts(text), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);
  }

  /**
   * Returns a numbered container with children and no text of its own.
   *
   * @param kind what kind of provision
   * @param num its number as printed
   * @param children its children in order
   * @return the provision
   * @throws IllegalArgumentException if two children would have the same id
   */
  public static Provision container(ProvisionKind kind, String num, Provision... children) {
    return new Provision(kind, Optional.of(Num.of(num)), Optional.empty(), ImmutableList.of(),
        ImmutableList.copyOf(children), ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);
  }

  /**
   * Returns an unnumbered provision of text.
   *
   * @param kind what kind of provision, often {@link ProvisionKind#HCONTAINER} or {@link ProvisionKind#PARAGRAPH}
   * @param text its text blocks
   * @return the provision
   */
  public static Provision unnumbered(ProvisionKind kind, String... text) {
    return new Provision(kind, Optional.empty(), Optional.empty(), texts(text), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);
  }

  /**
   * Returns the root of a document's tree.
   *
   * @param children the top-level provisions
   * @return a {@link ProvisionKind#BODY} node
   */
  public static Provision body(Iterable<Provision> children) {
    return new Provision(ProvisionKind.BODY, Optional.empty(), Optional.empty(), ImmutableList.of(),
        ImmutableList.copyOf(children), ImmutableList.of(), ImmutableList.of(), ProvisionStatus.IN_FORCE);
  }

  // ---------------------------------------------------------------- with-ers (one component replaced)

  /** Returns a copy with {@code num} as its number. */
  public Provision withNum(Optional<Num> num) {
    return num.equals(this.num) ? this
        : new Provision(kind, num, heading, content, children, wrapUp, notes, status);
  }

  /** Returns a copy with {@code heading} as its heading. */
  public Provision withHeading(Optional<Text> heading) {
    return heading.equals(this.heading) ? this
        : new Provision(kind, num, heading, content, children, wrapUp, notes, status);
  }

  /** Returns a copy whose text before the children is {@code content}. */
  public Provision withContent(Iterable<Text> content) {
    ImmutableList<Text> copy = ImmutableList.copyOf(content);
    return copy.equals(this.content) ? this
        : new Provision(kind, num, heading, copy, children, wrapUp, notes, status);
  }

  /**
   * Returns a copy with {@code children} as its children.
   *
   * @throws IllegalArgumentException if two of them would have the same id segment
   */
  public Provision withChildren(Iterable<Provision> children) {
    ImmutableList<Provision> copy = ImmutableList.copyOf(children);
    return copy.equals(this.children) ? this
        : new Provision(kind, num, heading, content, copy, wrapUp, notes, status);
  }

  /** Returns a copy whose text after the children is {@code wrapUp}. */
  public Provision withWrapUp(Iterable<Text> wrapUp) {
    ImmutableList<Text> copy = ImmutableList.copyOf(wrapUp);
    return copy.equals(this.wrapUp) ? this
        : new Provision(kind, num, heading, content, children, copy, notes, status);
  }

  /** Returns a copy with {@code notes} as its notes. */
  public Provision withNotes(Iterable<Note> notes) {
    ImmutableList<Note> copy = ImmutableList.copyOf(notes);
    return copy.equals(this.notes) ? this
        : new Provision(kind, num, heading, content, children, wrapUp, copy, status);
  }

  /**
   * Returns the placeholder this provision leaves when repealed: same kind, number, heading and notes, no text and
   * no children. Returns {@code this} if it already is one, so repealing twice changes nothing.
   */
  public Provision asRepealed() {
    return status == ProvisionStatus.REPEALED ? this
        : new Provision(kind, num, heading, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), notes,
            ProvisionStatus.REPEALED);
  }

  // ---------------------------------------------------------------- ids and navigation

  /** Returns whether this provision is a repealed placeholder. */
  public boolean isRepealed() {
    return status == ProvisionStatus.REPEALED;
  }

  /**
   * Returns the id segment of each child, aligned with {@link #children()}: {@code art_32} for a numbered article,
   * {@code hcontainer_2} for the second unnumbered hcontainer.
   */
  public ImmutableList<String> childSegments() {
    return segmentsOf(children);
  }

  /**
   * Returns the descendant with id {@code id}, where ids are relative to this node (normally the body).
   *
   * @param id a path below this node
   * @return the provision, or empty when there is none
   */
  public Optional<Provision> find(ProvisionId id) {
    checkNotNull(id, "id");
    Provision node = this;
    for (String segment : id.segments()) {
      int index = node.indexOfChild(segment);
      if (index < 0) {
        return Optional.empty();
      }
      node = node.children.get(index);
    }
    return Optional.of(node);
  }

  /**
   * Returns the index of the child whose id segment is {@code segment}, or -1: {@code childSegments().indexOf}
   * without building every sibling's segment, since lookups run once per operation and per path level.
   */
  private int indexOfChild(String segment) {
    int underscore = segment.indexOf('_');
    Optional<ProvisionKind> kind = underscore < 0 ? Optional.empty()
        : ProvisionKind.fromEidPrefix(segment.substring(0, underscore));
    if (kind.isEmpty() || kind.get() == ProvisionKind.BODY) {
      return -1;
    }
    String token = segment.substring(underscore + 1);
    int unnumbered = 0;
    for (int i = 0; i < children.size(); i++) {
      Provision child = children.get(i);
      if (child.kind != kind.get()) {
        continue;
      }
      // Siblings never share a segment (checked at construction), so the first match is the only one.
      if (child.num.isPresent() ? child.num.get().token().equals(token)
          : Integer.toString(++unnumbered).equals(token)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns every descendant with its id, in document order (pre-order: a provision before its children).
   * Ids are relative to this node.
   */
  public ImmutableMap<ProvisionId, Provision> descendants() {
    ImmutableMap.Builder<ProvisionId, Provision> all = ImmutableMap.builder();
    collect(this, null, all);
    return all.buildOrThrow();
  }

  /**
   * Returns this tree with the descendant at {@code id} replaced by {@code change.apply(it)}. Only the nodes on
   * the path to it are rebuilt; every other subtree is shared with this tree. Returns {@code this} when the change
   * returns its argument.
   *
   * @param id the path of an existing descendant
   * @param change computes the replacement from the current node; it must not return null
   * @return the new tree
   * @throws IllegalArgumentException if there is no provision at {@code id}, or if the replacement's id segment
   *     collides with a sibling
   */
  public Provision update(ProvisionId id, UnaryOperator<Provision> change) {
    checkNotNull(change, "change");
    return updatePath(id.segments(), 0, change, id);
  }

  private Provision updatePath(List<String> path, int depth, UnaryOperator<Provision> change, ProvisionId id) {
    int index = indexOfChild(path.get(depth));
    checkArgument(index >= 0, "there is no provision '%s'", id);
    Provision child = children.get(index);
    Provision replacement = depth == path.size() - 1
        ? checkNotNull(change.apply(child), "change returned null")
        : child.updatePath(path, depth + 1, change, id);
    if (replacement == child) {
      return this;
    }
    List<Provision> copy = new ArrayList<>(children);
    copy.set(index, replacement);
    return new Provision(kind, num, heading, content, ImmutableList.copyOf(copy), wrapUp, notes, status);
  }

  /**
   * Returns the id segment of each provision in {@code siblings}, in order.
   *
   * @param siblings provisions that share a parent
   * @return their segments
   */
  public static ImmutableList<String> segmentsOf(List<Provision> siblings) {
    if (siblings.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> segments = ImmutableList.builderWithExpectedSize(siblings.size());
    int[] unnumbered = null; // per kind ordinal; most nodes have only numbered children, so made on demand
    for (Provision sibling : siblings) {
      String token;
      if (sibling.num.isPresent()) {
        token = sibling.num.get().token();
      } else {
        if (unnumbered == null) {
          unnumbered = new int[KINDS];
        }
        token = Integer.toString(++unnumbered[sibling.kind.ordinal()]);
      }
      segments.add(ProvisionId.segment(sibling.kind, token));
    }
    return segments.build();
  }

  private static final int KINDS = ProvisionKind.values().length;
  /** Up to this many siblings, duplicates are found by comparing pairs, which allocates nothing. */
  private static final int PAIRWISE_LIMIT = 8;

  private static void checkChildren(ImmutableList<Provision> children) {
    if (children.isEmpty()) {
      return; // most provisions are leaves
    }
    for (Provision child : children) {
      checkArgument(child.kind != ProvisionKind.BODY, "a body cannot be nested in a provision");
    }
    ImmutableList<String> segments = segmentsOf(children);
    if (segments.size() <= PAIRWISE_LIMIT) {
      for (int j = 1; j < segments.size(); j++) {
        for (int i = 0; i < j; i++) {
          checkUnique(!segments.get(i).equals(segments.get(j)), segments.get(j));
        }
      }
      return;
    }
    Set<String> seen = new HashSet<>(segments.size() * 2);
    for (String segment : segments) {
      checkUnique(seen.add(segment), segment);
    }
  }

  private static void checkUnique(boolean unique, String segment) {
    checkArgument(unique,
        "two sibling provisions would have the same id segment '%s' (numbers must be unique among siblings)",
        segment);
  }

  private static void collect(
      Provision node, @Nullable ProvisionId id, ImmutableMap.Builder<ProvisionId, Provision> all) {
    ImmutableList<String> segments = node.childSegments();
    for (int i = 0; i < segments.size(); i++) {
      ProvisionId childId = id == null ? ProvisionId.root(segments.get(i)) : id.child(segments.get(i));
      Provision child = node.children.get(i);
      all.put(childId, child);
      collect(child, childId, all);
    }
  }

  /** Returns the plain text of this provision's own heading, content and wrap-up and of all its descendants. */
  public String plainText() {
    StringBuilder text = new StringBuilder();
    appendText(text, true);
    return text.toString();
  }

  /** Returns the plain text of the subtree without any numbers: what stays when a provision is renumbered. */
  public String plainTextWithoutNumbers() {
    StringBuilder text = new StringBuilder();
    appendText(text, false);
    return text.toString();
  }

  private void appendText(StringBuilder text, boolean withNumbers) {
    if (withNumbers) {
      num.ifPresent(n -> text.append(n.text()).append(' '));
    }
    heading.ifPresent(h -> text.append(h.plain()).append('\n'));
    for (Text block : content) {
      text.append(block.plain()).append('\n');
    }
    for (Provision child : children) {
      child.appendText(text, withNumbers);
    }
    for (Text block : wrapUp) {
      text.append(block.plain()).append('\n');
    }
  }

  private static ImmutableList<Text> texts(String... text) {
    ImmutableList.Builder<Text> blocks = ImmutableList.builder();
    for (String block : text) {
      blocks.add(Text.of(block));
    }
    return blocks.build();
  }
}
