package org.lexkit.core.provision;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kind of a node in a legal text's hierarchy, named after the Akoma Ntoso 3.0 hierarchical elements.
 *
 * <p>Each kind knows its AKN element name and its eId prefix from the AKN naming convention (AKN 3.0 naming
 * convention, section "eId": {@code art} for article, {@code chp} for chapter, {@code para} for paragraph, ...).
 * {@link #BODY} is the root of every document's tree and never appears below it.
 */
public enum ProvisionKind {
  /** The root of a document's provision tree; it has no id segment of its own. */
  BODY("body", "body"),
  BOOK("book", "book"),
  TOME("tome", "tome"),
  PART("part", "part"),
  SUBPART("subpart", "subpart"),
  TITLE("title", "title"),
  SUBTITLE("subtitle", "subtitle"),
  SECTION("section", "sec"),
  SUBSECTION("subsection", "subsec"),
  CHAPTER("chapter", "chp"),
  SUBCHAPTER("subchapter", "subchp"),
  DIVISION("division", "dvs"),
  SUBDIVISION("subdivision", "subdvs"),
  ARTICLE("article", "art"),
  CLAUSE("clause", "cl"),
  SUBCLAUSE("subclause", "subcl"),
  RULE("rule", "rule"),
  SUBRULE("subrule", "subrule"),
  PARAGRAPH("paragraph", "para"),
  SUBPARAGRAPH("subparagraph", "subpara"),
  POINT("point", "point"),
  LIST("list", "list"),
  SUBLIST("sublist", "sublist"),
  ITEM("item", "item"),
  INDENT("indent", "indent"),
  ALINEA("alinea", "al"),
  PROVISO("proviso", "proviso"),
  LEVEL("level", "lvl"),
  TRANSITIONAL("transitional", "transitional"),
  /** A generic container for text that has no specific structural name (AKN {@code hcontainer}). */
  HCONTAINER("hcontainer", "hcontainer");

  private static final ImmutableMap<String, ProvisionKind> BY_ELEMENT =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(k -> k.element, Function.identity()));
  private static final ImmutableMap<String, ProvisionKind> BY_PREFIX =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(k -> k.eIdPrefix, Function.identity()));

  private final String element;
  private final String eIdPrefix;

  ProvisionKind(String element, String eIdPrefix) {
    this.element = element;
    this.eIdPrefix = eIdPrefix;
  }

  /** Returns the Akoma Ntoso element name, e.g. {@code article}. */
  public String element() {
    return element;
  }

  /** Returns the prefix this kind contributes to an eId, e.g. {@code art}. */
  public String eIdPrefix() {
    return eIdPrefix;
  }

  /**
   * Returns the kind whose Akoma Ntoso element name is {@code element}.
   *
   * @param element an element local name such as {@code chapter}
   * @return the kind, or empty when AKN has no such hierarchical element
   */
  public static Optional<ProvisionKind> fromElement(String element) {
    return Optional.ofNullable(BY_ELEMENT.get(checkNotNull(element, "element")));
  }

  /**
   * Returns the kind whose eId prefix is {@code prefix}.
   *
   * @param prefix an eId prefix such as {@code chp}
   * @return the kind, or empty when no kind uses that prefix
   */
  public static Optional<ProvisionKind> fromEidPrefix(String prefix) {
    return Optional.ofNullable(BY_PREFIX.get(checkNotNull(prefix, "prefix")));
  }
}
