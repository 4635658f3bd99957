package org.lexkit.core.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.lexkit.core.provision.ProvisionId;

/**
 * A list of content a text bans outright, such as Kazakhstan 1995 art. 20(3) (propaganda of violent change of the
 * constitutional order, of war, of social, racial, national, religious superiority ...). These are bans, not
 * restriction grounds: they say what may not be said, not for what purpose a law may limit a right.
 *
 * <p>Invariant: at least one item, none blank.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the provision that states the ban
 * @param items what is banned, each verbatim from the text
 */
public record ProhibitedContent(ProvisionId source, ImmutableList<String> items) {
  /** Checks the invariants and copies the items. */
  public ProhibitedContent {
    checkNotNull(source, "source");
    items = ImmutableList.copyOf(items);
    checkArgument(!items.isEmpty(), "the prohibited-content list in %s has no items", source);
    items.forEach(item -> checkArgument(!item.isBlank(), "the prohibited-content list in %s has a blank item",
        source));
  }

  /**
   * Returns the list stated in {@code source}.
   *
   * @param source the stating provision
   * @param items at least one item
   * @return the list
   */
  public static ProhibitedContent of(ProvisionId source, String... items) {
    return new ProhibitedContent(source, ImmutableList.copyOf(items));
  }
}
