/**
 * Lexkit's rights analysis: extraction of rights and restriction grounds from text, and the check of grounds
 * against the ICCPR and the ECHR. Its data files live in its own packages and are read by its own classes.
 */
module org.lexkit.rights {
  requires transitive org.lexkit.core;
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.lexkit.rights.extraction;
  exports org.lexkit.rights.standards;
}
