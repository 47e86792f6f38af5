package org.activations.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each rule of {@link CorpusBoundariesTest} fails on test classes written to break it. */
class CorpusRulesCanFailTest {
  private static void assertCaught(ArchRule rule, JavaClasses classes, String expected) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), rule.getDescription());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(expected), report);
  }

  @Test
  void corpusPackagesAreFreeOfCycles() {
    assertCaught(CorpusBoundariesTest.corpusPackagesAreFreeOfCycles, new ClassFileImporter()
        .importClasses(org.activations.corpus.archfixture.a.CycleA.class,
            org.activations.corpus.archfixture.b.CycleB.class), "Cycle detected");
  }

  @Test
  void corpusDependsOnlyOnTheRootApiAndTheSpi() {
    assertCaught(CorpusBoundariesTest.corpusDependsOnlyOnTheRootApiAndTheSpi,
        new ClassFileImporter().importClasses(ArchViolations.class),
        "org.activations.registry.ActivationRegistry");
  }
}
