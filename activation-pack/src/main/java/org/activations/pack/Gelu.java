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
 * exponential of the double-double z². Then f = x·e^(−z²/2)·Rs(z) for x &lt; 0 and
 * x·(1 − e^(−z²/2)·Rs(z)) for x &ge; 0. The derivative is 1 − e^(−z²/2)·Gs(z) for x &ge; 0 and
 * e^(−z²/2)·Gs(z) for x &lt; 0, with Gs(z) = Rs(z) − z/√(2π), which vanishes at z* ≈ 0.7518: on
 * [0, 1.5] it is (z − z*)·Hs(z) with z* a double-double and Hs fitted itself, so f' keeps its
 * relative accuracy next to its zero. Below x = −37 the exponential is taken 2^64 too large and
 * the result scaled back once, so the subnormal tail keeps its bits; below −40 (and above 40) the
 * results are −0 and 0 (x and 1). No loop depends on x: one exponential and one polynomial, padded
 * to degree 21 on every interval, and no branch on the sign of x, so that a batch of mixed signs
 * runs without mispredictions. Measured accuracy: see docs/pack.md.
 */
final class Gelu extends KernelActivation {
  static final double MINIMUM = PackMath.minimum(Gelu::gelu, -2, 0);
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

  /** e^(−z²/2), or 2^64 times it where z &gt; DEEP_Z, with z² carried as a double-double. */
  private static double gauss(double z) {
    double h = z * z;
    double hLow = Math.fma(z, z, -h);
    return z > DEEP_Z ? PackMath.expUp(-0.5 * h, -0.5 * hLow) : PackMath.exp(-0.5 * h, -0.5 * hLow);
  }

  /**
   * gelu(x). Both signs' results are computed and one is chosen without a branch
   * ({@link PackMath#negativeOr}): with inputs of either sign a mispredicted branch would stall the
   * pipeline for longer than the other side takes.
   */
  static double gelu(double x) {
    double z = Math.abs(x);
    return z <= DEEP_Z ? near(x, z, GaussianTail.rs(z)) : tail(x, z);
  }

  /** gelu(x) beyond DEEP_Z, ±∞ and NaN. */
  private static double tail(double x, double z) {
    if (!(z <= LIMIT)) {
      return x > 0 ? x : x < 0 ? -0.0 : x;
    }
    if (x > 0) {
      return x;
    }
    double e = gauss(z);
    double r = GaussianTail.rs(z);
    double p = x * r;
    // at most −0: where e has underflowed the sum of the two zeros would be +0
    return Math.min(PackMath.down(Math.fma(p, e, Math.fma(x, r, -p) * e)), -0.0);
  }

  /** gelu'(x), without a branch on the sign or the interval (see {@link #gelu}). */
  static double slope(double x) {
    double z = Math.abs(x);
    if (!(z <= DEEP_Z)) {
      return tailSlope(x, z);
    }
    double g = GaussianTail.gs(z);
    double h = z * z;
    double eg = PackMath.exp(-0.5 * h, -0.5 * Math.fma(z, z, -h)) * g;
    return PackMath.negativeOr(x, eg, 1 - eg);
  }

  /** gelu'(x) beyond DEEP_Z, ±∞ and NaN. */
  private static double tailSlope(double x, double z) {
    if (!(z <= LIMIT)) {
      return x > 0 ? 1 : x < 0 ? 0 : x;
    }
    return x > 0 ? 1 : PackMath.down(gauss(z) * GaussianTail.gs(z));
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
   * Four elements at a time where all four lie within DEEP_Z: their polynomials first, side by
   * side, then their exponentials, so that one element's chain of dependent steps does not wait
   * on another's; {@link #gelu}'s own steps, so the same doubles.
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
      double r0 = GaussianTail.rs(z0);
      double r1 = GaussianTail.rs(z1);
      double r2 = GaussianTail.rs(z2);
      double r3 = GaussianTail.rs(z3);
      y[i] = near(x0, z0, r0);
      y[i + 1] = near(x1, z1, r1);
      y[i + 2] = near(x2, z2, r2);
      y[i + 3] = near(x3, z3, r3);
    }
    for (; i < end; i++) {
      y[i] = gelu(x[i]);
    }
  }

  /** {@link #gelu} for |x| = z &le; DEEP_Z, given r = Rs(z). */
  private static double near(double x, double z, double r) {
    double h = z * z;
    double e = PackMath.exp(-0.5 * h, -0.5 * Math.fma(z, z, -h));
    double p = x * r;
    double below = Math.fma(p, e, Math.fma(x, r, -p) * e); // (x·r exactly)·e, one rounding
    double above = x * (1 - e * r);
    return PackMath.negativeOr(x, below, above);
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
