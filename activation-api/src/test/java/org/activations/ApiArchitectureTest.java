package org.activations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The API module's boundaries. */
@AnalyzeClasses(packages = "org.activations", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

  @ArchTest
  static final ArchRule apiDependsOnlyOnTheJdk = classes()
      .that().resideInAPackage("org.activations..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "org.activations", "org.activations.spi", "org.activations.internal", "org.activations.registry")
      .because("plugin authors and library users must get the API with no third-party dependency");

  @ArchTest
  static final ArchRule onlyTheRegistryCallsServiceLoader = noClasses()
      .that().doNotHaveFullyQualifiedName("org.activations.internal.ServiceDiscovery")
      .should().dependOnClassesThat().haveFullyQualifiedName("java.util.ServiceLoader")
      .because("one class owns discovery, so that every load problem is handled in one place");

  @ArchTest
  static final ArchRule publicSignaturesNeverExposeInternals = methods()
      .that().arePublic()
      .and().areDeclaredInClassesThat().resideInAnyPackage("org.activations", "org.activations.spi")
      .should().notHaveRawReturnType(
          com.tngtech.archunit.base.DescribedPredicate.describe("an internal type",
              (com.tngtech.archunit.core.domain.JavaClass c) ->
                  c.getPackageName().equals("org.activations.internal")))
      .because("org.activations.internal is not exported");

  @ArchTest
  static final ArchRule spiDoesNotDependOnTheRegistry = noClasses()
      .that().resideInAPackage("org.activations.spi")
      .should().dependOnClassesThat().haveSimpleName("ActivationRegistry")
      .because("providers are discovered by the registry, never the other way round");
}
