package org.activations.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The kit fails the Smile-style tanh gradient bug, naming the point, and passes the rest. */
class ActivationConformanceTest {

  /** Runs each dynamic test and keeps its failure message (or "passed"). */
  private static Map<String, String> run(ActivationConformance kit) {
    Map<String, String> outcomes = new TreeMap<>();
    for (DynamicTest t : kit.tests().toList()) {
      try {
        t.getExecutable().execute();
        outcomes.put(t.getDisplayName(), "passed");
      } catch (Throwable e) {
        outcomes.put(t.getDisplayName(), e.getMessage());
      }
    }
    return outcomes;
  }

  @Test
  void theSmileTanhGradientBugFailsWithThePoint() {
    Map<String, String> outcomes = run(ActivationConformance.named("smile_tanh")
        .suppressing("module", "a test fixture on the class path"));
    String derivatives = outcomes.get("smile_tanh: derivative from output");
    assertTrue(derivatives.startsWith("smile_tanh: derivative from output ==> expected: <[]> but was:"
        + " <[derivative_from_output: f'(y) is wrong at x = "), derivatives);
    assertTrue(derivatives.matches("(?s).*analytic -?[0-9.e-]+, numerical -?[0-9.e-]+ ± .*"), derivatives);
    // The same bug shows at the limit: (1 - y)^2 is 4 at y = f(-inf) = -1, where f' tends to 0.
    assertEquals("smile_tanh: special input ==> expected: <[]> but was: <[special_input: f'(y) = 4"
        + " at y = f(-∞) = -1, but f'(-∞) = 0]>", outcomes.get("smile_tanh: special input"));
    for (String test : List.of("discovery", "metadata", "names", "spec round trip",
        "range", "continuity", "derivative", "monotonic", "batch", "backward", "float",
        "thread safety", "throws", "timeout")) {
      assertEquals("passed", outcomes.get("smile_tanh: " + test), test);
    }
    assertEquals("passed", outcomes.get("smile_tanh: module (suppressed: a test fixture on the class"
        + " path)"));
  }

  @Test
  void anUnknownNameFailsDiscoveryWithTheFix() {
    Map<String, String> outcomes = run(ActivationConformance.named("nope"));
    assertTrue(outcomes.get("nope: discovery").startsWith("'nope' is not discovered through"
        + " ServiceLoader; registered: [smile_tanh]"), outcomes.get("nope: discovery"));
    assertTrue(outcomes.get("nope: discovery").endsWith("List the provider in"
        + " META-INF/services/org.activations.spi.ActivationProvider"));
  }

  @Test
  void aProviderOutsideAnyModuleSaysWhatToDeclare() throws Exception {
    DynamicTest module = ActivationConformance.named("smile_tanh").tests()
        .filter(t -> t.getDisplayName().equals("smile_tanh: module")).findFirst().orElseThrow();
    AssertionError e = assertThrows(AssertionError.class, () -> module.getExecutable().execute());
    java.nio.file.Path classes = java.nio.file.Path.of(SmileTanhProvider.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI());
    assertEquals(classes + " has no module-info.class: on the module path the provider is found"
        + " only through 'provides org.activations.spi.ActivationProvider with"
        + " org.activations.testkit.SmileTanhProvider;' in module-info.java ==> expected: <true> but"
        + " was: <false>", e.getMessage());
  }

  @Test
  void aFolderWithoutAModuleSaysToCompileIt(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ServiceRegistrationCheck.providers(dir));
    assertEquals("no module-info.class in " + dir + "; compile the module first (mvn compile)",
        e.getMessage());
  }

  @Test
  void settingsAreValidated() {
    assertEquals("no conformance test 'speed'; the tests are " + ActivationConformance.TESTS,
        assertThrows(IllegalArgumentException.class,
            () -> ActivationConformance.named("x").suppressing("speed", "why")).getMessage());
    assertEquals("suppressing 'module' needs a reason", assertThrows(IllegalArgumentException.class,
        () -> ActivationConformance.named("x").suppressing("module", " ")).getMessage());
    assertEquals("timeout (PT0S) must be positive", assertThrows(IllegalArgumentException.class,
        () -> ActivationConformance.named("x").timeout(java.time.Duration.ZERO)).getMessage());
  }
}
