package org.activations.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/** The analysis module's boundary: the published API and the JDK, nothing else. */
@AnalyzeClasses(packages = "org.activations.analysis",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AnalysisArchitectureTest {

  @ArchTest
  static final ArchRule analysisDependsOnlyOnTheApiAndTheJdk = classes()
      .that().resideInAPackage("org.activations.analysis..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "org.activations", "org.activations.spi", "org.activations.analysis",
          "org.apiguardian.api")
      .because("plugin authors get the analysis through the conformance kit, which must stay light;"
          + " and it measures whatever it is given, never a built-in by name");

  @ArchTest
  static final ArchRule everyPublicTypeDeclaresItsStability = classes()
      .that().arePublic().and().resideInAPackage("org.activations.analysis..")
      .should().beAnnotatedWith(API.class)
      .because("the tools and the kit build on these types: users see which are stable or"
          + " experimental, as in JUnit 5");
}
