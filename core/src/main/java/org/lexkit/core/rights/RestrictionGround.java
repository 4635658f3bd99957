package org.lexkit.core.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.lexkit.core.provision.ProvisionId;
import org.lexkit.core.provision.Text;

/**
 * One ground on which a text allows a right to be restricted, as the text words it ("в интересах государственной
 * безопасности", "state security"), with the provision it comes from and, where the wording is known, the
 * canonical ground it means. Unknown wordings stay unmapped; they are never guessed.
 *
 * <p>Two grounds are the same ground when their {@linkplain #key() keys} are equal: the canonical code if mapped,
 * else the normalised wording.
 *
 * <p>Immutable and thread-safe.
 *
 * @param wording the ground's words, verbatim from the text
 * @param source the provision that states it
 * @param canonical the canonical ground, or empty when the wording is not in the vocabulary
 */
public record RestrictionGround(String wording, ProvisionId source, Optional<CanonicalGround> canonical) {
  /** Validates the components. */
  public RestrictionGround {
    checkNotNull(wording, "wording");
    checkNotNull(source, "source");
    checkNotNull(canonical, "canonical");
    checkArgument(!wording.isBlank(), "a restriction ground's wording must not be blank");
  }

  /**
   * Returns a ground whose wording is known to mean {@code canonical}.
   *
   * @param wording the words of the text
   * @param source the provision stating it
   * @param canonical the canonical ground
   * @return the ground
   */
  public static RestrictionGround of(String wording, ProvisionId source, CanonicalGround canonical) {
    return new RestrictionGround(wording, source, Optional.of(canonical));
  }

  /**
   * Returns a ground whose wording is not mapped to any canonical ground.
   *
   * @param wording the words of the text
   * @param source the provision stating it
   * @return the ground
   */
  public static RestrictionGround unmapped(String wording, ProvisionId source) {
    return new RestrictionGround(wording, source, Optional.empty());
  }

  /**
   * Returns what identifies this ground when grounds are compared: the canonical code (e.g. {@code PUBLIC_ORDER})
   * if mapped, else {@code "wording:"} and the lower-cased, whitespace-normalised wording.
   */
  public String key() {
    return canonical.map(CanonicalGround::code)
        .orElseGet(() -> "wording:" + Text.normalize(wording).toLowerCase(Locale.ROOT));
  }

  /**
   * Returns whether this ground means {@code ground}.
   *
   * @param ground a canonical ground
   * @return true when mapped to it
   */
  public boolean means(CanonicalGround ground) {
    return canonical.isPresent() && canonical.get().equals(checkNotNull(ground, "ground"));
  }
}
