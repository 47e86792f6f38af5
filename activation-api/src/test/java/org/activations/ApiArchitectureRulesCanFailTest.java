package org.activations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.activations.archfixture.a.CycleA;
import org.activations.archfixture.b.CycleB;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ArchViolations;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ApiArchitectureTest} fails on test classes written to break it. */
class ApiArchitectureRulesCanFailTest {
  private static final JavaClasses VIOLATIONS =
      new ClassFileImporter().importClasses(ArchViolations.class, ActivationRegistry.class);

  private static void assertCaught(ArchRule rule, JavaClasses classes, String expected) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), rule.getDescription());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(expected), report);
  }

  @Test
  void apiDependsOnlyOnTheJdk() {
    assertCaught(ApiArchitectureTest.apiDependsOnlyOnTheJdk, VIOLATIONS, "org.junit.jupiter.api.Assertions");
  }

  @Test
  void apiPackagesDependOneWay() {
    assertCaught(ApiArchitectureTest.apiPackagesDependOneWay, VIOLATIONS,
        "ArchViolations.registry()");
  }

  @Test
  void apiPackagesAreFreeOfCycles() {
    assertCaught(ApiArchitectureTest.apiPackagesAreFreeOfCycles,
        new ClassFileImporter().importClasses(CycleA.class, CycleB.class), "Cycle detected");
  }

  @Test
  void onlyServiceDiscoveryCallsServiceLoader() {
    assertCaught(ApiArchitectureTest.onlyServiceDiscoveryCallsServiceLoader, VIOLATIONS,
        "ArchViolations.discovers()");
  }

  @Test
  void exportedSignaturesNeverExposeInternals() {
    assertCaught(ApiArchitectureTest.exportedSignaturesNeverExposeInternals, VIOLATIONS,
        "takesInternal(java.util.List) mentions org.activations.internal.Spec");
  }

  @Test
  void everyExportedTypeDeclaresItsStability() {
    assertCaught(ApiArchitectureTest.everyExportedTypeDeclaresItsStability, VIOLATIONS,
        "org.activations.spi.ArchViolations");
  }
}
