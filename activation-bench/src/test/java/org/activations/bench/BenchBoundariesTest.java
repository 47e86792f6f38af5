package org.activations.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
  static final ArchRule benchmarksUseOnlyThePublishedApiAndJmh = classes()
      .that().resideInAPackage("org.activations.bench")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.activations",
          "org.activations.registry", "org.activations.spi", "org.activations.bench..",
          "org.openjdk.jmh..", "jdk.internal.vm.annotation..")
      .because("a benchmark of an internal path measures something no user runs");

  @ArchTest
  static final ArchRule theReporterReadsOnlyJmhJson = classes()
      .that().resideInAPackage("org.activations.bench.report..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..",
          "org.activations.bench.report..", "com.fasterxml.jackson..", "org.apache.commons.math3..")
      .because("the reporter works from JMH's JSON file alone, so that it reports any benchmark"
          + " class of any run");
}
