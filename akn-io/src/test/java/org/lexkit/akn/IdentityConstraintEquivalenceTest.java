package org.lexkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lexkit.testing.akn.Akn.act;
import static org.lexkit.testing.akn.Akn.actWith;
import static org.lexkit.testing.akn.Akn.article;
import static org.lexkit.testing.akn.Akn.attachment;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexkit.akn.testing.OfficialSchema;

/**
 * The linear identity-constraint check must give the official schema's verdict on the corner cases of its
 * semantics: nested documents, GUIDs, foreign elements, wIds (not constrained), and elements outside any scope.
 */
class IdentityConstraintEquivalenceTest {

  static Stream<Arguments> cases() {
    String proprietaryWithForeign =
        "<p>x</p><foreign><x:data xmlns:x=\"urn:example\" eId=\"art_1\">y</x:data></foreign>";
    return Stream.of(
        Arguments.of("unique eIds", act(article("art_1", "a") + article("art_2", "b")), true),
        Arguments.of("duplicate eId in body", act(article("art_1", "a") + article("art_1", "b")), false),
        Arguments.of("duplicate GUID", act(
            "<article eId=\"art_1\" GUID=\"g1\"><num>1</num><content><p>a</p></content></article>"
                + "<article eId=\"art_2\" GUID=\"g1\"><num>2</num><content><p>b</p></content></article>"), false),
        Arguments.of("eId equal to a GUID", act(
            "<article eId=\"g1\" GUID=\"g1\"><num>1</num><content><p>a</p></content></article>"), true),
        Arguments.of("duplicate wId is allowed", act(
            "<article eId=\"art_1\" wId=\"w\"><num>1</num><content><p>a</p></content></article>"
                + "<article eId=\"art_2\" wId=\"w\"><num>2</num><content><p>b</p></content></article>"), true),
        Arguments.of("duplicate between body and attachment",
            actWith("1995-08-30", article("art_1", "a"), attachment(article("art_1", "b"))), false),
        Arguments.of("duplicate inside one attachment",
            actWith("1995-08-30", article("art_1", "a"),
                attachment(article("art_9", "b") + article("art_9", "c"))), false),
        Arguments.of("eId on a foreign element repeating an AKN eId is outside the constraint",
            act(article("art_1", "a") + "<article eId=\"art_2\"><num>2</num><content>" + proprietaryWithForeign
                + "</content></article>"), true),
        Arguments.of("eId on a foreign element, unique",
            act(article("art_1", "a") + "<article eId=\"art_2\"><num>2</num><content>"
                + proprietaryWithForeign.replace("eId=\"art_1\"", "eId=\"x_1\"") + "</content></article>"), true),
        Arguments.of("TLC eId duplicates a body eId", act(article("people", "a")), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void linearCheck_cornerCase_sameVerdictAsOfficialSchema(String name, String xml, boolean expectedValid)
      throws IOException {
    boolean official = OfficialSchema.firstError(xml.getBytes(UTF_8), name) == null;
    boolean linear;
    try {
      AknReader.create().readString(xml, name);
      linear = true;
    } catch (AknSchemaException e) {
      linear = false;
      // The case must be invalid for the reason it is about, nothing else.
      assertThat(e.problems()).filteredOn(AknProblem::isError)
          .allSatisfy(p -> assertThat(p.rule()).isEqualTo(AknProblem.Rule.UNIQUE_ID));
    }
    assertThat(official).as("official verdict (checks the test's expectation)").isEqualTo(expectedValid);
    assertThat(linear).as("linear verdict").isEqualTo(official);
  }
}
