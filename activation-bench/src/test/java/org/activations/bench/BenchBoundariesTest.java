package org.activations.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The benchmarks measure what users get: the published API found through the registry. {@link BenchRulesCanFailTest} shows that each rule fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.activations.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchBoundariesTest {
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
  static final ArchRule benchPackagesAreFreeOfCycles = slices().assignedFrom(PACKAGES)
      .should().beFreeOfCycles()
      .because("packages that depend on each other cannot be understood or split one at a time");

  @ArchTest
  static final ArchRule benchmarksReachFunctionsOnlyThroughThePublishedApi = noClasses()
      .that().resideInAPackage("org.activations.bench..")
      .should().dependOnClassesThat().resideInAnyPackage("org.activations.internal..")
      .because("a benchmark of an internal path measures something no user runs (on the class path"
          + " nothing else stops it; the built-ins are a runtime dependency, out of the compiler's"
          + " reach)");
}
