package org.activations.analysis;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The analysis module's packages depend one way; {@link AnalysisArchitectureTest} holds its
 * dependency rule, and {@link AnalysisRulesCanFailTest} shows that each rule can fail.
 */
@AnalyzeClasses(packages = "org.activations.analysis",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AnalysisBoundariesTest {
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
  static final ArchRule analysisPackagesAreFreeOfCycles = slices().assignedFrom(PACKAGES)
      .should().beFreeOfCycles()
      .because("packages that depend on each other cannot be understood or split one at a time");
}
