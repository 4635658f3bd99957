package org.lexkit.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures conversion throughput (MB = 10^6 bytes of UTF-8 input, decoding included) on the Kazakhstan
 * constitution, on a 20 MB text made of renumbered copies of it, and on 20 MB of generated noisy text. Performance
 * is measured, not asserted: this prints numbers and runs only when asked.
 *
 * <pre>
 * mvn -B -ntp -q -pl text -am verify -Dtest=ConversionThroughput -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dlexkit.benchmark=true
 * </pre>
 */
class ConversionThroughput {
  private static final Pattern SECTION = Pattern.compile("(?m)^Раздел [IVX]+\\.?");
  private static final Pattern ARTICLE = Pattern.compile("(?m)^Статья ([0-9]+)");

  @Test
  void measure() throws IOException {
    assumeTrue(Boolean.getBoolean("lexkit.benchmark"), "set -Dlexkit.benchmark=true to measure throughput");
    main(new String[0]);
  }

  public static void main(String[] args) throws IOException {
    Optional<Path> kzFile = DomainFiles.find("kz/constitution-1995.ru.txt");
    TextConverter converter = TextConverter.create().withProfile(HeadingProfile.RUSSIAN);
    if (kzFile.isPresent()) {
      String kz = Files.readString(kzFile.get(), StandardCharsets.UTF_8);
      report("KZ constitution (" + kb(kz) + ")", converter, kz.getBytes(StandardCharsets.UTF_8), 500);
      String big = scaled(kz, 20_000_000);
      report("KZ constitution x" + (big.length() / kz.length()) + " renumbered (" + mb(big) + ")", converter,
          big.getBytes(StandardCharsets.UTF_8), 5);
    } else {
      System.out.println("KZ constitution absent: " + DomainFiles.describeSearch("kz/constitution-1995.ru.txt"));
    }
    String noisy = generatedNoisy(20_000_000);
    report("generated noisy Russian text (" + mb(noisy) + ")", converter, noisy.getBytes(StandardCharsets.UTF_8), 5);
  }

  private static void report(String what, TextConverter converter, byte[] input, int rounds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Conversion last = null;
    // Warm up for a couple of seconds (or two rounds of a large input) so that the JIT has compiled the hot paths.
    long warmEnd = System.nanoTime() + 2_000_000_000L;
    for (int i = 0; i < 2 || System.nanoTime() < warmEnd; i++) {
      last = converter.convert(input, "bench");
    }
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < rounds; i++) {
      last = converter.convert(input, "bench");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double megabytes = input.length * (double) rounds / 1e6;
    // Wall-clock throughput suffers when other processes share the cores; the converting thread's CPU time does not
    // (it leaves out the garbage collector's threads).
    System.out.println(String.format(Locale.ROOT, "%-50s wall %6.1f MB/s, thread CPU %6.1f MB/s  (%d rounds, %.1f ms"
            + " each; %d provisions, %d warnings)", what, megabytes / seconds, megabytes / cpuSeconds, rounds,
        seconds * 1000 / rounds, last.document().provisions().size(), last.warnings().size()));
  }

  /** Copies of the constitution's body, sections and articles renumbered so that every id stays unique. */
  static String scaled(String kz, int bytes) {
    int bodyStart = kz.indexOf("\nРаздел I.") + 1;
    String head = kz.substring(0, bodyStart);
    String body = kz.substring(bodyStart);
    StringBuilder out = new StringBuilder(head);
    int sections = 0;
    int articles = 0;
    int copyBytes = body.getBytes(StandardCharsets.UTF_8).length;
    int total = head.getBytes(StandardCharsets.UTF_8).length;
    while (total < bytes) {
      total += copyBytes;
      StringBuilder copy = new StringBuilder();
      Matcher s = SECTION.matcher(body);
      int last = 0;
      while (s.find()) {
        copy.append(body, last, s.start()).append("Раздел ").append(roman(++sections));
        last = s.end();
      }
      copy.append(body.substring(last));
      Matcher a = ARTICLE.matcher(copy);
      StringBuilder renumbered = new StringBuilder();
      int offset = articles;
      int max = 0;
      while (a.find()) {
        int n = Integer.parseInt(a.group(1));
        max = Math.max(max, n);
        a.appendReplacement(renumbered, "Статья " + (offset + n));
      }
      a.appendTail(renumbered);
      articles += max;
      out.append(renumbered);
    }
    return out.toString();
  }

  /** One generated document of some ten thousand sections, rendered, with noise mixed in. */
  static String generatedNoisy(int bytes) {
    Random r = new Random(42);
    int sections = bytes / 2200;
    String clean = TextRenderer.create().withProfile(HeadingProfile.RUSSIAN)
        .render(TextGenerators.document(r, HeadingProfile.RUSSIAN, sections));
    return TextGenerators.addNoise(r, clean, HeadingProfile.RUSSIAN);
  }

  private static String roman(int n) {
    String[] thousands = {"", "M", "MM", "MMM"};
    String[] hundreds = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return thousands[n / 1000] + hundreds[n % 1000 / 100] + tens[n % 100 / 10] + ones[n % 10];
  }

  private static String kb(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length / 1000 + " KB";
  }

  private static String mb(String text) {
    return String.format(Locale.ROOT, "%.1f MB", text.getBytes(StandardCharsets.UTF_8).length / 1e6);
  }
}
