package org.activations.builtin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.activations.archfixture.a.CycleA;
import org.activations.archfixture.b.CycleB;
import org.junit.jupiter.api.Test;

/** Each rule of the builtin module fails on test classes written to break it. */
class BuiltinRulesCanFailTest {
  private static final JavaClasses VIOLATIONS = new ClassFileImporter()
      .importClasses(ArchViolations.class, ArchViolations.Registrar.class);

  private static void assertCaught(ArchRule rule, JavaClasses classes, String expected) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), rule.getDescription());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(expected), report);
  }

  @Test
  void builtinDependsOnlyOnTheApi() {
    assertCaught(BuiltinArchitectureTest.builtinDependsOnlyOnTheApi, VIOLATIONS,
        "org.activations.registry.ActivationRegistry");
  }

  @Test
  void onlyTheVectorKernelsTouchTheVectorApi() {
    assertCaught(BuiltinArchitectureTest.onlyTheVectorKernelsTouchTheVectorApi, VIOLATIONS,
        "ArchViolations.lanes()");
  }

  @Test
  void functionsAreHiddenBehindProviders() {
    assertCaught(BuiltinArchitectureTest.functionsAreHiddenBehindProviders, VIOLATIONS,
        "org.activations.builtin.ArchViolations");
  }

  @Test
  void everyProviderIsNestedInTheFunctionItCreates() {
    assertCaught(BuiltinBoundariesTest.everyProviderIsNestedInTheFunctionItCreates, VIOLATIONS,
        "ArchViolations$Registrar");
  }

  @Test
  void builtinPackagesAreFreeOfCycles() {
    assertCaught(BuiltinBoundariesTest.builtinPackagesAreFreeOfCycles,
        new ClassFileImporter().importClasses(CycleA.class, CycleB.class), "Cycle detected");
  }
}
