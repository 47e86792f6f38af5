package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.KernelActivation;
import org.activations.spi.SingleInstanceProvider;

/**
 * GELU in its exact form (torch.nn.GELU, approximate='none'; Hendrycks and Gimpel 2016):
 * x·Φ(x) = x·(1 + erf(x/√2))/2, with Φ the standard normal distribution function, and
 * f' = Φ(x) + x·φ(x).
 *
 * <p>Java has no erf, so Φ is computed here at a fixed cost, in the way of the classic libm
 * designs: with z = |x| and Q(z) = Φ(−z) = e^(−z²/2)·Rs(z), the smooth factor Rs is a polynomial
 * of degree 9 on each of 69 intervals of [0, 40), whose index is read from the bits of z + 2 (our
 * own fits, see {@link GaussianTail}), and e^(−z²/2) is our own exponential of the double-double
 * z², left unrounded ({@link GaussianFactor}). Then f = max(x, 0) − z·e^(−z²/2)·Rs(z) for either
 * sign, with z·e^(−z²/2) and Rs(z) as double-doubles and their product rounded once. The
 * derivative is 1 − e^(−z²/2)·Gs(z) for x &ge; 0 and e^(−z²/2)·Gs(z) for x &lt; 0, with
 * Gs(z) = Rs(z) − z/√(2π), which vanishes at z* ≈ 0.7518: on [0, 1.5) it is (z − z*)·Hs(z) with z*
 * a double-double and Hs fitted itself, so f' keeps its relative accuracy next to its zero. Below
 * x = −37 the exponential is taken 2^64 too large and the result scaled back once, so the
 * subnormal tail keeps its bits; below −40 (and above 40) the results are −0 and 0 (x and 1).
 *
 * <p>No loop depends on x, and there is no call and no branch on the sign of x or on the interval:
 * a batch of mixed signs runs without mispredictions, and one element's steps overlap the next
 * one's. The batch forward takes 7.8 ns an element, 1.30 × swish's, in the paired JMH run of
 * docs/pack.md (22.3 ns and 3.70 × with {@code Math.exp} and nine intervals of degree 21 found
 * by eight comparisons). Within 0.77 ulp (f) and 0.76 ulp (f') at 433,942 points checked against
 * mpmath, correctly rounded at 99 % of them (1.31 and 1.47 ulp, 87 %, before): see docs/pack.md.
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

  static {
    GaussianTables.load();
  }

  /** Beyond this |x| the results are the limits (|x|·φ(x) &lt; 1e-340). */
  private static final double LIMIT = 40;
  /** Beyond this z, e^(−z²/2) is below 2^−987: the tail takes it 2^SCALE too large. */
  private static final double DEEP_Z = 37;
  /**
   * From this z on gelu(−z) and gelu'(−z) round to 0 (|gelu'(−z)| &lt; 2^−1079 here), so the
   * tail takes min(z, ZERO_Z), which keeps e^(−z²/2)·2^SCALE normal.
   */
  private static final double ZERO_Z = 38.75;

  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward;

  Gelu() {
    floatForward = PackEngine.active().kernels().gelu(MINIMUM, this::plainForward);
  }

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  /**
   * gelu(x) = max(x, 0) − z·Q(z), z = |x|: both signs in one formula, without a branch
   * ({@link PackMath#negativeOr} picks x, or −0 for x &lt; 0, so that the result keeps the sign of
   * x where the product rounds to 0, as at −MIN_VALUE): with inputs of either sign a mispredicted
   * branch would stall the pipeline for longer than the formula takes.
   */
  static double gelu(double x) {
    double z = Math.abs(x);
    return z <= DEEP_Z ? near(x, z) : tail(x, z);
  }

  /** {@link #gelu} for |x| = z &le; DEEP_Z, held at {@link #MINIMUM}. */
  private static double near(double x, double z) {
    double y = minusZq(PackMath.negativeOr(x, -0.0, x), z, 0);
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
    // from −0: where the product underflows, 0 − 0 would be +0
    return PackMath.down(minusZq(-0.0, Math.min(z, ZERO_Z), PackMath.SCALE));
  }

  /**
   * add − z·Q(z)·2^scale = add − z·e^(−z²/2)·2^scale·Rs(z), with z·e^(−z²/2)·2^scale and Rs(z) as
   * double-doubles and their product rounded once: nothing of the exponential is rounded
   * ({@link GaussianFactor}), and Rs is within 0.06 ulp ({@link GaussianTail}).
   */
  private static double minusZq(double add, double z, int scale) {
    double steps = GaussianFactor.steps(z);
    double e = GaussianFactor.power(steps, scale);
    double w = z * e;
    double wLow = Math.fma(w, GaussianFactor.correction(z, steps), Math.fma(z, e, -w));
    return GaussianTail.minusTimesRs(add, w, wLow, z);
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
    return minusSlopeTerm(PackMath.negativeOr(x, 0, 1), x, z, 0);
  }

  /** gelu'(x) beyond DEEP_Z, ±∞ and NaN. */
  private static double tailSlope(double x, double z) {
    if (!(z <= LIMIT)) {
      return x > 0 ? 1 : x < 0 ? 0 : x;
    }
    if (x > 0) {
      return 1;
    }
    return PackMath.down(minusSlopeTerm(0, x, Math.min(z, ZERO_Z), PackMath.SCALE));
  }

  /**
   * add − s·e^(−z²/2)·2^scale·Gs(z), s = −1 for x &lt; 0 and 1 otherwise, as {@link #minusZq}.
   */
  private static double minusSlopeTerm(double add, double x, double z, int scale) {
    double steps = GaussianFactor.steps(z);
    double e = GaussianFactor.power(steps, scale);
    double w = PackMath.negativeOr(x, -e, e);
    return GaussianTail.minusTimesGs(add, w, w * GaussianFactor.correction(z, steps), z);
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
   * One element at a time: with no call in {@link #near}, the processor overlaps them itself (two
   * at a time, written out, ran no faster in a driver).
   */
  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
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

  /**
   * A step at a time through a buffer of doubles: the step's slopes, then their products with the
   * upstream gradient. In one loop, as the double backward, it took 23.8 ns an element against the
   * double one's 10.5; so, 11.3 (JMH, 256 Ki elements in [−8, 8]).
   */
  @Override
  protected void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    double[] slopes = new double[Math.min(length, DOUBLE_STEP)];
    for (int done = 0; done < length; done += slopes.length) {
      int from = offset + done;
      int n = Math.min(slopes.length, length - done);
      for (int i = 0; i < n; i++) {
        slopes[i] = slope(in[from + i]);
      }
      for (int i = 0; i < n; i++) {
        gradIn[from + i] = upstream[from + i] * (float) slopes[i];
      }
    }
  }

  /** Registers {@code gelu}. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new Gelu());
    }
  }
}
