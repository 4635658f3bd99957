package org.lexkit.akn;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * What mapping an Akoma Ntoso document to the Lexkit model produced: the model value, everything the model does not
 * represent, and the reader's warnings.
 *
 * <pre>{@code
 * MappingResult<LegalDocument> read = AknReader.create().readDocument(Path.of("constitution.akn.xml"));
 * LegalDocument constitution = read.value();
 * read.unmapped().forEach(u -> log.info(u.describe()));   // "act.xml:12:5: <table>: ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the mapped value
 * @param unmapped what the model does not represent, in document order
 * @param warnings the reader's warnings (eId syntax, dangling references, lenient-mode deviations)
 * @param <T> the model type
 */
public record MappingResult<T>(T value, ImmutableList<UnmappedContent> unmapped, ImmutableList<AknProblem> warnings) {
  /** Rejects nulls and copies the lists. */
  public MappingResult {
    checkNotNull(value, "value");
    unmapped = ImmutableList.copyOf(unmapped);
    warnings = ImmutableList.copyOf(warnings);
  }

  /** Returns whether the model represents the whole document: nothing was reported unmapped. */
  public boolean isComplete() {
    return unmapped.isEmpty();
  }
}
