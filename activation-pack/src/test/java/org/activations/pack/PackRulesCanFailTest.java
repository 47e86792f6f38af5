package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each rule of {@link PackBoundariesTest} fails on test classes written to break it. */
class PackRulesCanFailTest {
  private static final JavaClasses VIOLATIONS =
      new ClassFileImporter().importClasses(ArchViolations.class);

  private static void assertCaught(ArchRule rule, JavaClasses classes, String expected) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), rule.getDescription());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(expected), report);
  }

  @Test
  void packPackagesAreFreeOfCycles() {
    assertCaught(PackBoundariesTest.packPackagesAreFreeOfCycles, new ClassFileImporter()
        .importClasses(org.activations.pack.archfixture.a.CycleA.class, org.activations.pack.archfixture.b.CycleB.class),
        "Cycle detected");
  }

  @Test
  void packDependsOnlyOnTheRootApiAndTheSpi() {
    assertCaught(PackBoundariesTest.packDependsOnlyOnTheRootApiAndTheSpi, VIOLATIONS,
        "org.activations.registry.ActivationRegistry");
  }

  @Test
  void packProvidersAreNestedInTheirFunctions() {
    assertCaught(PackBoundariesTest.packProvidersAreNestedInTheirFunctions,
        new ClassFileImporter().importClasses(TopLevelProvider.class), "TopLevelProvider");
  }

  @Test
  void packFunctionsAreHiddenBehindProviders() {
    assertCaught(PackBoundariesTest.packFunctionsAreHiddenBehindProviders, VIOLATIONS,
        "org.activations.pack.ArchViolations");
  }

  @Test
  void onlyTheVectorKernelsTouchTheVectorApi() {
    assertCaught(PackBoundariesTest.onlyTheVectorKernelsTouchTheVectorApi, VIOLATIONS,
        "jdk.incubator.vector.FloatVector");
  }

  @Test
  void theVectorKernelsAreReachedOnlyByName() {
    assertCaught(PackBoundariesTest.theVectorKernelsAreReachedOnlyByName, VIOLATIONS,
        "org.activations.pack.VectorSlopeStep");
  }
}
