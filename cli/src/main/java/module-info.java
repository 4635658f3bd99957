/**
 * The {@code lexkit} command line. {@code org.lexkit.cli.Lexkit} is exported so that a program can embed the
 * command line ({@code Lexkit.commandLine(Terminal)} returns picocli's {@code CommandLine}, hence
 * {@code requires transitive info.picocli}). Picocli reads and sets the commands' annotated fields and methods by
 * reflection, so the package is also open, to picocli alone. (The all-in-one {@code cli/target/lexkit.jar} drops
 * this descriptor and runs on the class path.)
 */
module org.lexkit.cli {
  requires org.lexkit.akn;
  requires org.lexkit.rights;
  requires org.lexkit.text;
  requires io.github.javadiffutils;
  requires transitive info.picocli;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.lexkit.cli;

  opens org.lexkit.cli to info.picocli;
}
