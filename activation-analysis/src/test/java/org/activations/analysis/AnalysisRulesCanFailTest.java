package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each architecture rule of the analysis module fails on test classes written to break it. */
class AnalysisRulesCanFailTest {
  private static void assertCaught(ArchRule rule, JavaClasses classes, String expected) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), rule.getDescription());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(expected), report);
  }

  @Test
  void analysisDependsOnlyOnTheApiAndTheJdk() {
    assertCaught(AnalysisArchitectureTest.analysisDependsOnlyOnTheApiAndTheJdk,
        new ClassFileImporter().importClasses(ArchViolations.class),
        "org.activations.registry.ActivationRegistry");
  }

  @Test
  void everyPublicTypeDeclaresItsStability() {
    assertCaught(AnalysisArchitectureTest.everyPublicTypeDeclaresItsStability,
        new ClassFileImporter().importClasses(ArchViolations.Unmarked.class),
        "ArchViolations$Unmarked");
  }

  @Test
  void analysisPackagesAreFreeOfCycles() {
    assertCaught(AnalysisBoundariesTest.analysisPackagesAreFreeOfCycles, new ClassFileImporter()
        .importClasses(org.activations.analysis.archfixture.a.CycleA.class,
            org.activations.analysis.archfixture.b.CycleB.class), "Cycle detected");
  }
}
