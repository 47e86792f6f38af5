package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.junit.jupiter.api.Test;

/** Functions with one flaw each: the analysis must find it, with its evidence. */
class FlawedFunctionsTest {
  private static final PropertyAnalyzer ANALYZER = new PropertyAnalyzer();

  /** softsign x / (1 + |x|): smooth enough (C^1), monotonic, range (-1, 1). */
  private static ActivationInfo.Builder softsign(String name) {
    return ActivationInfo.builder(name)
        .description("softsign for tests")
        .function("x / (1 + |x|)", "\\frac{x}{1+|x|}")
        .derivative("1 / (1 + |x|)^2", "\\frac{1}{(1+|x|)^2}")
        .range(Range.open(-1, 1))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
            .monotonicDerivative(false).zeroCentred(true).identityAtOrigin(true)
            .saturation(Saturation.BOTH).build());
  }

  private static double softsign(double x) {
    return Double.isInfinite(x) ? Math.signum(x) : x / (1 + Math.abs(x)); // ∞/∞ would be NaN
  }

  private static double softsignDerivative(double x) {
    double d = 1 + Math.abs(x);
    return 1 / (d * d);
  }

  @Test
  void aCorrectFunctionHasNoFindings() {
    TestFunction f = new TestFunction(softsign("softsign_ok")
        .derivativeFromOutput("(1 - |y|)^2", "(1-|y|)^2").build(),
        FlawedFunctionsTest::softsign, FlawedFunctionsTest::softsignDerivative,
        y -> (1 - Math.abs(y)) * (1 - Math.abs(y)));
    PropertyReport report = ANALYZER.analyze(f, "test");
    assertEquals(List.of(), report.findings());
    assertEquals("C^1", report.verdict(Property.CONTINUITY_ORDER).value());
    assertTrue(report.verdict(Property.CONTINUITY_ORDER).evidence().contains("f'' jumps at x = 0"),
        report.verdict(Property.CONTINUITY_ORDER).evidence());
  }

  @Test
  void aDerivativeWrongByOneMillionthNearTwoAndAHalfFailsThere() {
    TestFunction f = new TestFunction(softsign("softsign_wrong").build(),
        FlawedFunctionsTest::softsign,
        x -> softsignDerivative(x) * (x > 2.4 && x < 2.6 ? 1 + 1e-6 : 1),
        null);
    PropertyReport report = ANALYZER.analyze(f, "test");
    DerivativeReport.Form input = report.derivatives().form("input").orElseThrow();
    assertFalse(input.passed());
    assertTrue(input.failures() > 10, "failures: " + input.failures());
    for (DerivativeReport.Point p : input.firstFailures()) {
      assertTrue(p.x() > 2.4 && p.x() < 2.6, p.toString());
      assertEquals(softsignDerivative(p.x()) * (1 + 1e-6), p.analytic());
      assertEquals(softsignDerivative(p.x()), p.numerical(), 1e-12);
    }
    String finding = report.findings().get(0);
    assertTrue(finding.startsWith("derivative from the input is wrong at " + input.failures()
        + " of " + input.checked() + " points; worst at x = 2."), finding);
    assertTrue(finding.contains("analytic ") && finding.contains("numerical "), finding);
  }

  @Test
  void anUndeclaredKinkIsFoundAndLocated() {
    ActivationInfo info = ActivationInfo.builder("bent_line")
        .description("x below 1, then slope 2")
        .function("x < 1 ? x : 2x - 1", "x")
        .derivative("x < 1 ? 1 : 2", "1")
        .range(Range.reals())
        .declared(DeclaredProperties.builder().nonlinear(true)
            .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(true)
            .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.NONE).build())
        .build();
    TestFunction f = new TestFunction(info, x -> x < 1 ? x : 2 * x - 1, x -> x < 1 ? 1 : 2, null);
    PropertyReport report = ANALYZER.analyze(f, "test");
    assertEquals(1, report.discontinuities().size());
    Discontinuity kink = report.discontinuities().get(0);
    assertEquals(1, kink.order());
    assertEquals(1.0, kink.x(), DiscontinuityFinder.RESOLUTION);
    assertEquals(1.0, kink.left(), 1e-6);
    assertEquals(2.0, kink.right(), 1e-6);
    assertEquals(List.of(
        "continuously_differentiable: declared yes, measured no (C^0: f' jumps at x = 1 (1 → 2))",
        "smooth_monotonic_derivative: declared yes, measured partly (not smooth (C^0); f'"
            + " non-decreasing where defined)",
        "continuity_order: declared C^∞, measured C^0 (f' jumps at x = 1 (1 → 2))",
        "derivative_at_kink: declared no kinks or jumps, measured f'(1) = 2 (kink at x = 1 (f': 1 → 2))"),
        report.findings());
  }

  @Test
  void aDeclaredKinkThatIsNotThereIsAFinding() {
    ActivationInfo info = softsign("softsign_kink").specialPoints(org.activations.SpecialPoint.kink(2))
        .build();
    PropertyReport report = ANALYZER.analyze(new TestFunction(info, FlawedFunctionsTest::softsign,
        FlawedFunctionsTest::softsignDerivative, null), "test");
    assertEquals(List.of("derivative_at_kink: declared kink at x = 2, measured no kinks or jumps"
        + " (f and f' continuous on the sample)"), report.findings().stream()
        .filter(s -> s.startsWith("derivative_at_kink")).toList());
  }

  @Test
  void aFunctionDeclaredMonotonicThatIsNotIsCaught() {
    ActivationInfo info = ActivationInfo.builder("dip")
        .description("x·sigmoid(x) (SiLU), declared monotonic by mistake")
        .function("x / (1 + exp(-x))", "x\\sigma(x)")
        .derivative("s + x s (1 - s)", "\\sigma + x\\sigma(1-\\sigma)")
        .range(Range.interval(-0.27846454276107374, true, Double.POSITIVE_INFINITY, false))
        .declared(DeclaredProperties.builder().nonlinear(true)
            .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(false)
            .zeroCentred(true).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
        .build();
    TestFunction f = new TestFunction(info, x -> x / (1 + Math.exp(-x)), x -> {
      double s = 1 / (1 + Math.exp(-x));
      return s + x * s * (1 - s);
    }, null);
    PropertyReport report = ANALYZER.analyze(f, "test");
    Verdict monotonic = report.verdict(Property.MONOTONIC);
    assertEquals("no", monotonic.value());
    assertFalse(monotonic.agrees());
    assertTrue(monotonic.evidence().startsWith("rises (f("), monotonic.evidence());
    assertTrue(monotonic.evidence().contains(") and falls (f("), monotonic.evidence());
    assertTrue(report.findings().contains(monotonic.finding()));
    assertTrue(report.findings().stream().allMatch(s -> s.startsWith("monotonic:")
        || s.startsWith("range:")), report.findings().toString());
  }

  @Test
  void anOutputFormWrongOnlyForNegativeOutputsFailsThereOnly() {
    TestFunction f = new TestFunction(softsign("softsign_neg")
        .derivativeFromOutput("(1 - |y|)^2", "(1-|y|)^2").build(),
        FlawedFunctionsTest::softsign, FlawedFunctionsTest::softsignDerivative,
        y -> y < 0 ? (1 - y) * (1 - y) : (1 - y) * (1 - y)); // (1 - y)^2 is right for y >= 0 only
    PropertyReport report = ANALYZER.analyze(f, "test");
    assertTrue(report.derivatives().form("input").orElseThrow().passed());
    DerivativeReport.Form output = report.derivatives().form("output").orElseThrow();
    assertFalse(output.passed());
    for (DerivativeReport.Point p : output.firstFailures()) {
      assertTrue(p.x() < 0, p.toString());
    }
    Verdict fast = report.verdict(Property.FAST_DERIVATIVE);
    assertEquals("no", fast.value());
    assertFalse(fast.agrees());
    assertTrue(fast.evidence().startsWith("f'(y) = (1 - |y|)^2, wrong at "), fast.evidence());
    assertTrue(report.findings().stream().anyMatch(s -> s.startsWith(
        "derivative from the output is wrong at ")), report.findings().toString());
  }

  @Test
  void aFunctionThatThrowsIsNamedWithItsInput() {
    TestFunction f = new TestFunction(softsign("thrower").build(), x -> {
      if (x > 3) {
        throw new IllegalStateException("boom");
      }
      return softsign(x);
    }, FlawedFunctionsTest::softsignDerivative, null);
    FunctionFailedException e = org.junit.jupiter.api.Assertions.assertThrows(
        FunctionFailedException.class, () -> ANALYZER.analyze(f, "test"));
    assertEquals("thrower", e.function());
    assertTrue(e.x() > 3);
    assertTrue(e.getMessage().startsWith("thrower (" + TestFunction.class.getName()
        + ") threw from apply at x = "), e.getMessage());
  }
}
