package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;
import org.activations.spi.KernelActivation;

/**
 * The ReLUs with a slope a on the negative side: x for x &ge; 0, a·x below (leaky_relu, prelu,
 * rrelu in inference mode). The slope is held as a double-double (a = slope + slopeLow), so that
 * rrelu's exact (lower + upper)/2, which may lie between two doubles, still gives a·x correctly
 * rounded. f'(0) = a, as PyTorch's backward (x &gt; 0 ? 1 : a); from the output, f' = 1 for y &gt; 0
 * and a otherwise (a &ge; 0, so y &le; 0 exactly when x &le; 0).
 */
abstract class NegativeSlopeUnit extends KernelActivation {
  /** Below this |a·x| its error terms come near the subnormal range: {@link #timesTiny}. */
  private static final double TINY_PRODUCT = 0x1p-960;
  private final double slope;
  private final double slopeLow;
  /** The slope rounded to double: f' on the negative side. */
  private final double slopeRounded;
  private final String spec;
  private final ActivationInfo info;

  NegativeSlopeUnit(String name, String spec, String description, String slopeText, double slope,
      double slopeLow) {
    this.slope = slope;
    this.slopeLow = slopeLow;
    this.slopeRounded = slope + slopeLow;
    this.spec = spec;
    this.info = ActivationInfo.builder(name)
        .description(description)
        .function("x >= 0 ? x : " + slopeText + " x",
            "\\begin{cases} x & x \\ge 0 \\\\ " + slopeText + "\\,x & x < 0 \\end{cases}")
        .derivative("x > 0 ? 1 : " + slopeText,
            "\\begin{cases} 1 & x > 0 \\\\ " + slopeText + " & x \\le 0 \\end{cases}")
        .derivativeFromOutput("y > 0 ? 1 : " + slopeText,
            "\\begin{cases} 1 & y > 0 \\\\ " + slopeText + " & y \\le 0 \\end{cases}")
        .range(slopeRounded > 0 ? Range.reals()
            : Range.interval(0, true, Double.POSITIVE_INFINITY, false))
        .specialPoints(SpecialPoint.kink(0))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
            .monotonicDerivative(true).zeroCentred(slopeRounded > 0).identityAtOrigin(false)
            .saturation(slopeRounded > 0 ? Saturation.NONE : Saturation.NEGATIVE).build())
        .build();
  }

  @Override
  public final ActivationInfo info() {
    return info;
  }

  @Override
  public final String spec() {
    return spec;
  }

  /**
   * f(x). With 0 &le; a &lt; 1, x &ge; a·x exactly when x &ge; 0, so f(x) = max(x, a·x): the form
   * the kernels use, since HotSpot vectorises max and not a ternary.
   */
  @Override
  public final double apply(double x) {
    return Math.max(x, slope == 0 ? 0 : slopeLow == 0 ? slope * x : times(x)); // 0·∞ would be NaN
  }

  /**
   * (slope + slopeLow)·x rounded once: the product's error from fma, then the low part. A zero
   * product keeps its sign (−0 for x = −0, as slope·x gives and PyTorch returns). Where a·x is
   * below 2^−960, those two terms would fall below 2^−1013 and lose bits to the subnormal range
   * (a wrong rounding at −8.3e-307 for rrelu(lower=0.1, upper=0.3)): {@link #timesTiny}.
   */
  private double times(double x) {
    double p = slope * x;
    if (Math.abs(p) < TINY_PRODUCT) {
      return p == 0 ? p : timesTiny(x);
    }
    return Double.isFinite(p) ? p + (Math.fma(slope, x, -p) + slopeLow * x) : p;
  }

  /**
   * {@link #times} for a tiny product: x scaled up by 2^200 (exact), the product taken there as a
   * double-double, rounded as the result will be (to 53 bits, or to the subnormal quantum 2^−1074
   * scaled up alike, the low part deciding where the high part lies half way) and scaled back
   * exactly. A tie itself cannot occur: a·x has more than 53 significant bits where slopeLow ≠ 0.
   */
  private double timesTiny(double x) {
    double v = x * 0x1p200;
    double p = slope * v;
    double pLow = Math.fma(slope, v, -p) + slopeLow * v;
    if (Math.abs(p) >= 0x1p-822) { // a normal result
      return (p + pLow) * 0x1p-200;
    }
    double shift = Math.copySign(0x1p-822, p); // p + shift has the quantum 2^−874
    double r = (p + shift) - shift;
    double d = p - r; // exact
    boolean otherWay = Math.abs(d) == 0x1p-875 && Math.signum(pLow) == Math.signum(d);
    return (otherWay ? r + 2 * d : r) * 0x1p-200;
  }

  /** (slope + slopeLow)·x rounded once to float. */
  private float timesFloat(double x) {
    double p = slope * x;
    if (p == 0) {
      return (float) p;
    }
    double low = Math.fma(slope, x, -p) + slopeLow * x;
    double hi = p + low;
    return PackMath.toFloat(hi, (p - hi) + low);
  }

  /** f(x) rounded once to float: a·x is a double-double, rounded to odd, then to float. */
  @Override
  public final float applyFloat(float x) {
    return x >= 0 || x != x || slope == 0 ? (float) apply(x)
        : Double.isInfinite(x) ? (float) (slope * x) : timesFloat(x);
  }

  @Override
  public final double derivative(double x) {
    return x > 0 ? 1 : x <= 0 ? slopeRounded : x;
  }

  @Override
  public final double derivativeFromOutput(double y) {
    return y > 0 ? 1 : y <= 0 ? slopeRounded : y;
  }

  @Override
  protected final void forward(double[] x, double[] y, int offset, int length) {
    if (slopeLow != 0) {
      for (int i = offset; i < offset + length; i++) {
        y[i] = apply(x[i]);
      }
      return;
    }
    if (slope == 0) {
      for (int i = offset; i < offset + length; i++) {
        y[i] = Math.max(x[i], 0.0);
      }
      return;
    }
    double a = slope;
    for (int i = offset; i < offset + length; i++) {
      double v = x[i];
      y[i] = Math.max(v, a * v);
    }
  }

  @Override
  protected final void forward(float[] x, float[] y, int offset, int length) {
    if (slopeIsFloat()) {
      // a is a float: the float product a·v is the exact product rounded once
      float a = (float) slope;
      if (a == 0) {
        for (int i = offset; i < offset + length; i++) {
          y[i] = Math.max(x[i], 0f);
        }
        return;
      }
      for (int i = offset; i < offset + length; i++) {
        float v = x[i];
        y[i] = Math.max(v, a * v);
      }
      return;
    }
    FloatSlope split = usableSplit();
    if (split == null) {
      forwardDoubleDouble(x, y, offset, length);
      return;
    }
    forwardSplit(split, x, y, offset, length);
  }

  /**
   * The float forward where the split slope cannot round every product (rrelu's default): a·x as a
   * double-double, rounded to odd and then to float, which is {@link #applyFloat} without its
   * branches on the sign: both are computed and the sign bit chooses.
   */
  private void forwardDoubleDouble(float[] x, float[] y, int offset, int length) {
    double a = slope;
    double aLow = slopeLow;
    for (int i = offset; i < offset + length; i++) {
      float v = x[i];
      double p = a * v;
      double e = Math.fma(a, v, -p) + aLow * v;
      double hi = p + e;
      double lo = (p - hi) + e;
      // round to odd: an even hi moves one ulp towards lo, so that rounding to float is exact;
      // in bits, because HotSpot 17 compiles comparisons of doubles here to branches (16 ns an
      // element, against 3.7 so)
      long bits = Double.doubleToRawLongBits(hi);
      long loBits = Double.doubleToRawLongBits(lo);
      long loMagnitude = loBits << 1;
      long moves = ~bits & ((loMagnitude | -loMagnitude) >>> 63); // 1: hi even and lo not 0
      long away = (loBits ^ bits) >> 63; // -1 where lo points towards 0 from hi
      bits += (moves ^ away) - away;
      float q = Double.isFinite(hi) ? (float) Double.longBitsToDouble(bits) : (float) p;
      y[i] = (float) PackMath.negativeOr(v, q, v); // exact through double
    }
  }

  /**
   * The engine's description where the float forward multiplies by a split slope (the engine runs
   * that loop); otherwise the function's own kernels run everywhere.
   */
  @Override
  public final String describeImplementation() {
    return !slopeIsFloat() && usableSplit() != null ? PackEngine.active().description()
        : super.describeImplementation();
  }

  private boolean slopeIsFloat() {
    return slopeLow == 0 && (float) slope == slope;
  }

  /**
   * The slope's split into floats if the float kernel may use it, else null (it is not exact at
   * every significand, or the slope is a float with a low part: the exact scalar way).
   */
  private FloatSlope usableSplit() {
    FloatSlope split = FloatSlope.of(slope, slopeLow, this::timesFloat);
    return split.exact && split.middle != 0 ? split : null;
  }

  /** True if the float forward runs in float arithmetic (the slope is a float, or its split is exact). */
  final boolean floatForwardIsFloatOnly() {
    return slopeIsFloat() || usableSplit() != null;
  }

  /**
   * The float forward by the split slope, in steps: each step's loop also finds the smallest |x|
   * (NaN for NaN, and for ±∞ in the residual form), and only where that is below tiny are the
   * tiny (but not zero), infinite or NaN inputs then recomputed exactly from x. In place (x is y,
   * as also for different offsets, which copy first), the step's inputs are kept in a copy for that.
   */
  private void forwardSplit(FloatSlope split, float[] x, float[] y, int offset, int length) {
    float tiny = split.tiny;
    SlopeStep step = PackEngine.active().kernels().slopeStep(split);
    float[] kept = x == y ? new float[Math.min(FLOAT_STEP, length)] : null;
    for (int done = 0, n; done < length; done += n) {
      n = Math.min(FLOAT_STEP, length - done);
      int from = offset + done;
      if (kept != null) {
        System.arraycopy(x, from, kept, 0, n);
      }
      if (!step.apply(x, y, from, from + n)) { // a tiny or NaN one (or ±∞): look again
        for (int i = from; i < from + n; i++) {
          float v = kept != null ? kept[i - from] : x[i];
          float magnitude = Math.abs(v);
          // ±0 keeps the loop's result (exact, sign included): a zero costs this pass over the
          // step, not a recomputation
          if (magnitude < tiny && magnitude != 0 || !(magnitude < Float.POSITIVE_INFINITY)) {
            y[i] = applyFloat(v);
          }
        }
      }
    }
  }

  @Override
  protected final void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length) {
    double a = slopeRounded;
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * Math.max(PackMath.positive(in[i]), a); // y > 0 ? 1 : a, 0 ≤ a < 1
    }
  }

  @Override
  protected final void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    float a = (float) slopeRounded;
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * Math.max(PackMath.positive(in[i]), a);
    }
  }
}
