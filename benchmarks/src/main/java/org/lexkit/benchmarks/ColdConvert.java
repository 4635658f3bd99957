package org.lexkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.lexkit.akn.AknWriter;
import org.lexkit.core.document.DocumentIdentity;
import org.lexkit.core.document.DocumentType;
import org.lexkit.text.Conversion;
import org.lexkit.text.HeadingProfile;
import org.lexkit.text.TextConverter;

/**
 * What {@code lexkit convert} does, as a program to time from process start to exit: converts a plain text to the
 * model with the Russian profile and the Kazakhstan constitution's identity (as {@code lexkit convert --country=kz
 * --type=constitution --date=1995-08-30 --name=constitution-1995-ru} gives it) and writes it as AKN. With
 * {@code --breakdown} it also prints where the time went inside the JVM (start-up until {@code main}, conversion,
 * writing).
 *
 * <p>The identity is explicit because the converter's default name for {@code constitution-1995.ru.txt},
 * {@code constitution-1995.ru}, is not a valid AKN IRI work number (a dot), so the writer refuses it.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.lexkit.benchmarks.ColdConvert input.txt output.akn.xml [--breakdown]
 * </pre>
 */
public final class ColdConvert {
  private ColdConvert() {}

  /**
   * Converts {@code args[0]} into {@code args[1]}.
   *
   * @param args input text, output file, optionally {@code --breakdown}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    long uptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
    long start = System.nanoTime();
    Conversion conversion = TextConverter.create().withProfile(HeadingProfile.RUSSIAN)
        .withIdentity(DocumentIdentity.of("kz", DocumentType.CONSTITUTION, LocalDate.of(1995, 8, 30),
            "constitution-1995-ru", "rus"))
        .convert(Path.of(args[0]));
    long converted = System.nanoTime();
    AknWriter.create().write(conversion.document(), Path.of(args[1]));
    long written = System.nanoTime();
    if (args.length > 2 && args[2].equals("--breakdown")) {
      System.out.printf(Locale.ROOT, "JVM start to main %d ms, convert %d ms, write AKN %d ms; %d provisions%n",
          uptimeAtMain, (converted - start) / 1_000_000, (written - converted) / 1_000_000,
          conversion.document().provisions().size());
    }
  }
}
