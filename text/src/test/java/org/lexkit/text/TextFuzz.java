package org.lexkit.text;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lexkit.testing.fuzz.FuzzCampaign;
import org.lexkit.testing.fuzz.Seed;

/** What the fast fuzz test and the large campaign share: the seed texts and the campaign's shape. */
final class TextFuzz {
  private TextFuzz() {}

  /** The module's own test texts (always there). */
  private static final ImmutableList<String> RESOURCES =
      ImmutableList.of("data-protection-act.en.txt", "local-government-law.ru.txt");

  /** The examples module's bundled texts, relative to the repository root. */
  private static final Path EXAMPLES = Path.of("examples", "src", "main", "resources", "kz");

  /**
   * Returns the seeds: every {@code .txt} under the shared domain folder ({@code -Dlexkit.domain}; none when it is
   * absent), the examples' bundled texts, and this module's test texts, without duplicate contents.
   *
   * @return the seeds, domain texts first
   * @throws IOException if a text cannot be read
   */
  static ImmutableList<Seed> seeds() throws IOException {
    ImmutableList.Builder<Seed> seeds = ImmutableList.builder();
    Set<String> contents = new HashSet<>();
    Optional<Path> domain = domainFolder();
    if (domain.isPresent()) {
      addTexts(domain.get(), "domain/", seeds, contents);
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path root : List.of(here.getParent() == null ? here : here.getParent(), here)) {
      if (Files.isDirectory(root.resolve(EXAMPLES))) {
        addTexts(root.resolve(EXAMPLES), "examples/", seeds, contents);
        break;
      }
    }
    for (String resource : RESOURCES) {
      try (InputStream in = TextFuzz.class.getResourceAsStream(resource)) {
        if (in != null) {
          add(new Seed("text/" + resource, in.readAllBytes()), seeds, contents);
        }
      }
    }
    return seeds.build();
  }

  /** Returns the shared domain folder when it is found (see {@link DomainFiles}). */
  static Optional<Path> domainFolder() {
    return DomainFiles.find("kz/constitution-1995.ru.txt").map(file -> file.getParent().getParent());
  }

  private static void addTexts(Path folder, String prefix, ImmutableList.Builder<Seed> seeds, Set<String> contents)
      throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        add(Seed.of(file, prefix + folder.relativize(file)), seeds, contents);
      }
    }
  }

  private static void add(Seed seed, ImmutableList.Builder<Seed> seeds, Set<String> contents) {
    if (contents.add(Arrays.toString(com.google.common.hash.Hashing.sha256().hashBytes(seed.bytes()).asBytes()))) {
      seeds.add(seed);
    }
  }

  /**
   * Returns a campaign over {@code seeds} against {@link TextConvertTarget}: up to three mutations a case, small
   * seeds favoured (size bias 0.5), a 120 s case timeout.
   *
   * @param seeds the seed texts
   * @return the campaign; set cases, seed and threads on it
   */
  static FuzzCampaign campaign(List<Seed> seeds) {
    return FuzzCampaign.of(seeds, TextMutations.all(seeds), TextConvertTarget.create())
        .withMaxMutations(3)
        .withSizeBias(0.5)
        .withCaseTimeout(Duration.ofSeconds(120));
  }
}
