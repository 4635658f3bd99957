package org.lexkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core's dependency rules (STYLE rule 14 and Part C): it depends on nothing but the JDK, Guava, JSpecify and Error
 * Prone annotations; its packages form no cycle; and dependencies point one way: provision &lt;- rights &lt;- document
 * &lt;- amendment &lt;- history, with comparison beside history (it needs documents, not amendments).
 */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    // Import core's own class directory (or jar) only: scanning the whole class path for the package is slow.
    URL main = LegalDocumentException.class.getProtectionDomain().getCodeSource().getLocation();
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importUrl(main);
    assertThat(core.containPackage("org.lexkit.core.history")).isTrue();
  }

  @Test
  void core_dependsOnlyOnJdkGuavaJspecifyAndErrorProne() {
    classes().that().resideInAPackage("org.lexkit.core..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "com.google.common..", "org.jspecify..", "com.google.errorprone..", "org.lexkit.core..")
        .check(core);
  }

  @Test
  void corePackages_haveNoCycles() {
    slices().matching("org.lexkit.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void corePackages_dependInOneDirection() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Root").definedBy("org.lexkit.core")
        .layer("Provision").definedBy("org.lexkit.core.provision..")
        .layer("Rights").definedBy("org.lexkit.core.rights..")
        .layer("Document").definedBy("org.lexkit.core.document..")
        .layer("Amendment").definedBy("org.lexkit.core.amendment..")
        .layer("History").definedBy("org.lexkit.core.history..")
        .layer("Comparison").definedBy("org.lexkit.core.comparison..")
        .whereLayer("History").mayNotBeAccessedByAnyLayer()
        .whereLayer("Comparison").mayNotBeAccessedByAnyLayer()
        .whereLayer("Amendment").mayOnlyBeAccessedByLayers("History")
        .whereLayer("Document").mayOnlyBeAccessedByLayers("Amendment", "History", "Comparison")
        .whereLayer("Rights").mayOnlyBeAccessedByLayers("Document", "Amendment", "History", "Comparison")
        .whereLayer("Provision").mayOnlyBeAccessedByLayers("Rights", "Document", "Amendment", "History",
            "Comparison")
        .check(core);
  }
}
