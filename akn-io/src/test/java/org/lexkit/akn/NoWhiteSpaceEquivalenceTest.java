package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.testing.akn.Akn.act;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexkit.akn.testing.OfficialSchema;

/**
 * The structural schema leaves the pattern of the type {@code noWhiteSpace} ({@code [^\s]+}, the type of
 * {@code eId}, {@code wId} and {@code GUID}) to the id checker; both read paths must give the official schema's
 * verdict on its corner cases: XML Schema's {@code \s} is only space, tab, CR and LF (so a no-break space is
 * allowed), character references are not normalised away, and foreign elements are not validated.
 */
class NoWhiteSpaceEquivalenceTest {

  /** An act the model can read too (it needs a title), with one article. */
  private static String titled(String body) {
    return act(body).replace("<body>", "<preface><p><docTitle>T</docTitle></p></preface><body>");
  }

  private static String article(String attributes) {
    return titled("<article " + attributes + "><num>1</num><content><p>a</p></content></article>");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("plain eId", article("eId=\"art_1\""), true),
        Arguments.of("eId with a space", article("eId=\"art 1\""), false),
        Arguments.of("empty eId", article("eId=\"\""), false),
        Arguments.of("eId with a literal tab (normalised to a space)", article("eId=\"art\t1\""), false),
        Arguments.of("GUID with a tab reference", article("eId=\"art_1\" GUID=\"g&#9;1\""), false),
        Arguments.of("wId with a line feed reference", article("eId=\"art_1\" wId=\"w&#10;1\""), false),
        Arguments.of("eId with a carriage return reference", article("eId=\"art&#13;1\""), false),
        Arguments.of("empty wId", article("eId=\"art_1\" wId=\"\""), false),
        Arguments.of("eId with a no-break space", article("eId=\"art\u00a01\""), true),
        Arguments.of("GUID with an ideographic space", article("eId=\"art_1\" GUID=\"g\u30001\""), true),
        Arguments.of("spaced eId on a foreign element",
            titled("<article eId=\"art_1\"><num>1</num><content><foreign><x:data xmlns:x=\"urn:example\""
                + " eId=\"a b\">y</x:data></foreign></content></article>"), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void idChecker_noWhiteSpaceCornerCase_sameVerdictAsOfficialSchema(String name, String xml, boolean expectedValid)
      throws IOException {
    byte[] bytes = xml.getBytes(UTF_8);
    boolean official = OfficialSchema.firstError(bytes, name) == null;
    assertThat(official).as("official verdict (checks the test's expectation)").isEqualTo(expectedValid);
    for (ValidationMode mode : new ValidationMode[] {ValidationMode.STRICT, ValidationMode.LENIENT}) {
      AknReader reader = AknReader.create().withValidation(mode);
      assertThat(verdict(() -> reader.read(new ByteArrayInputStream(bytes), name)))
          .as("lossless read, %s", mode).isEqualTo(official);
      assertThat(verdict(() -> reader.readDocument(new ByteArrayInputStream(bytes), name)))
          .as("model read, %s", mode).isEqualTo(official);
    }
  }

  private interface Read {
    Object run() throws IOException;
  }

  private static boolean verdict(Read read) throws IOException {
    try {
      read.run();
      return true;
    } catch (AknSchemaException e) {
      // Invalid for the reason the case is about: the pattern, reported as a schema problem naming the type.
      assertThat(e.problems()).filteredOn(AknProblem::isError)
          .anySatisfy(p -> assertThat(p.message()).contains("noWhiteSpace"));
      return false;
    }
  }
}
