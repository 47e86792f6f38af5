package org.activations.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each rule of {@link BenchBoundariesTest} fails on test classes written to break it. */
class BenchRulesCanFailTest {
  private static final JavaClasses VIOLATIONS =
      new ClassFileImporter().importClasses(ArchViolations.class);

  private static void assertCaught(ArchRule rule, JavaClasses classes, String expected) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), rule.getDescription());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(expected), report);
  }

  @Test
  void benchPackagesAreFreeOfCycles() {
    assertCaught(BenchBoundariesTest.benchPackagesAreFreeOfCycles, new ClassFileImporter()
        .importClasses(org.activations.bench.archfixture.a.CycleA.class, org.activations.bench.archfixture.b.CycleB.class),
        "Cycle detected");
  }

  @Test
  void benchmarksUseOnlyThePublishedApiAndJmh() {
    assertCaught(BenchBoundariesTest.benchmarksUseOnlyThePublishedApiAndJmh, VIOLATIONS,
        "org.activations.internal.Spec");
  }

  @Test
  void theReporterReadsOnlyJmhJson() {
    assertCaught(BenchBoundariesTest.theReporterReadsOnlyJmhJson, new ClassFileImporter()
        .importClasses(org.activations.bench.report.ReporterViolation.class),
        "org.activations.Activation");
  }
}
