package org.activations.tools.measured;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activations.analysis.DerivativeReport;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.analysis.PropertyReport;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;

/**
 * The verdicts for the five built-ins, discovered at run time, follow PROPERTIES.md; and every
 * built-in passes the derivative check and agrees with its declaration.
 */
class BuiltinPropertiesTest {
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();

  private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  static {
    // nonlinear, range, C^1, fast f', smooth+monotonic f', monotonic, identity at 0,
    // order, zero-centred, saturation, derivative at kink, derivative validated
    EXPECTED.put("binary_step", List.of("yes", "{0, 1}", "no", "yes", "partly", "yes", "no",
        "C^-1", "no", "both sides", "f'(0) = 0", "yes"));
    EXPECTED.put("linear", List.of("no", "(-∞, ∞)", "yes", "yes", "yes", "yes", "yes",
        "C^2", "yes", "none", "no kinks or jumps", "yes"));
    EXPECTED.put("relu", List.of("yes", "[0, ∞)", "no", "yes", "partly", "yes", "no",
        "C^0", "no", "x → -∞", "f'(0) = 0", "yes"));
    EXPECTED.put("sigmoid", List.of("yes", "(0, 1)", "yes", "yes", "partly", "yes", "no",
        "C^2", "no", "both sides", "no kinks or jumps", "yes"));
    EXPECTED.put("tanh", List.of("yes", "(-1, 1)", "yes", "yes", "partly", "yes", "yes",
        "C^2", "yes", "both sides", "no kinks or jumps", "yes"));
  }

  @Test
  void verdictsFollowThePropertyDefinitionsAndAgreeWithTheDeclarations() {
    PropertyAnalyzer analyzer = new PropertyAnalyzer();
    assertEquals(List.copyOf(EXPECTED.keySet()), REGISTRY.names());
    for (String name : REGISTRY.names()) {
      PropertyReport report = analyzer.analyze(REGISTRY.get(name), "test");
      List<String> values = new ArrayList<>();
      report.verdicts().forEach(v -> values.add(v.value()));
      assertEquals(EXPECTED.get(name), values, name);
      assertEquals(List.of(), report.findings(), name);
      for (DerivativeReport.Form form : report.derivatives().orElseThrow().forms()) {
        assertEquals(true, form.checked() >= PropertyAnalyzer.DEFAULT_POINTS,
            name + " " + form.name() + " " + form.checked());
        assertEquals(0, form.cannotVerifyCount(), name + " " + form.name());
      }
    }
  }
}
