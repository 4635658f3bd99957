/**
 * A user's application, as a named module: it reads only Lexkit's Akoma Ntoso module, which brings the core model
 * ({@code requires transitive}).
 */
module org.lexkit.consumer {
  requires org.lexkit.akn;

  exports org.lexkit.consumer;
}
