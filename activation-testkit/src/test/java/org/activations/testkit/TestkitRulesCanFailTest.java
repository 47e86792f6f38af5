package org.activations.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each rule of {@link TestkitBoundariesTest} fails on test classes written to break it. */
class TestkitRulesCanFailTest {
  private static final JavaClasses VIOLATIONS =
      new ClassFileImporter().importClasses(ArchViolations.class);

  private static void assertCaught(ArchRule rule, JavaClasses classes, String expected) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), rule.getDescription());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(expected), report);
  }

  @Test
  void testkitPackagesAreFreeOfCycles() {
    assertCaught(TestkitBoundariesTest.testkitPackagesAreFreeOfCycles, new ClassFileImporter()
        .importClasses(org.activations.testkit.archfixture.a.CycleA.class, org.activations.testkit.archfixture.b.CycleB.class),
        "Cycle detected");
  }

  @Test
  void everyPublicTypeDeclaresItsStability() {
    assertCaught(TestkitBoundariesTest.everyPublicTypeDeclaresItsStability,
        new ClassFileImporter().importClasses(ArchViolations.Unmarked.class),
        "ArchViolations$Unmarked");
  }

  @Test
  void testkitDependsOnlyOnTheApiTheAnalysisAndJUnit() {
    assertCaught(TestkitBoundariesTest.testkitDependsOnlyOnTheApiTheAnalysisAndJUnit, VIOLATIONS,
        "com.tngtech.archunit.core.importer.ClassFileImporter");
  }
}
