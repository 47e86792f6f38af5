package org.activations.pack;

import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/**
 * Mish (torch.nn.Mish, Misra 2019): x·tanh(softplus(x)), with the natural log (not log2).
 * tanh(log(1 + u)) = u(u + 2) / (u(u + 2) + 2) with u = e^x; for x &gt; 0 the same in e = e^−x,
 * (1 + 2e) / (1 + 2e + 2e²), which cannot overflow, so f' stays finite for every x (a known bug
 * elsewhere makes it NaN from x = 23 in float). f' = t + x·(1 − t²)·σ(x) with 1 − t² written
 * without cancellation. The minimum (about −0.3088 at x ≈ −1.19) is found at class initialisation.
 */
final class Mish implements Activation {
  static final double MINIMUM = PackMath.minimum(Mish::mish, -2, -0.5);
  static final ActivationInfo INFO = ActivationInfo.builder("mish")
      .description("x tanh(softplus(x)): smooth, non-monotonic, unbounded above")
      .function("x tanh(log(1 + exp(x)))", "x \\tanh(\\ln(1 + e^x))")
      .derivative("t + x (1 - t^2) sigmoid(x), t = tanh(softplus(x))",
          "t + x (1 - t^2)\\,\\sigma(x)")
      .range(Range.interval(MINIMUM, true, Double.POSITIVE_INFINITY, false))
      .declared(DeclaredProperties.builder().nonlinear(true)
          .continuityOrder(DeclaredProperties.SMOOTH).monotonic(false).monotonicDerivative(false)
          .zeroCentred(true).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  /** tanh(softplus(x)). */
  private static double t(double x) {
    if (x > 0) {
      double e = Math.exp(-x);
      double twoE = 2 * e;
      return (1 + twoE) / (1 + twoE + twoE * e);
    }
    double u = Math.exp(x);
    double n = u * (u + 2);
    return n / (n + 2);
  }

  static double mish(double x) {
    if (x == Double.NEGATIVE_INFINITY) {
      return -0.0;
    }
    return x * t(x);
  }

  @Override
  public double apply(double x) {
    return mish(x);
  }

  @Override
  public double derivative(double x) {
    if (Double.isInfinite(x)) {
      return x > 0 ? 1 : 0;
    }
    double oneMinusT2;
    double sigma;
    if (x > 0) {
      double e = Math.exp(-x);
      double d = 1 + 2 * e + 2 * e * e;
      double onePlusE = 1 + e;
      oneMinusT2 = 4 * e * e * onePlusE * onePlusE / (d * d);
      sigma = 1 / onePlusE;
    } else {
      double u = Math.exp(x);
      double n = u * (u + 2);
      oneMinusT2 = 4 * (n + 1) / ((n + 2) * (n + 2));
      sigma = u / (1 + u);
    }
    return t(x) + x * oneMinusT2 * sigma;
  }

  /** Registers {@code mish}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return "mish";
    }

    @Override
    public Activation create(Parameters p) {
      return new Mish();
    }
  }
}
