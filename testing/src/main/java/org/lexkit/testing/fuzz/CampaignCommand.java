package org.lexkit.testing.fuzz;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line shared by the large-campaign programs: {@code -cases N} (100000), {@code -seed S} (20261128),
 * {@code -threads T} (available processors), {@code -out DIR} ({@code target/fuzz-campaign}), plus the options a
 * program names itself; and the run that prints progress and writes {@code DIR/report.md} and the crashes under
 * {@code DIR/crashes/}.
 *
 * <p>Immutable.
 */
public final class CampaignCommand {
  private static final ImmutableSet<String> COMMON = ImmutableSet.of("cases", "seed", "threads", "out");

  private final ImmutableMap<String, String> options;

  private CampaignCommand(ImmutableMap<String, String> options) {
    this.options = options;
  }

  /**
   * Parses {@code -name value} pairs.
   *
   * @param args the program's arguments
   * @param programOptions the names (without the dash) of the options the program adds to the common ones
   * @return the parsed command line
   * @throws IllegalArgumentException for an option nobody knows
   */
  public static CampaignCommand parse(String[] args, String... programOptions) {
    ImmutableSet<String> known = ImmutableSet.<String>builder().addAll(COMMON).add(programOptions).build();
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      checkArgument(args[i].startsWith("-") && known.contains(args[i].substring(1)), "unknown option %s", args[i]);
      options.put(args[i].substring(1), args[i + 1]);
    }
    return new CampaignCommand(ImmutableMap.copyOf(options));
  }

  /** Returns the value of {@code -name}, or {@code otherwise} when it was not given. */
  public String option(String name, String otherwise) {
    return options.getOrDefault(name, otherwise);
  }

  /** Returns {@code -cases}. */
  public long cases() {
    return Long.parseLong(option("cases", "100000"));
  }

  /** Returns {@code -seed}, the campaign seed. */
  public long seed() {
    return Long.parseLong(option("seed", "20261128"));
  }

  /** Returns {@code -threads}. */
  public int threads() {
    return Integer.parseInt(option("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
  }

  /** Returns {@code -out}, the folder of the report and the crashes. */
  public Path out() {
    return Path.of(option("out", "target/fuzz-campaign"));
  }

  /**
   * Runs {@code campaign} with this command line's cases, seed and threads, printing progress, then writes the
   * report ({@link FuzzReport#document}) to {@code DIR/report.md} and prints its summary.
   *
   * @param campaign the campaign, configured but for the common options
   * @param crashExtension the file extension of saved inputs, such as {@code .xml}
   * @param title the report's title
   * @param facts what the report says about the seeds and the program's own options
   * @return the report
   * @throws IOException if the output folder cannot be written
   */
  public FuzzReport run(FuzzCampaign campaign, String crashExtension, String title, List<String> facts)
      throws IOException {
    Path out = out();
    Files.createDirectories(out);
    String started = DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC));
    System.out.printf(Locale.ROOT, "%s: %d cases, seed %d, %d thread(s); %s%n", title, cases(), seed(), threads(),
        String.join("; ", facts));
    FuzzReport report = campaign
        .withCases(cases())
        .withSeed(seed())
        .withThreads(threads())
        .withCrashDirectory(out.resolve("crashes"), crashExtension)
        .withProgress(line -> System.out.println("  " + line))
        .run();
    List<String> header = ImmutableList.<String>builder()
        .add("started: " + started).addAll(facts).add("campaign seed: " + seed()).build();
    Path file = out.resolve("report.md");
    Files.writeString(file, report.document(title, header), UTF_8);
    System.out.println(report.summary());
    System.out.println("report: " + file.toAbsolutePath());
    return report;
  }
}
