package org.lexkit.akn;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lexkit.akn.AknProblem.Rule;
import org.lexkit.akn.AknProblem.Severity;

/** Null-hostility of the public API (STYLE rule 8) and the location/problem formats tools rely on. */
class PackageSanityTest {
  private static final org.lexkit.core.document.DocumentIdentity KZ = org.lexkit.core.document.DocumentIdentity.of(
      "kz", org.lexkit.core.document.DocumentType.CONSTITUTION, java.time.LocalDate.of(1995, 8, 30), "constitution",
      "rus");

  @Test
  void publicApi_nullArguments_rejectedWithNpe() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(SourceLocation.class, SourceLocation.of("a.xml", 1, 1))
        .setDefault(Path.class, Path.of("a.xml"))
        .setDefault(ValidationMode.class, ValidationMode.STRICT)
        .setDefault(AknDocument.class, AknReader.create().readString(
            org.lexkit.testing.akn.Akn.act(org.lexkit.testing.akn.Akn.article("art_1", "x"))))
        .setDefault(FrbrIdentification.Work.class, new FrbrIdentification.Work("/w", ImmutableList.of(),
            ImmutableList.of(), ImmutableList.of(), "kz"))
        .setDefault(FrbrIdentification.Expression.class, new FrbrIdentification.Expression("/e", ImmutableList.of(),
            ImmutableList.of(), ImmutableList.of(), ImmutableList.of("eng")))
        .setDefault(FrbrIdentification.Manifestation.class, new FrbrIdentification.Manifestation("/m",
            ImmutableList.of(), ImmutableList.of(), ImmutableList.of()))
        // The model mapping's types (akn-mapping branch).
        .setDefault(org.lexkit.core.document.DocumentIdentity.class, KZ)
        .setDefault(org.lexkit.core.document.LegalDocument.class, org.lexkit.core.document.LegalDocument.of(KZ,
            "Конституция", org.lexkit.core.provision.Provision.of(
                org.lexkit.core.provision.ProvisionKind.ARTICLE, "1", "x")))
        .setDefault(org.lexkit.core.amendment.Amendment.class, org.lexkit.core.amendment.Amendment.of(
            org.lexkit.core.amendment.AmendmentId.parse("a1"), "A",
            org.lexkit.core.amendment.RemoveRight.of(org.lexkit.core.rights.RightId.parse("speech"))))
        .setDefault(AknIri.class, AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@1995-08-30"))
        .setDefault(AknIri.WorkDate.class, AknIri.WorkDate.ofYear(1995))
        .setDefault(AknIri.Expression.class, new AknIri.Expression("rus", AknIri.Expression.Kind.CURRENT,
            ImmutableList.of()))
        .setDefault(Eid.class, Eid.parse("art_1"));
    for (Class<?> type : new Class<?>[] {SourceLocation.class, AknProblem.class, Eid.class, AknDocumentType.class,
        FrbrIdentification.class, FrbrIdentification.NamedDate.class, FrbrIdentification.Author.class,
        FrbrIdentification.Work.class, FrbrIdentification.Expression.class, FrbrIdentification.Manifestation.class,
        AknReader.class, AknWriter.class, AknIri.class, AknIri.WorkDate.class, AknIri.Expression.class,
        AknIri.Component.class, AknIri.Portion.class, AknIri.LenientParse.class, AknIri.Deviation.class,
        UnmappedContent.class, MappingResult.class,
        AmendingAct.class}) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(AknReader.create());
    tester.testAllPublicInstanceMethods(AknWriter.create());
    tester.testAllPublicInstanceMethods(AknIri.parse("/akn/kz/act/1995-08-30/constitution/rus@1995-08-30"));
    tester.testAllPublicInstanceMethods(Eid.parse("art_1"));
  }

  @Test
  void sourceLocation_describe_compilerFormat() {
    assertThat(SourceLocation.of("act.xml", 41, 17).describe()).isEqualTo("act.xml:41:17");
    assertThat(SourceLocation.of("act.xml", 41, -1).describe()).isEqualTo("act.xml:41");
    assertThat(SourceLocation.of("act.xml", 0, 5)).isEqualTo(SourceLocation.unknownPosition("act.xml"));
    assertThat(SourceLocation.unknownPosition("act.xml").describe()).isEqualTo("act.xml");
  }

  @Test
  void problem_describe_severityAndLocation() {
    AknProblem problem = new AknProblem(SourceLocation.of("act.xml", 3, 9), Severity.WARNING,
        Rule.DANGLING_REFERENCE, "href=\"#x\" points to no element");
    assertThat(problem.describe()).isEqualTo("act.xml:3:9: warning: href=\"#x\" points to no element");
    assertThat(problem.isError()).isFalse();
  }

  @Test
  void schemaException_withoutError_rejected() {
    AknProblem warning = new AknProblem(SourceLocation.of("a", 1, 1), Severity.WARNING, Rule.EID_SYNTAX, "w");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AknSchemaException(java.util.List.of(warning)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
