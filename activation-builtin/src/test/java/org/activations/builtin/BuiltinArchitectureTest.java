package org.activations.builtin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.activations.spi.ActivationProvider;

/** The builtin module's boundaries. */
@AnalyzeClasses(packages = "org.activations.builtin",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BuiltinArchitectureTest {

  @ArchTest
  static final ArchRule builtinDependsOnlyOnTheApi = classes()
      .that().resideInAPackage("org.activations.builtin..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "org.activations", "org.activations.spi", "org.activations.builtin",
          "jdk.incubator.vector")
      .because("the built-ins are an ordinary plugin: the JDK, the root API and the SPI; never the"
          + " registry, since a plugin is found and never looks others up (the module system already"
          + " keeps out the API's internals and any library the module does not require)");

  @ArchTest
  static final ArchRule onlyTheVectorKernelsTouchTheVectorApi = com.tngtech.archunit.lang.syntax
      .ArchRuleDefinition.noClasses()
      .that().doNotHaveSimpleName("VectorKernels")
      .should().dependOnClassesThat().resideInAPackage("jdk.incubator.vector")
      .because("the jar must run without --add-modules jdk.incubator.vector: only the class loaded"
          + " by name when the module is present may link against it");

  @ArchTest
  static final ArchRule functionsAreHiddenBehindProviders = classes()
      .that().resideInAPackage("org.activations.builtin")
      .and().areNotAssignableTo(ActivationProvider.class)
      .should().notBePublic()
      .because("users reach the functions through the registry only");
}
