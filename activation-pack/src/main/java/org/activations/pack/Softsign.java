package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.KernelActivation;
import org.activations.spi.SingleInstanceProvider;

/** Softsign (torch.nn.Softsign): x / (1 + |x|), f' = 1 / (1 + |x|)² = (1 − |y|)². C^1 at 0. */
final class Softsign extends KernelActivation {
  static final ActivationInfo INFO = ActivationInfo.builder("softsign")
      .description("x / (1 + |x|): a zero-centred sigmoid shape with polynomial tails")
      .function("x / (1 + |x|)", "\\frac{x}{1 + |x|}")
      .derivative("1 / (1 + |x|)^2", "\\frac{1}{(1 + |x|)^2}")
      .derivativeFromOutput("(1 - |y|)^2", "(1 - |y|)^2")
      .range(Range.open(-1, 1))
      .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
          .monotonicDerivative(false).zeroCentred(true).identityAtOrigin(true)
          .saturation(Saturation.BOTH).build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  /**
   * x / (1 + |x|) with the rounding error of 1 + |x| carried into the quotient, so that the result
   * is correctly rounded apart from rare near-ties and therefore monotonic: the plain quotient
   * rounds the denominator first and decreases by an ulp at some inputs (near 2^53, where 1 + |x|
   * is a tie, and in [0, 1], where it rounds coarser than |x|).
   */
  static double softsign(double x) {
    double a = Math.abs(x);
    if (a == Double.POSITIVE_INFINITY) {
      return Math.signum(x);
    }
    double d = 1 + a;
    double dLow = a > 1 ? (a - d) + 1 : (1 - d) + a;
    double q = x / d;
    // x / (d + dLow) = q + (x − q·d − q·dLow) / d to second order; the fma makes x − q·d exact.
    return q + (Math.fma(-q, d, x) - q * dLow) / d;
  }

  /**
   * 1/(1 + |x|)² with 1 + |x| carried exactly and the square taken of the reciprocal, so that
   * nothing overflows where (1 + |x|)² would (|x| &gt; 1.3e154) and the subnormal results remain.
   */
  static double slope(double x) {
    double a = Math.abs(x);
    if (a == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double d = 1 + a;
    double dLow = a > 1 ? (a - d) + 1 : (1 - d) + a;
    double r = 1 / d;
    double rLow = (Math.fma(-r, d, 1) - r * dLow) * r; // 1/(d + dLow) = r + rLow
    double sq = r * r;
    return sq + (Math.fma(r, r, -sq) + 2 * r * rLow);
  }

  static double slopeFromOutput(double y) {
    double d = 1 - Math.abs(y);
    return d * d;
  }

  @Override
  public double apply(double x) {
    return softsign(x);
  }

  @Override
  public double derivative(double x) {
    return slope(x);
  }

  @Override
  public double derivativeFromOutput(double y) {
    return slopeFromOutput(y);
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = softsign(x[i]);
    }
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = (float) softsign(x[i]);
    }
  }

  @Override
  protected void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * slopeFromOutput(in[i]);
    }
  }

  @Override
  protected void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * (float) slopeFromOutput(in[i]);
    }
  }

  /** Registers {@code softsign}. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new Softsign());
    }
  }
}
