package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexkit.testing.akn.Akn;
import org.quicktheories.core.Gen;

/**
 * Caffeine-fuzzer style robustness: for arbitrary byte-level mutations of a valid document, a read returns a
 * document or throws an {@link AknReadException} whose location names the source. Never an NPE,
 * ClassCastException, raw JAXB or StAX exception.
 */
class ReaderFuzzTest {
  private static final byte[] VALID = Akn.act(Akn.article("art_1", "The <b>Republic</b> of Kazakhstan")
      + Akn.article("art_2", "x &amp; y")).replace("><", ">\n<").getBytes(UTF_8);
  private static final byte[] INTERESTING = "<>/&;\"'=!?-[]#x \n\u00e9\u0000".getBytes(UTF_8);

  /** A mutation: position, kind (0 replace, 1 delete, 2 insert, 3 duplicate a span) and a byte choice. */
  private static Gen<List<Integer>> mutations() {
    return lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(3, 30);
  }

  private static byte[] mutate(List<Integer> plan) {
    byte[] bytes = VALID.clone();
    for (int i = 0; i + 2 < plan.size(); i += 3) {
      int position = plan.get(i) % bytes.length;
      int kind = plan.get(i + 1) % 4;
      byte value = INTERESTING[plan.get(i + 2) % INTERESTING.length];
      switch (kind) {
        case 0:
          bytes[position] = value;
          break;
        case 1:
          bytes = concat(slice(bytes, 0, position), slice(bytes, position + 1, bytes.length));
          break;
        case 2:
          bytes = concat(slice(bytes, 0, position), new byte[] {value}, slice(bytes, position, bytes.length));
          break;
        default:
          int end = Math.min(bytes.length, position + 1 + plan.get(i + 2) % 40);
          bytes = concat(slice(bytes, 0, end), slice(bytes, position, bytes.length));
      }
    }
    return bytes;
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, Math.max(from, to));
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] result = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, result, at, part.length);
      at += part.length;
    }
    return result;
  }

  @Test
  void read_mutatedDocument_returnsOrThrowsOnlyLocatedReadException() {
    // 400 mutants x 3 modes: a few seconds; raise -Dlexkit.fuzz.examples for a longer hunt.
    qt().withFixedSeed(42L).withExamples(Integer.getInteger("lexkit.fuzz.examples", 400))
        .forAll(mutations())
        .check(plan -> {
          byte[] input = mutate(plan);
          for (ValidationMode mode : ValidationMode.values()) {
            try {
              AknDocument document =
                  AknReader.create().withValidation(mode).read(new ByteArrayInputStream(input), "fuzz.xml");
              AknWriter.create().writeToBytes(document);
            } catch (AknReadException e) {
              if (!e.location().systemId().equals("fuzz.xml") || e.detail().isBlank()) {
                throw new AssertionError("badly located: " + e.getMessage(), e);
              }
            } catch (IOException e) {
              throw new AssertionError("reading memory cannot fail", e);
            } catch (RuntimeException e) {
              throw new AssertionError("undocumented " + e + " for:\n" + new String(input, UTF_8), e);
            }
          }
          return true;
        });
  }
}
