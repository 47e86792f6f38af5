package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activations.Activation;
import org.junit.jupiter.api.Test;

/** The numbers quoted in RichardsonDerivative's javadoc, measured again. */
class RichardsonDerivativeTest {
  /** The logistic sigmoid, with its exact derivative e/(1+e)², written here (no built-in needed). */
  private static final Activation SIGMOID = new TestFunction(
      org.activations.ActivationInfo.builder("logistic_test").description("sigmoid for tests")
          .function("1/(1+exp(-x))", "\\sigma").derivative("e/(1+e)^2", "\\sigma'")
          .range(org.activations.Range.open(0, 1))
          .declared(org.activations.DeclaredProperties.builder().build()).build(),
      x -> {
        double e = Math.exp(-Math.abs(x)); // the sign-split form: no overflow, no cancellation
        return x >= 0 ? 1 / (1 + e) : e / (1 + e);
      },
      x -> {
        double e = Math.exp(-Math.abs(x));
        return e / ((1 + e) * (1 + e));
      }, null);

  private static double worstRelativeError(double relativeStep, boolean checkBound) {
    RichardsonDerivative d = new RichardsonDerivative(relativeStep);
    double worst = 0;
    for (int i = 0; i <= 1200; i++) {
      double x = -6 + i / 100.0;
      RichardsonDerivative.Estimate e = d.estimate(SIGMOID::apply, x);
      double exact = SIGMOID.derivative(x);
      double error = Math.abs(e.value() - exact);
      if (checkBound) {
        assertTrue(error <= e.error(), "bound below the actual error at x = " + x);
      }
      worst = Math.max(worst, error / exact);
    }
    return worst;
  }

  @Test
  void theDefaultStepIsAccurateAndItsBoundHolds() {
    assertTrue(worstRelativeError(RichardsonDerivative.DEFAULT_RELATIVE_STEP, true) < 5e-11);
  }

  @Test
  void tooSmallAStepRuinsTheEstimateAsTheJavadocSays() {
    for (double step : new double[] {0x1p-6, 0x1p-9, 0x1p-12, 0x1p-16, 0x1p-20, 0x1p-26}) {
      System.out.printf("[richardson] step 2^%d: worst relative error %.2e%n", Math.getExponent(step),
          worstRelativeError(step, false));
    }
    assertTrue(worstRelativeError(0x1p-20, false) > 1e-9);
    assertTrue(worstRelativeError(0x1p-26, false) > 1e-6);
    assertTrue(worstRelativeError(0x1p-6, false) > 1e-9);
  }

  @Test
  void invalidStepsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RichardsonDerivative(0.5));
    assertEquals("relativeStep (0.5) must be in [1e-8, 0.1]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RichardsonDerivative(Double.NaN));
    IllegalArgumentException step = assertThrows(IllegalArgumentException.class,
        () -> new RichardsonDerivative().estimate(x -> x, 1, 0));
    assertEquals("step (0.0) must be positive and finite", step.getMessage());
  }

  @Test
  void checkerSettingsAreValidated() {
    assertEquals("points (99) must be >= 100", assertThrows(IllegalArgumentException.class,
        () -> new DerivativeChecker(99, 1, 1e-8)).getMessage());
    assertEquals("relativeTolerance (0.5) must be in (0, 0.01]", assertThrows(
        IllegalArgumentException.class, () -> new DerivativeChecker(100, 1, 0.5)).getMessage());
  }
}
