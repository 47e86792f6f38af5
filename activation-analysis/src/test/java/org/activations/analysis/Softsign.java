package org.activations.analysis;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/** softsign x / (1 + |x|), correct in every way: the base that the engine's tests spoil one way each. */
final class Softsign {
  private Softsign() {}

  /** softsign's metadata under {@code name}: C^1, monotonic, range (-1, 1), output form. */
  static ActivationInfo.Builder info(String name) {
    return ActivationInfo.builder(name)
        .description("softsign for tests")
        .function("x / (1 + |x|)", "\\frac{x}{1+|x|}")
        .derivative("1 / (1 + |x|)^2", "\\frac{1}{(1+|x|)^2}")
        .derivativeFromOutput("(1 - |y|)^2", "(1-|y|)^2")
        .range(Range.open(-1, 1))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
            .monotonicDerivative(false).zeroCentred(true).identityAtOrigin(true)
            .saturation(Saturation.BOTH).build());
  }

  /** softsign's metadata without the output form. */
  static ActivationInfo.Builder inputOnly(String name) {
    return ActivationInfo.builder(name)
        .description("softsign for tests")
        .function("x / (1 + |x|)", "\\frac{x}{1+|x|}")
        .derivative("1 / (1 + |x|)^2", "\\frac{1}{(1+|x|)^2}")
        .range(Range.open(-1, 1))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
            .monotonicDerivative(false).zeroCentred(true).identityAtOrigin(true)
            .saturation(Saturation.BOTH).build());
  }

  static double f(double x) {
    return Double.isInfinite(x) ? Math.signum(x) : x / (1 + Math.abs(x)); // ∞/∞ would be NaN
  }

  static double df(double x) {
    double d = 1 + Math.abs(x);
    return 1 / (d * d);
  }

  static double dfy(double y) {
    return (1 - Math.abs(y)) * (1 - Math.abs(y));
  }

  /** The correct softsign. */
  static TestFunction correct(String name) {
    return new TestFunction(info(name).build(), Softsign::f, Softsign::df, Softsign::dfy);
  }
}
