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
    Map<String, String> outcomes = run(ActivationConformance.named("smile_tanh").points(2000)
        .suppressing("module", "a test fixture on the class path"));
    String derivatives = outcomes.get("smile_tanh: derivatives");
    assertTrue(derivatives.startsWith("numerical derivative: central difference"), derivatives);
    assertTrue(derivatives.contains("derivative from the output is wrong at "), derivatives);
    assertTrue(derivatives.matches("(?s).*worst at x = -?[0-9.E]+: analytic [0-9.E-]+, numerical"
        + " [0-9.E-]+.*"), derivatives);
    assertTrue(!derivatives.contains("derivative from the input is wrong"),
        "the input form is right: " + derivatives);
    assertTrue(outcomes.get("smile_tanh: declared properties").contains("fast_derivative: declared yes,"
        + " measured no"), outcomes.get("smile_tanh: declared properties"));
    for (String test : List.of("discovery", "metadata", "names", "spec round trip", "special values",
        "thread safety")) {
      assertEquals("passed", outcomes.get("smile_tanh: " + test), test);
    }
    assertEquals("passed", outcomes.get("smile_tanh: module (suppressed: a test fixture on the class"
        + " path)"));
  }

  @Test
  void anUnknownNameFailsDiscoveryWithTheFix() {
    Map<String, String> outcomes = run(ActivationConformance.named("nope").points(100));
    assertTrue(outcomes.get("nope: discovery").startsWith("'nope' is not discovered through"
        + " ServiceLoader; registered: [smile_tanh]"), outcomes.get("nope: discovery"));
    assertTrue(outcomes.get("nope: discovery").endsWith("List the provider in"
        + " META-INF/services/org.activations.spi.ActivationProvider"));
  }

  @Test
  void settingsAreValidated() {
    assertEquals("no conformance test 'speed'; the tests are " + ActivationConformance.TESTS,
        assertThrows(IllegalArgumentException.class,
            () -> ActivationConformance.named("x").suppressing("speed", "why")).getMessage());
    assertEquals("suppressing 'module' needs a reason", assertThrows(IllegalArgumentException.class,
        () -> ActivationConformance.named("x").suppressing("module", " ")).getMessage());
    assertEquals("points (5) must be >= 100", assertThrows(IllegalArgumentException.class,
        () -> ActivationConformance.named("x").points(5)).getMessage());
  }
}
