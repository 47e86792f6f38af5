package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;
import org.activations.spi.KernelActivation;
import org.activations.spi.SingleInstanceProvider;

/**
 * Hard swish (torch.nn.Hardswish, Howard et al. 2019): 0 for x ≤ −3, x for x ≥ 3, x(x + 3)/6
 * between. f' is 0, (2x + 3)/6 and 1; at the kinks PyTorch's backward gives (2x + 3)/6 (−1/2 at −3,
 * 3/2 at 3), and so does this. The minimum −3/8 is at x = −3/2. No output form: f is not monotonic.
 */
final class HardSwish extends KernelActivation {
  static final ActivationInfo INFO = ActivationInfo.builder("hard_swish")
      .description("piecewise-quadratic swish: x (x + 3) / 6 between -3 and 3")
      .function("x <= -3 ? 0 : x >= 3 ? x : x (x + 3) / 6",
          "\\begin{cases} 0 & x \\le -3 \\\\ x & x \\ge 3 \\\\ \\frac{x(x+3)}{6} & \\text{else}"
              + " \\end{cases}")
      .derivative("x < -3 ? 0 : x > 3 ? 1 : (2x + 3) / 6",
          "\\begin{cases} 0 & x < -3 \\\\ 1 & x > 3 \\\\ \\frac{2x+3}{6} & \\text{else} \\end{cases}")
      .range(Range.interval(-0.375, true, Double.POSITIVE_INFINITY, false))
      .specialPoints(SpecialPoint.kink(-3), SpecialPoint.kink(3))
      .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(false)
          .monotonicDerivative(false).zeroCentred(true).identityAtOrigin(false)
          .saturation(Saturation.NEGATIVE).build())
      .build();

  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward =
      PackEngine.active().kernels().hardSwish(HardSwish::plainForward);

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  /** x(x + 3)/6 with x + 3 and the product carried exactly, then one corrected division. */
  static double hardSwish(double x) {
    if (x <= -3) {
      return 0;
    }
    if (x >= 3) {
      return x;
    }
    double s = x + 3;
    double t = s - x;
    double e = (x - (s - t)) + (3 - t); // x + 3 = s + e
    double p = x * s;
    double pLow = Math.fma(x, s, -p) + x * e; // x(x + 3) = p + pLow
    double q = p / 6;
    return q + (Math.fma(-q, 6, p) + pLow) / 6; // NaN stays NaN
  }

  static double slope(double x) {
    if (x < -3) {
      return 0;
    }
    return x > 3 ? 1 : (2 * x + 3) / 6; // 2x + 3 is exact near the zero at -1.5
  }

  @Override
  public double apply(double x) {
    return hardSwish(x);
  }

  @Override
  public double derivative(double x) {
    return slope(x);
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = hardSwish(x[i]);
    }
  }

  /**
   * f(x) in float arithmetic only (HotSpot 17 vectorises no conversion to double): c + 3 = s + e
   * exactly (two-sum, c = clamp(x, −3, 3)), g + gLow = s/6 to about 2^−48, and f = max(x, −3)·g
   * + c·gLow by one fma (c·gLow is 0 beyond ±3, so f(x) = x for x &ge; 3 and ∞ stays ∞). Tried
   * at all 2^32 floats against the double formula rounded once: equal except at 8 inputs, where
   * the exact value lies within 2^−26 ulp of a float midpoint and the result is the other
   * neighbour (|x| between 2.5e-6 and 5.9e-5): within 0.5000001 ulp everywhere.
   */
  @Override
  public float applyFloat(float x) {
    return hardSwishFloat(x);
  }

  static float hardSwishFloat(float x) {
    float c = Math.min(Math.max(x, -3f), 3f);
    float s = c + 3f;
    float e = PackMath.sumError(c, 3f, s);
    float g = s / 6f;
    float gLow = (Math.fma(-g, 6f, s) + e) / 6f;
    return Math.fma(Math.max(x, -3f), g, c * gLow);
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    floatForward.apply(x, y, offset, length);
  }

  /** The function's own float loop, which the engine runs where it has no kernel of its own. */
  private static void plainForward(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = hardSwishFloat(x[i]);
    }
  }

  @Override
  public String describeImplementation() {
    return PackEngine.active().description();
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

  /** Registers {@code hard_swish}. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new HardSwish());
    }
  }
}
