package org.activations.pack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.activations.spi.ActivationProvider;

/**
 * The plugin pack is an ordinary plugin: the published API, nested providers, hidden functions. {@link PackRulesCanFailTest} shows that each rule fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.activations.pack", importOptions = ImportOption.DoNotIncludeTests.class)
class PackBoundariesTest {
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
  static final ArchRule packPackagesAreFreeOfCycles = slices().assignedFrom(PACKAGES)
      .should().beFreeOfCycles()
      .because("packages that depend on each other cannot be understood or split one at a time");

  @ArchTest
  static final ArchRule packDependsOnlyOnTheRootApiAndTheSpi = classes()
      .that().resideInAPackage("org.activations.pack..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "org.activations", "org.activations.spi", "org.activations.pack",
          "jdk.incubator.vector")
      .because("a plugin is found by the registry and never looks others up through it");

  @ArchTest
  static final ArchRule onlyTheVectorKernelsTouchTheVectorApi = com.tngtech.archunit.lang.syntax
      .ArchRuleDefinition.noClasses()
      .that().haveSimpleNameNotStartingWith("Vector")
      .should().dependOnClassesThat().resideInAPackage("jdk.incubator.vector")
      .because("the jar must run without --add-modules jdk.incubator.vector: only the classes"
          + " reached from the one loaded by name when the module is present (VectorSmoothKernels)"
          + " may link against it");

  @ArchTest
  static final ArchRule theVectorKernelsAreReachedOnlyByName = com.tngtech.archunit.lang.syntax
      .ArchRuleDefinition.noClasses()
      .that().haveSimpleNameNotStartingWith("Vector")
      .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
          com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
              "org.activations.pack"),
          com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith("Vector")))
      .because("PackEngine loads VectorSmoothKernels by name, and only it and the other Vector"
          + " classes may name the classes that link against the Vector API");

  @ArchTest
  static final ArchRule packProvidersAreNestedInTheirFunctions = classes()
      .that().implement(ActivationProvider.class)
      .should().beNestedClasses().andShould().bePublic()
      .because("one provider style everywhere: each function class nests its provider");

  @ArchTest
  static final ArchRule packFunctionsAreHiddenBehindProviders = classes()
      .that().resideInAPackage("org.activations.pack")
      .and().doNotImplement(ActivationProvider.class)
      .should().notBePublic()
      .because("users reach the functions through the registry only");
}
