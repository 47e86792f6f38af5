package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;
import org.activations.spi.KernelActivation;
import org.activations.spi.SingleInstanceProvider;

/**
 * Hard sigmoid (torch.nn.Hardsigmoid): relu6(x + 3)/6, correctly rounded: x + 3 is carried with its
 * rounding error and the quotient corrected by its exact remainder, so neither rounding of the naive
 * (x + 3)/6 shows. f' = 1/6 on (−3, 3), tested on x itself (the largest double below 3 has
 * x + 3 = 6 in double, yet f' = 1/6 there); 0 at ±3 and outside, as PyTorch's backward.
 */
final class HardSigmoid extends KernelActivation {
  static final ActivationInfo INFO = ActivationInfo.builder("hard_sigmoid")
      .description("piecewise-linear sigmoid: (x + 3) / 6 clamped to [0, 1]")
      .function("min(max(x + 3, 0), 6) / 6", "\\frac{\\min(\\max(x + 3, 0), 6)}{6}")
      .derivative("-3 < x < 3 ? 1/6 : 0",
          "\\begin{cases} \\frac16 & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}")
      .derivativeFromOutput("0 < y < 1 ? 1/6 : 0",
          "\\begin{cases} \\frac16 & 0 < y < 1 \\\\ 0 & \\text{otherwise} \\end{cases}")
      .range(Range.interval(0, true, 1, true))
      .specialPoints(SpecialPoint.kink(-3), SpecialPoint.kink(3))
      .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
          .monotonicDerivative(false).zeroCentred(false).identityAtOrigin(false)
          .saturation(Saturation.BOTH).build())
      .build();
  private static final double SIXTH = 1.0 / 6;
  /** The float nearest 1/6. */
  static final float SIXTH_FLOAT = 1f / 6;

  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward =
      PackEngine.active().kernels().hardSigmoid(HardSigmoid::plainForward);

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  /** (x + 3)/6 correctly rounded for −3 &lt; x &lt; 3. */
  static double linear(double x) {
    double s = x + 3;
    double t = s - x;
    double e = (x - (s - t)) + (3 - t); // x + 3 = s + e exactly
    double q = s / 6;
    double r = Math.fma(-q, 6, s); // s − 6q, exact
    return q + (r + e) / 6;
  }

  /** linear(clamp(x, −3, 3)): branch-free, so HotSpot vectorises it; NaN stays NaN. */
  static double hardSigmoid(double x) {
    return linear(Math.min(Math.max(x, -3), 3));
  }

  @Override
  public double apply(double x) {
    return hardSigmoid(x);
  }

  @Override
  public double derivative(double x) {
    return x > -3 && x < 3 ? SIXTH : x == x ? 0 : x;
  }

  @Override
  public double derivativeFromOutput(double y) {
    return y > 0 && y < 1 ? SIXTH : y == y ? 0 : y;
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = hardSigmoid(x[i]);
    }
  }

  /**
   * f(x) rounded once to float, in float arithmetic only (HotSpot 17 vectorises no conversion to
   * double): c + 3 = s + e exactly (two-sum), then q = s·RN(1/6) corrected by the remainder
   * s − 6q (exact by fma) and e, times RN(1/6). Equal to the correctly rounded (clamp(x) + 3)/6 at
   * every one of the 2^32 floats ({@code PackFloatKernelTest}: a stride in every build, all of
   * them with {@code -Dactivations.slow=true}).
   */
  @Override
  public float applyFloat(float x) {
    return hardSigmoidFloat(x);
  }

  static float hardSigmoidFloat(float x) {
    float c = Math.min(Math.max(x, -3f), 3f);
    float s = c + 3f;
    float e = PackMath.sumError(c, 3f, s);
    // Multiplied by the float nearest 1/6, not divided by 6 (0.299 against 0.337 ns an element,
    // the copy 0.247, in a driver on 8 Mi floats). At a tie
    // (s − 6q + e)/6 is half an ulp of q, a power of two, and its product by RN(1/6) rounds to
    // exactly that, so ties still go to even.
    float q = s * SIXTH_FLOAT;
    // fma(1, q, c) is q + c rounded once; written as an addition, HotSpot 17 leaves the loop
    // scalar (2.6 ns an element against 0.35, measured on 8 Mi floats)
    return Math.fma(1f, q, (Math.fma(-q, 6f, s) + e) * SIXTH_FLOAT);
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    floatForward.apply(x, y, offset, length);
  }

  /** The function's own float loop, which the engine runs where it has no kernel of its own. */
  private static void plainForward(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = hardSigmoidFloat(x[i]);
    }
  }

  @Override
  public String describeImplementation() {
    return PackEngine.active().description();
  }

  @Override
  protected void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      double v = in[i];
      gradIn[i] = upstream[i] * (PackMath.positive(v) * PackMath.positive(1 - v) * SIXTH);
    }
  }

  @Override
  protected void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    float sixth = (float) SIXTH;
    for (int i = offset; i < offset + length; i++) {
      float v = in[i];
      gradIn[i] = upstream[i] * (PackMath.positive(v) * PackMath.positive(1 - v) * sixth);
    }
  }

  /** Registers {@code hard_sigmoid}. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new HardSigmoid());
    }
  }
}
