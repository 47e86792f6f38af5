package com.example.softsign;

import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.SingleInstanceProvider;

/**
 * Softsign, f(x) = x / (1 + |x|), f'(x) = 1 / (1 + |x|)² = (1 − |y|)². A cheap sigmoid shape: its
 * tails approach ±1 polynomially, not exponentially. f is C^1: f'' jumps at 0 (−2 to 2).
 */
final class Softsign implements Activation {
  static final ActivationInfo INFO = ActivationInfo.builder("softsign")
      .description("x / (1 + |x|): a zero-centred sigmoid shape with polynomial tails")
      .function("x / (1 + |x|)", "\\frac{x}{1 + |x|}")
      .derivative("1 / (1 + |x|)^2", "\\frac{1}{(1 + |x|)^2}")
      .derivativeFromOutput("(1 - |y|)^2", "(1 - |y|)^2")
      .range(Range.open(-1, 1))
      .declared(DeclaredProperties.builder()
          .nonlinear(true)
          .continuityOrder(1)
          .monotonic(true)
          .monotonicDerivative(false)
          .zeroCentred(true)
          .identityAtOrigin(true)
          .saturation(Saturation.BOTH)
          .build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  @Override
  public double apply(double x) {
    double a = Math.abs(x);
    if (a == Double.POSITIVE_INFINITY) {
      return Math.signum(x); // ∞ / ∞ would be NaN
    }
    // The plain x / (1 + a) rounds 1 + a first and is then not monotonic (it decreases by an ulp
    // near 2^53, where 1 + a is a tie): carry that rounding error into the quotient.
    double d = 1 + a;
    double dLow = a > 1 ? (a - d) + 1 : (1 - d) + a;
    double q = x / d;
    return q + (Math.fma(-q, d, x) - q * dLow) / d;
  }

  @Override
  public double derivative(double x) {
    double d = 1 + Math.abs(x);
    return 1 / (d * d);
  }

  @Override
  public double derivativeFromOutput(double y) {
    double d = 1 - Math.abs(y);
    return d * d;
  }

  /** Registers one shared softsign with the {@link java.util.ServiceLoader}; its name is {@link #INFO}'s. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new Softsign());
    }
  }
}
