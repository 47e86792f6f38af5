package org.activations.tools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.activations.tools.archfixture.a.CycleA;
import org.activations.tools.archfixture.b.CycleB;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ToolsArchitectureTest} fails on test classes written to break it. */
class ToolsRulesCanFailTest {
  private static final JavaClasses VIOLATIONS =
      new ClassFileImporter().importClasses(ArchViolations.class);

  private static void assertCaught(ArchRule rule, JavaClasses classes, String expected) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), rule.getDescription());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(expected), report);
  }

  @Test
  void toolsNeverCallServiceLoader() {
    assertCaught(ToolsArchitectureTest.toolsNeverCallServiceLoader, VIOLATIONS,
        "ArchViolations.discover()");
  }

  @Test
  void toolsPackagesAreFreeOfCycles() {
    assertCaught(ToolsArchitectureTest.toolsPackagesAreFreeOfCycles,
        new ClassFileImporter().importClasses(CycleA.class, CycleB.class), "Cycle detected");
  }

  @Test
  void noGuavaInPublicSignatures() {
    assertCaught(ToolsArchitectureTest.noGuavaInPublicSignatures, VIOLATIONS,
        "count(java.util.List) mentions com.google.common.collect.ImmutableList");
  }
}
