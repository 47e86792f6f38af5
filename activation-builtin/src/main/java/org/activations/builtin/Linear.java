package org.activations.builtin;

import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/**
 * The identity f(x) = x, with f'(x) = 1: the seed's "linear" activation, used in regression output
 * layers. A network built only from it collapses to linear regression.
 *
 * <p>Exact. f'(±∞) = 1; NaN gives NaN for f and both derivative forms.
 */
final class Linear implements Activation {
  static final ActivationInfo INFO = ActivationInfo.builder("linear")
      .aliases("identity")
      .description("Identity: returns its input; for regression outputs, adds no nonlinearity")
      .function("x", "x")
      .derivative("1", "1")
      .derivativeFromOutput("1", "1")
      .range(Range.reals())
      .declared(DeclaredProperties.builder()
          .nonlinear(false)
          .continuityOrder(DeclaredProperties.SMOOTH)
          .monotonic(true)
          .monotonicDerivative(true)
          .zeroCentred(true)
          .identityAtOrigin(true)
          .saturation(Saturation.NONE)
          .build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  @Override
  public double apply(double x) {
    return x;
  }

  @Override
  public double derivative(double x) {
    return one(x);
  }

  @Override
  public double derivativeFromOutput(double y) {
    return one(y);
  }

  /** 1, or NaN for NaN. */
  private static double one(double v) {
    return v == v ? 1.0 : v;
  }

  @Override
  public String toString() {
    return "linear";
  }
}
