package org.activations.pack;

import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.KernelActivation;
import org.activations.spi.Parameters;

/**
 * GELU in its exact form (torch.nn.GELU, approximate='none'; Hendrycks and Gimpel 2016):
 * x·Φ(x) = x·(1 + erf(x/√2))/2, with Φ the standard normal distribution function, and
 * f' = Φ(x) + x·φ(x).
 *
 * <p>Java has no erf, so Φ is computed here at a fixed cost, in the way of the classic libm designs:
 * with z = |x| and Q(z) = Φ(−z) = e^(−z²/2)·Rs(z), the smooth factor Rs is a polynomial on each
 * of nine intervals of [0, 40] (our own Chebyshev fits, see {@link GaussianTail}), and e^(−z²/2) is one
 * exponential of the double-double z². Then f = max(x, 0) − z·e^(−z²/2)·Rs(z) for either sign,
 * with z·e^(−z²/2) and Rs(z) as double-doubles and their product rounded once. The derivative is
 * 1 − e^(−z²/2)·Gs(z) for x &ge; 0 and e^(−z²/2)·Gs(z) for x &lt; 0, with Gs(z) = Rs(z) − z/√(2π),
 * which vanishes at z* ≈ 0.7518: on [0, 1.5] it is (z − z*)·Hs(z) with z* a double-double and Hs
 * fitted itself, so f' keeps its relative accuracy next to its zero. Below x = −37 the exponential
 * is taken 2^64 too large and the result scaled back once, so the subnormal tail keeps its bits;
 * below −40 (and above 40) the results are −0 and 0 (x and 1). No loop depends on x: one
 * exponential and one polynomial, padded to degree 21 on every interval, and no branch on the sign
 * of x, so that a batch of mixed signs runs without mispredictions. Measured accuracy: see
 * docs/pack.md.
 */
final class Gelu extends KernelActivation {
  /**
   * The minimum x*·Φ(x*), x* ≈ −0.7518, correctly rounded (mpmath, 60 digits; the exact value is
   * 0.15 ulp below it): the declared range's end, at which results are held, since a result within
   * the 2-ulp bound may lie an ulp below it.
   */
  static final double MINIMUM = -0x1.5c19dd4b1a3fbp-3;
  static final ActivationInfo INFO = ActivationInfo.builder("gelu")
      .description("x Phi(x), the Gaussian error linear unit, in its exact erf form")
      .function("x Phi(x) = x (1 + erf(x / sqrt 2)) / 2", "x\\,\\Phi(x)")
      .derivative("Phi(x) + x phi(x)", "\\Phi(x) + x\\,\\varphi(x)")
      .range(Range.interval(MINIMUM, true, Double.POSITIVE_INFINITY, false))
      .declared(DeclaredProperties.builder().nonlinear(true)
          .continuityOrder(DeclaredProperties.SMOOTH).monotonic(false).monotonicDerivative(false)
          .zeroCentred(true).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
      .build();
  /** Beyond this |x| the results are the limits (|x|·φ(x) &lt; 1e-340). */
  private static final double LIMIT = 40;
  /** Beyond this z, e^(−z²/2) is below 2^−1000: use the scaled exponential. */
  private static final double DEEP_Z = 37;

  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward;

  Gelu() {
    floatForward = PackEngine.active().kernels().gelu(MINIMUM, this::plainForward);
  }

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  /** e^(−z²/2) = e·(1 + c), z² carried as a double-double: e, with {@link #correction}'s c. */
  private static double gauss(double z) {
    return Math.exp(-0.5 * (z * z));
  }

  /** The c of {@link #gauss}: −(z² − h)/2, h = z² rounded; |c| &le; 2^−44 for z &le; 40. */
  private static double correction(double z) {
    return -0.5 * Math.fma(z, z, -(z * z));
  }

  /**
   * {@link #gauss}·2^SCALE for DEEP_Z &lt; z &le; LIMIT (0 beyond about 39.2, where the result
   * rounds to 0 all the same), whose correction is {@link #correction} + SCALE_LN2_LO.
   */
  private static double gaussUp(double z) {
    return Math.exp(-0.5 * (z * z) + PackMath.SCALE_LN2_HI);
  }

  /**
   * gelu(x) = max(x, 0) − z·Q(z), z = |x|: both signs in one formula, without a branch
   * ({@link PackMath#negativeOr} picks max(x, 0), −0 for −0): with inputs of either sign a
   * mispredicted branch would stall the pipeline for longer than the formula takes.
   */
  static double gelu(double x) {
    double z = Math.abs(x);
    return z <= DEEP_Z ? near(x, z) : tail(x, z);
  }

  /**
   * {@link #gelu} for |x| = z &le; DEEP_Z: max(x, 0) − z·e^(−z²/2)·Rs(z), with z·e^(−z²/2) and
   * Rs(z) as double-doubles and the product rounded once, so that the exponential's own error
   * (at most 0.52 ulp) and that rounding remain; held at {@link #MINIMUM}.
   */
  private static double near(double x, double z) {
    return near(x, z, gauss(z));
  }

  /** {@link #near} given e = {@link #gauss}(z). */
  private static double near(double x, double z, double e) {
    double w = z * e;
    double wLow = Math.fma(z, e, -w) + w * correction(z);
    double y = GaussianTail.minusTimesRs(PackMath.negativeOr(x, 0, x), w, wLow, z);
    return y < MINIMUM ? MINIMUM : y;
  }

  /** gelu(x) beyond DEEP_Z, ±∞ and NaN. */
  private static double tail(double x, double z) {
    if (!(z <= LIMIT)) {
      return x > 0 ? x : x < 0 ? -0.0 : x;
    }
    if (x > 0) {
      return x;
    }
    double e = gaussUp(z);
    double w = z * e;
    double wLow = Math.fma(z, e, -w) + w * (correction(z) + PackMath.SCALE_LN2_LO);
    // at most −0: where e has underflowed 0 − 0 would be +0
    return Math.min(PackMath.down(GaussianTail.minusTimesRs(0, w, wLow, z)), -0.0);
  }

  /**
   * gelu'(x) = e^(−z²/2)·Gs(z) below 0 and 1 − e^(−z²/2)·Gs(z) above, z = |x|, without a branch on
   * the sign or the interval (see {@link #gelu}).
   */
  static double slope(double x) {
    double z = Math.abs(x);
    if (!(z <= DEEP_Z)) {
      return tailSlope(x, z);
    }
    double e = gauss(z);
    double w = PackMath.negativeOr(x, -e, e);
    return GaussianTail.minusTimesGs(PackMath.negativeOr(x, 0, 1), w, w * correction(z), z);
  }

  /** gelu'(x) beyond DEEP_Z, ±∞ and NaN. */
  private static double tailSlope(double x, double z) {
    if (!(z <= LIMIT)) {
      return x > 0 ? 1 : x < 0 ? 0 : x;
    }
    if (x > 0) {
      return 1;
    }
    double e = -gaussUp(z);
    return PackMath.down(GaussianTail.minusTimesGs(0, e,
        e * (correction(z) + PackMath.SCALE_LN2_LO), z));
  }

  @Override
  public double apply(double x) {
    return gelu(x);
  }

  @Override
  public double derivative(double x) {
    return slope(x);
  }

  /**
   * Four elements at a time where all four lie within DEEP_Z: their exponentials first (calls to
   * a stub, which would otherwise stand between one element's polynomial and the next), then their
   * polynomials side by side, so that one element's chain of dependent steps does not wait on
   * another's; {@link #near}'s own steps, so the same doubles as {@link #gelu}.
   */
  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    int end = offset + length;
    int i = offset;
    for (; i + 3 < end; i += 4) {
      double x0 = x[i];
      double x1 = x[i + 1];
      double x2 = x[i + 2];
      double x3 = x[i + 3];
      double z0 = Math.abs(x0);
      double z1 = Math.abs(x1);
      double z2 = Math.abs(x2);
      double z3 = Math.abs(x3);
      if (!(z0 <= DEEP_Z & z1 <= DEEP_Z & z2 <= DEEP_Z & z3 <= DEEP_Z)) { // NaN too
        y[i] = gelu(x0);
        y[i + 1] = gelu(x1);
        y[i + 2] = gelu(x2);
        y[i + 3] = gelu(x3);
        continue;
      }
      double e0 = gauss(z0);
      double e1 = gauss(z1);
      double e2 = gauss(z2);
      double e3 = gauss(z3);
      y[i] = near(x0, z0, e0);
      y[i + 1] = near(x1, z1, e1);
      y[i + 2] = near(x2, z2, e2);
      y[i + 3] = near(x3, z3, e3);
    }
    for (; i < end; i++) {
      y[i] = gelu(x[i]);
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

  /**
   * The function's own float loop, which the engine runs where it has no kernel of its own: four
   * elements at a time ({@link FloatForms#geluQuadruples}), the rest one by one.
   */
  private void plainForward(float[] x, float[] y, int offset, int length) {
    int end = offset + length;
    for (int i = FloatForms.geluQuadruples(x, y, offset, end, MINIMUM); i < end; i++) {
      y[i] = applyFloat(x[i]);
    }
  }

  /** {@link FloatForms}' formula for finite x; the double method's result, rounded, otherwise. */
  @Override
  public float applyFloat(float x) {
    return Float.isFinite(x) ? FloatForms.gelu(x, MINIMUM) : (float) apply(x);
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

  /** Registers {@code gelu}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return INFO.name();
    }

    @Override
    public Activation create(Parameters p) {
      return new Gelu();
    }
  }
}
