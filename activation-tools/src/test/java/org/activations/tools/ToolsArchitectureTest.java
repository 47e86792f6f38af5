package org.activations.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The tools' boundaries: they discover the built-ins, never name them. */
@AnalyzeClasses(packages = "org.activations.tools", importOptions = ImportOption.DoNotIncludeTests.class)
class ToolsArchitectureTest {

  @ArchTest
  static final ArchRule nothingOutsideBuiltinDependsOnBuiltin = noClasses()
      .that().resideInAPackage("org.activations.tools..")
      .should().dependOnClassesThat().resideInAPackage("org.activations.builtin..")
      .because("everything the tools show, they discovered through the registry");

  @ArchTest
  static final ArchRule toolsUseOnlyThePublishedApi = noClasses()
      .that().resideInAPackage("org.activations.tools..")
      .should().dependOnClassesThat().resideInAPackage("org.activations.internal..")
      .because("org.activations.internal is not exported");

  @ArchTest
  static final ArchRule onlyTheRegistryCallsServiceLoader = noClasses()
      .that().resideInAPackage("org.activations.tools..")
      .should().dependOnClassesThat().haveFullyQualifiedName("java.util.ServiceLoader")
      .because("discovery has one owner, the registry in the API module");

  @ArchTest
  static final ArchRule freeOfCycles = slices().matching("org.activations.tools.(*)..")
      .should().beFreeOfCycles()
      .allowEmptyShould(false)
      .because("the command line sits on analysis and rendering, never the other way round");

  @ArchTest
  static final ArchRule noGuavaInPublicSignatures = methods()
      .that().arePublic().and().areDeclaredInClassesThat().arePublic()
      .should().notHaveRawReturnType(DescribedPredicate.describe("a Guava type",
          (JavaClass c) -> c.getPackageName().startsWith("com.google.common")))
      .because("Guava is an implementation detail of the tools");
}
