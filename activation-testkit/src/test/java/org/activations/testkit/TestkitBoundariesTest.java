package org.activations.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.apiguardian.api.API;

/**
 * The conformance kit stays a small artifact: the API, the analysis and JUnit, nothing else. {@link TestkitRulesCanFailTest} shows that each rule fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.activations.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitBoundariesTest {
  /** Each package its own slice. */
  static final SliceAssignment PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      return SliceIdentifier.of(c.getPackageName());
    }

    @Override
    public String getDescription() {
      return "packages";
    }
  };

  @ArchTest
  static final ArchRule testkitPackagesAreFreeOfCycles = slices().assignedFrom(PACKAGES)
      .should().beFreeOfCycles()
      .because("packages that depend on each other cannot be understood or split one at a time");

  @ArchTest
  static final ArchRule testkitDependsOnlyOnTheApiTheAnalysisAndJUnit = classes()
      .that().resideInAPackage("org.activations.testkit..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.activations",
          "org.activations.spi", "org.activations.registry", "org.activations.analysis",
          "org.activations.testkit..", "org.junit.jupiter.api..", "org.opentest4j..",
          "org.apiguardian.api")
      .because("plugin authors add the kit to their tests: it must not bring a library of its own");

  @ArchTest
  static final ArchRule everyPublicTypeDeclaresItsStability = classes()
      .that().arePublic().and().resideInAPackage("org.activations.testkit..")
      .should().beAnnotatedWith(API.class)
      .because("plugin authors build their tests on the kit: they see which types are stable or"
          + " experimental, as in JUnit 5");
}
