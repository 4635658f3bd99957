/**
 * Lexkit's plain-text conversion: noisy legal texts to the core model, and the model back to plain text. The
 * heading profiles are resources of this module, read by its own classes.
 */
module org.lexkit.text {
  requires transitive org.lexkit.core;
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.lexkit.text;
}
