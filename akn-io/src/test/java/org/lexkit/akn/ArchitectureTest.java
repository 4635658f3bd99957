package org.lexkit.akn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Package rules of akn-io (STYLE rule 12): JAXB is private plumbing. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.lexkit.akn");

  @Test
  void publicPackage_neverTouchesJaxbOrGeneratedClasses() {
    noClasses().that().resideInAPackage("org.lexkit.akn")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.xml.bind..", "org.lexkit.akn.internal.jaxb..")
        .check(CLASSES);
  }

  /**
   * The two pipelines stay apart: the lossless one (internal.read's parser, internal.write, the JAXB tree) never
   * reaches the model mapping, and the model mapping never builds or writes a JAXB tree; what they share is the
   * event source and limits (internal.xml) and the validation that taps either stream (internal.read's
   * ValidatingTap).
   */
  @Test
  void losslessAndModelPipelines_stayApart() {
    noClasses().that().resideInAnyPackage("org.lexkit.akn.internal.read..", "org.lexkit.akn.internal.write..",
            "org.lexkit.akn.internal.xml..")
        .should().dependOnClassesThat().resideInAPackage("org.lexkit.akn.internal.mapping..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.lexkit.akn.internal.mapping..")
        .should().dependOnClassesThat().resideInAnyPackage("org.lexkit.akn.internal.jaxb..",
            "org.lexkit.akn.internal.write..", "jakarta.xml.bind..")
        .orShould().dependOnClassesThat().haveSimpleName("AknParser")
        .check(CLASSES);
  }

  @Test
  void internalPackages_haveNoCycle() {
    slices().matching("org.lexkit.akn.internal.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void onlyInternalPackages_useJakartaXmlBind() {
    noClasses().that().resideOutsideOfPackage("org.lexkit.akn.internal..")
        .should().dependOnClassesThat().resideInAPackage("jakarta.xml.bind..")
        .check(CLASSES);
  }

  @Test
  void publicSignatures_mentionNoInternalType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : List.of(AknReader.class, AknWriter.class, AknDocument.class, AknDocumentType.class,
        SourceLocation.class, AknProblem.class, ValidationMode.class, Eid.class, FrbrIdentification.class,
        FrbrIdentification.Work.class, FrbrIdentification.Expression.class, FrbrIdentification.Manifestation.class,
        FrbrIdentification.NamedDate.class, FrbrIdentification.Author.class, AknException.class,
        AknReadException.class, MalformedAknException.class, AknSchemaException.class,
        AknNamespaceException.class, AknMappingException.class, AknWriteException.class)) {
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
      members.addAll(List.of(type.getDeclaredConstructors()));
      for (Executable member : members) {
        if (!Modifier.isPublic(member.getModifiers()) && !Modifier.isProtected(member.getModifiers())) {
          continue;
        }
        List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
        if (member instanceof Method) {
          types.add(((Method) member).getGenericReturnType());
        }
        for (Type t : types) {
          if (t.getTypeName().contains(".internal.") || t.getTypeName().startsWith("jakarta.")) {
            leaks.add(type.getSimpleName() + "." + member.getName() + ": " + t.getTypeName());
          }
        }
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          assertThat(component.getGenericType().getTypeName()).doesNotContain(".internal.");
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
