package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.KernelActivation;
import org.activations.spi.SingleInstanceProvider;

/**
 * Mish (torch.nn.Mish, Misra 2019): x·tanh(softplus(x)), with the natural log (not log2). With
 * u = e^x, tanh(log(1 + u)) = n/D with n = u(u + 2) and D = n + 2; for x &gt; 0 the same in
 * e = e^−x, (1 + 2e)/(1 + 2e + 2e²), which cannot overflow, so f' stays finite for every x (a known
 * bug elsewhere makes it NaN from x = 23 in float). f' = u·g/D² for x &le; 0, with
 * g = u³ + 4u² + 6u + 4 + 4x(1 + u); g vanishes at x* ≈ −1.19, and near it g is evaluated from
 * x* (a double-double) as u*³·expm1(3d) + 4u*²·expm1(2d) + (6 + 4x*)u*·expm1(d) + 4d(1 + u),
 * d = x − x*, whose terms all have the sign of d: nothing cancels. Below x = −700, e^x is
 * computed 2^64 too large and the result scaled back once, so subnormal results keep their bits.
 */
final class Mish extends KernelActivation {
  /** x* where f' = 0, as a double-double, and the coefficients u*³, 4u*², (6 + 4x*)u*. */
  private static final double ROOT = -0x1.31432c0d12d84p+0;
  private static final double ROOT_LOW = -0x1.bf319154da210p-55;
  private static final double A3 = 0x1.c9f40193f744cp-6;
  private static final double A2 = 0x1.793f9434fbb17p-2;
  private static final double A1 = 0x1.7e53ec82f25e8p-2;
  /** Above this x, f' − 1 &lt; 1e-32 (and 2x(1 + e) could overflow): f' is 1. */
  private static final double SLOPE_ONE = 40;
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

  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward;

  Mish() {
    floatForward = PackEngine.active().kernels().mish(MINIMUM, this::plainForward);
  }

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  static double mish(double x) {
    if (x > 0) {
      double e = Math.exp(-x);
      double twoE = 2 * e;
      return x * ((1 + twoE) / (1 + twoE + twoE * e));
    }
    if (x >= PackMath.DEEP) {
      // x·n/(n + 2), n = u(u + 2): the product and the denominator carried exactly
      double u = Math.exp(x);
      double s = u + 2;
      double n = u * s;
      double nLow = Math.fma(u, s, -n) + u * ((2 - s) + u);
      double d = n + 2;
      double dLow = ((2 - d) + n) + nLow;
      double p = x * n;
      double pLow = Math.fma(x, n, -p) + x * nLow;
      double q = p / d;
      return q + (Math.fma(-q, d, p) + pLow - q * dLow) / d;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return -0.0;
    }
    // tanh(softplus(x)) = e^x here: x·e^x·2^SCALE rounded once, at most −0 (see Gelu's tail)
    return Math.min(PackMath.down(PackMath.product(Math.exp(x + PackMath.SCALE_LN2_HI),
        PackMath.SCALE_LN2_LO, x, 0)), -0.0);
  }

  static double slope(double x) {
    if (x > 0) {
      return x > SLOPE_ONE ? 1 : positiveSlope(x);
    }
    if (x >= PackMath.DEEP) {
      double u = Math.exp(x);
      if (x >= -4) {
        double[] low = new double[1];
        double g = nearRoot(x, u, low);
        return quotient(u, g, low[0]);
      }
      // g = 4(1 + x) + u(u(u + 4) + 6 + 4x), both terms negative, the second below 2 % of g
      double w = 1 + x;
      double wLow = (x - w) + 1;
      return quotient(u, Math.fma(4, w, Math.fma(u, u * (u + 4) + 6 + 4 * x, 4 * wLow)), 0);
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    double v = 1 + x; // u·4(1 + x)/4 here, 1 + x carried exactly and the product rounded once
    return Math.min(PackMath.down(PackMath.product(Math.exp(x + PackMath.SCALE_LN2_HI),
        PackMath.SCALE_LN2_LO, v, (x - v) + 1)), -0.0);
  }

  /**
   * f'(x) for x &gt; 0 as 1 + (2e²/D)·(2x(1 + e)/D − 1), e = e^−x, D = 1 + 2e + 2e²: that is
   * t + x·(1 − t²)·σ(x) with t = 1 − 2e²/D, and the term added to 1 is at most 0.4 in magnitude,
   * so that its errors reach f' damped (2.97 ulp measured for the quotient of the sums, below 2
   * so).
   */
  private static double positiveSlope(double x) {
    double e = Math.exp(-x);
    double e2 = e * e;
    double r = 1 / (1 + 2 * e + 2 * e2);
    return Math.fma(2 * e2 * r, Math.fma(2 * x * (1 + e), r, -1), 1);
  }

  /**
   * g = u³ + 4u² + 6u + 4 + 4x(1 + u) for −4 &le; x &le; 0, u = e^x, from the root x*: 4d(1 + u)
   * + u*³·expm1(3d) + 4u*²·expm1(2d) + (6 + 4x*)u*·expm1(d), d = x − x*, all terms of the sign
   * of d and the first the largest (at least 0.64 of the sum), which is carried as a double-double:
   * returns the high part, the low part in low[0].
   */
  private static double nearRoot(double x, double u, double[] low) {
    double a = x - ROOT; // exact near the root; its error otherwise is in dLow
    double d = a - ROOT_LOW;
    double dLow = ((a - d) - ROOT_LOW) + PackMath.sumError(x, -ROOT, a);
    double w = 1 + u;
    double wLow = (1 - w) + u;
    double p = 4 * d * w;
    double pLow = Math.fma(4 * d, w, -p) + 4 * (d * wLow + dLow * w);
    double rest = Math.fma(A3, Expm1.near(3 * d),
        Math.fma(A2, Expm1.near(2 * d), A1 * Expm1.near(d)));
    double g = p + rest;
    low[0] = ((p - g) + rest) + pLow;
    return g;
  }

  /**
   * u·(g + gLow)/D², D = u(u + 2) + 2, for 0 &lt; u &le; 1, with D² and u·g carried exactly and one
   * division (by the reciprocal, which corrects the quotient).
   */
  private static double quotient(double u, double g, double gLow) {
    double s = u + 2;
    double n = u * s;
    double nLow = Math.fma(u, s, -n) + u * ((2 - s) + u);
    double d = n + 2;
    double dLow = ((2 - d) + n) + nLow;
    double sq = d * d;
    double sqLow = Math.fma(d, d, -sq) + 2 * d * dLow;
    double num = u * g;
    double r = 1 / sq;
    double q = num * r;
    return q + (Math.fma(-q, sq, num) + Math.fma(u, g, -num) + u * gLow - q * sqLow) * r;
  }

  @Override
  public double apply(double x) {
    return mish(x);
  }

  @Override
  public double derivative(double x) {
    return slope(x);
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = mish(x[i]);
    }
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    floatForward.apply(x, y, offset, length);
  }

  @Override
  public String describeImplementation() {
    return PackEngine.active().description();
  }

  /** The function's own float loop, which the engine runs where it has no kernel of its own. */
  private void plainForward(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = applyFloat(x[i]);
    }
  }

  /** {@link FloatForms}' formula for finite x; the double method's result, rounded, otherwise. */
  @Override
  public float applyFloat(float x) {
    return Float.isFinite(x) ? FloatForms.mish(x, MINIMUM) : (float) apply(x);
  }

  @Override
  protected void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * slope(in[i]);
    }
  }

  @Override
  protected void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * (float) slope(in[i]);
    }
  }

  /** Registers {@code mish}. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new Mish());
    }
  }
}
