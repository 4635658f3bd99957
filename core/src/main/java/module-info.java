/**
 * Lexkit's core model: provisions, rights and restriction grounds, documents, amendments, histories and
 * comparisons. Guava's immutable collections appear in the API, so readers of this module read Guava too
 * ({@code requires transitive}). JSpecify and Error Prone annotations are needed only to compile
 * ({@code requires static}); JSpecify's {@code @Nullable} is part of some signatures, so a module compiled against
 * this one reads it too when it is present ({@code static transitive}).
 */
module org.lexkit.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.lexkit.core;
  exports org.lexkit.core.amendment;
  exports org.lexkit.core.comparison;
  exports org.lexkit.core.document;
  exports org.lexkit.core.history;
  exports org.lexkit.core.provision;
  exports org.lexkit.core.rights;
}
