package org.lexkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the benchmarks find their shared inputs, which are never copied into the project: the AKN corpus (system
 * property {@code lexkit.corpus}, default {@value #DEFAULT_CORPUS}) and the domain texts (system property
 * {@code lexkit.domain}, default {@value #DEFAULT_DOMAIN}). A JMH {@code @Param} naming a folder wins over both.
 */
public final class Inputs {
  /** The corpus folder used when neither a parameter nor the system property names one. */
  public static final String DEFAULT_CORPUS = "/work/shared/akn/corpus";
  /** The domain folder used when the system property does not name one. */
  public static final String DEFAULT_DOMAIN = "/work/shared/domain";
  /** The 1 MB UK Data Protection Act 1998, relative to the corpus. */
  public static final String UK_DPA_1998 = "legaldocml-java/legaldocml-test/src/main/resources/xml/v3/uk_pga_1998_29.xml";
  /** An 82 KB UK act (2014 c. 27) that reads strictly into the model, relative to the corpus. */
  public static final String UK_2014_27 =
      "legaldocml-java/legaldocml-test/src/main/resources/xml/v3/uk_pga-2014-27-enacted-data.xml";
  /** An 18 KB US act (the legaldocml-java copy of the OASIS example), relative to the corpus. */
  public static final String US_2011_11_29 =
      "legaldocml-java/legaldocml-test/src/main/resources/xml/v3/us_Act_2011-11-29.xml";
  /** The Kazakhstan constitution of 1995 in Russian, relative to the domain folder. */
  public static final String KZ_CONSTITUTION = "kz/constitution-1995.ru.txt";

  private Inputs() {}

  /**
   * Returns the corpus folder.
   *
   * @param parameter a benchmark parameter naming the folder, or empty for the property or the default
   * @return the folder
   * @throws IllegalStateException if it does not exist
   */
  public static Path corpus(String parameter) {
    String folder = parameter.isEmpty() ? property("lexkit.corpus", DEFAULT_CORPUS) : parameter;
    Path path = Path.of(folder);
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("the AKN corpus folder " + path.toAbsolutePath() + " does not exist; pass"
          + " -Dlexkit.corpus=... (or -p corpus=... to JMH)");
    }
    return path;
  }

  /**
   * Reads a file of the corpus.
   *
   * @param corpusParameter as for {@link #corpus(String)}
   * @param relative the file, relative to the corpus
   * @return its bytes
   */
  public static byte[] corpusFile(String corpusParameter, String relative) {
    return read(corpus(corpusParameter).resolve(relative));
  }

  /**
   * Returns every {@code .xml} file of the corpus, sorted by path.
   *
   * @param corpusParameter as for {@link #corpus(String)}
   * @return the files
   */
  public static List<Path> corpusFiles(String corpusParameter) {
    try (Stream<Path> files = Files.walk(corpus(corpusParameter))) {
      return files.filter(p -> p.toString().endsWith(".xml") && Files.isRegularFile(p)).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a domain text file.
   *
   * @param relative e.g. {@link #KZ_CONSTITUTION}
   * @return the path
   * @throws IllegalStateException if it does not exist
   */
  public static Path domainFile(String relative) {
    Path path = Path.of(property("lexkit.domain", DEFAULT_DOMAIN)).resolve(relative);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("the domain file " + path.toAbsolutePath() + " does not exist; pass"
          + " -Dlexkit.domain=...");
    }
    return path;
  }

  // Maven passes an empty property when none is given; that means "the default" too.
  private static String property(String name, String fallback) {
    String value = System.getProperty(name, "");
    return value.isEmpty() ? fallback : value;
  }

  /**
   * Reads a file.
   *
   * @param path the file
   * @return its bytes
   */
  public static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
