package org.lexkit.core.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.lexkit.core.provision.Text;

/**
 * The solemn words before a document's first provision ("Мы, народ Казахстана, ...").
 *
 * <p>Invariant: at least one block of text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param blocks the preamble's text blocks in order
 */
public record Preamble(ImmutableList<Text> blocks) {
  /** Checks the invariant and copies the blocks. */
  public Preamble {
    blocks = ImmutableList.copyOf(blocks);
    checkArgument(!blocks.isEmpty(), "a preamble needs at least one block of text");
  }

  /**
   * Returns a preamble of plain text blocks.
   *
   * @param blocks at least one block
   * @return the preamble
   */
  public static Preamble of(String... blocks) {
    ImmutableList.Builder<Text> texts = ImmutableList.builder();
    for (String block : blocks) {
      texts.add(Text.of(block));
    }
    return new Preamble(texts.build());
  }
}
