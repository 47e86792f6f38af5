package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.KernelActivation;
import org.activations.spi.SingleInstanceProvider;

/**
 * GELU's tanh approximation (torch.nn.GELU(approximate='tanh'), Hendrycks and Gimpel 2016):
 * 0.5·x·(1 + tanh(k·(x + c·x³))) with PyTorch's constants, k = √(2/π) and c = 0.044715 rounded to
 * double, evaluated as x·σ(v), v = 2k·(x + c·x³), since 1 + tanh(u) = 2σ(2u): no cancellation for
 * negative x. v is carried as a double-double (for x = −19, v ≈ −520, and one rounding of it would
 * cost a thousand ulps). f' = e^v·h/(1 + e^v)² with h = 1 + x·v'(x) + e^v, which vanishes at
 * x* ≈ −0.7526; on [−3, 0) h is evaluated from x* as (x·v' − x*·v'(x*)) + e^(v*)·expm1(v − v*),
 * v* = v(x*), from the double-doubles v and x·v' and those at x*: both terms have the sign of
 * x − x*, so nothing cancels.
 */
final class GeluTanh extends KernelActivation {
  /** √(2/π) and 0.044715, the doubles PyTorch's kernel uses. */
  static final double K = 0x1.9884533d43651p-1;
  static final double CUBIC = 0.044715;
  private static final double TWO_K = 2 * K;
  /**
   * v(x*), x*·v'(x*) and e^(v(x*)) as double-doubles, at x* ≈ −0.7526 where f' = 0, that is
   * 1 + x*·v'(x*) + e^(v(x*)) = 0 (x* = −0x1.81429f9e97e4cp-1 − 0x1.406439d087aa4p-55; mpmath,
   * 90 digits).
   */
  private static final double V_ROOT = -0x1.3b2cf738f9ffep+0;
  private static final double V_ROOT_LOW = 0x1.1976b5a740240p-57;
  private static final double XV_ROOT = -0x1.4abd93a71217bp+0;
  private static final double XV_ROOT_LOW = -0x1.cf2de044b5b92p-54;
  private static final double EXP_V_ROOT = 0x1.2af64e9c485eep-2;
  private static final double EXP_V_ROOT_LOW = -0x1.8690fdda5236ep-57;
  /** Beyond this |x|, x³ could overflow; the gate is exactly 0 or 1 long before. */
  private static final double HUGE = 1e100;
  /**
   * The minimum x*·σ(v(x*)), x* ≈ −0.7525, correctly rounded (mpmath, 60 digits; the exact value
   * is 0.22 ulp below it): the declared range's end, at which results are held, since a result
   * within the 2-ulp bound may lie an ulp below it.
   */
  static final double MINIMUM = -0x1.5c3e533586d19p-3;
  static final ActivationInfo INFO = ActivationInfo.builder("gelu_tanh")
      .description("GELU with the tanh approximation of the Gaussian CDF, as in BERT and GPT-2")
      .function("0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))",
          "\\tfrac{1}{2}x\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(x + 0.044715x^3)\\right)\\right)")
      .derivative("s + x s (1 - s) 2 sqrt(2/pi) (1 + 3 0.044715 x^2), s = sigmoid(2u)",
          "s + x s (1-s)\\, 2\\sqrt{2/\\pi}(1 + 0.134145 x^2)")
      .range(Range.interval(MINIMUM, true, Double.POSITIVE_INFINITY, false))
      .declared(DeclaredProperties.builder().nonlinear(true)
          .continuityOrder(DeclaredProperties.SMOOTH).monotonic(false).monotonicDerivative(false)
          .zeroCentred(true).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
      .build();

  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward;

  GeluTanh() {
    floatForward = PackEngine.active().kernels().geluTanh(MINIMUM, this::plainForward);
  }

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  /** v = 2k(x + c·x³) as a double-double: returns the high part, the low part in {@code low[0]}. */
  private static double gate(double x, double[] low) {
    return gate(x, 1, low, 0);
  }

  /**
   * 2k(x + m·c·x³) as a double-double, with m = 1 (v) or 3 (x·v'(x)): returns the high part and
   * stores the low part in low[i].
   */
  private static double gate(double x, double m, double[] low, int i) {
    double x2 = x * x;
    double x2Low = Math.fma(x, x, -x2);
    double x3 = x2 * x;
    double x3Low = Math.fma(x2, x, -x3) + x2Low * x;
    double t = CUBIC * x3;
    double tLow = Math.fma(CUBIC, x3, -t) + CUBIC * x3Low;
    double mt = m * t;
    double mtLow = Math.fma(m, t, -mt) + m * tLow;
    double s = x + mt;
    double sLow = (Math.abs(x) >= Math.abs(mt) ? (x - s) + mt : (mt - s) + x) + mtLow;
    double v = TWO_K * s;
    low[i] = Math.fma(TWO_K, s, -v) + TWO_K * sLow;
    return v;
  }

  /** x·σ(v), held at {@link #MINIMUM}. */
  static double gelu(double x) {
    if (!(Math.abs(x) <= HUGE)) {
      return x > 0 ? x : x < 0 ? -0.0 : x;
    }
    double[] low = new double[1];
    double v = gate(x, low);
    double y = PackMath.timesSigmoid(x, v, low[0]);
    return y < MINIMUM ? MINIMUM : y;
  }

  /**
   * f'(x) = e^v·h/(1 + e^v)², h = 1 + x·v' + e^v, for x &lt; 0 (h a double-double from the
   * double-doubles v and x·v', then {@link PackMath#gateSlope}'s one rounding); the quotient
   * σ(v)(1 + x·v'·σ(−v)) for x &ge; 0, where all its terms are positive.
   */
  static double slope(double x) {
    if (!(Math.abs(x) <= HUGE)) {
      return x > 0 ? 1 : x < 0 ? 0 : x;
    }
    double[] low = new double[3];
    double v = gate(x, low);
    double vLow = low[0];
    if (x >= 0) {
      double e = PackMath.exp(-v, -vLow); // e^−v
      double dv = TWO_K * (1 + 3 * CUBIC * (x * x)); // v'(x)
      double s = 1 + e;
      return (1 + x * dv * (e / s)) / s; // σ(v)(1 + x v' σ(−v)), all terms positive
    }
    double xv = gate(x, 3, low, 1); // x·v'(x): −10.6 at x = −3, and below it further down
    if (v < PackMath.DEEP) {
      // (1 + e^v)² = 1 and h = 1 + x·v' to double precision; e^v scaled up
      double e = Math.exp(v + PackMath.SCALE_LN2_HI);
      if (e == 0) {
        return -0.0; // and vLow, no longer small beside v, is not read
      }
      double h = xv + 1;
      double hLow = ((xv - h) + 1) + low[1];
      return PackMath.down(PackMath.product(e, vLow + PackMath.SCALE_LN2_LO, h, hLow));
    }
    double e = Math.exp(v); // e^v = e·(1 + vLow)
    if (x >= -3) {
      double h = nearRoot(v, vLow, xv, low);
      return PackMath.gateSlope(e, vLow, h, low[2]);
    }
    double d = 1 + e;
    double h = xv + d; // |x·v'| > d: the error is the next line's first term
    double hLow = ((xv - h) + d) + (low[1] + (((1 - d) + e) + e * vLow));
    return PackMath.gateSlope(e, vLow, h, hLow);
  }

  /**
   * h = 1 + x·v' + e^v for −3 &le; x &lt; 0, from the root: (x·v' − x*·v'(x*)) +
   * e^(v(x*))·expm1(v − v(x*)), both terms of the sign of x − x* and the first the larger, each
   * difference taken of double-doubles, so that nothing cancels next to x* and only expm1's error
   * remains (times at most 0.36). Reads x·v''s low part from low[1]; returns the high part of h and
   * stores its low part in low[2].
   */
  private static double nearRoot(double v, double vLow, double xv, double[] low) {
    double a = xv - XV_ROOT;
    double aLow = PackMath.sumError(xv, -XV_ROOT, a) + (low[1] - XV_ROOT_LOW);
    double b = v - V_ROOT;
    double bLow = PackMath.sumError(v, -V_ROOT, b) + (vLow - V_ROOT_LOW);
    double m = Expm1.near(b);
    double p = EXP_V_ROOT * m;
    double pLow = Math.fma(EXP_V_ROOT, m, -p)
        + (EXP_V_ROOT * (bLow * (1 + m)) + EXP_V_ROOT_LOW * m); // e^(v*)·expm1(b + bLow)
    double h = a + p;
    low[2] = ((a - h) + p) + (aLow + pLow);
    return h;
  }

  @Override
  public double apply(double x) {
    return gelu(x);
  }

  @Override
  public double derivative(double x) {
    return slope(x);
  }

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

  /** The function's own float loop, which the engine runs where it has no kernel of its own. */
  private void plainForward(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = applyFloat(x[i]);
    }
  }

  /** {@link FloatForms}' formula for finite x; the double method's result, rounded, otherwise. */
  @Override
  public float applyFloat(float x) {
    return Float.isFinite(x) ? FloatForms.geluTanh(x, MINIMUM) : (float) apply(x);
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

  /** Registers {@code gelu_tanh}. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new GeluTanh());
    }
  }
}
