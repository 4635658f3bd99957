package org.lexkit.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A dated event in a document's life: its adoption, an amendment, its repeal.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date when it happened
 * @param type what happened
 * @param source what caused it, e.g. "Закон РК от 21.05.2007 № 254-III" or an Akoma Ntoso IRI, or empty
 */
public record LifecycleEvent(LocalDate date, Type type, Optional<String> source) {
  /** The kinds of event. */
  public enum Type {
    /** The document was made (adopted, promulgated). */
    GENERATION,
    /** Another act amended it. */
    AMENDMENT,
    /** It lost force. */
    REPEAL
  }

  /** Validates the components. */
  public LifecycleEvent {
    checkNotNull(date, "date");
    checkNotNull(type, "type");
    checkNotNull(source, "source");
    source.ifPresent(s -> checkArgument(!s.isBlank(), "a lifecycle event's source must not be blank"));
  }

  /**
   * Returns an event caused by {@code source}.
   *
   * @param date when
   * @param type what
   * @param source the causing act
   * @return the event
   */
  public static LifecycleEvent of(LocalDate date, Type type, String source) {
    return new LifecycleEvent(date, type, Optional.of(source));
  }
}
