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
 * GELU's tanh approximation (torch.nn.GELU(approximate='tanh'), Hendrycks and Gimpel 2016):
 * 0.5·x·(1 + tanh(k·(x + c·x³))) with PyTorch's constants, k = √(2/π) and c = 0.044715 rounded to
 * double, evaluated as x·σ(v), v = 2k·(x + c·x³), since 1 + tanh(u) = 2σ(2u): no cancellation for
 * negative x. v is carried as a double-double (for x = −19, v ≈ −520, and one rounding of it would
 * cost a thousand ulps). f' = e^v·h/(1 + e^v)² with h = 1 + x·v'(x) + e^v, which vanishes at
 * x* ≈ −0.7526; near it h is evaluated from x* (a double-double) as
 * δ·(2k + 6kc·S) + e^(v*)·expm1(v − v*) with δ = x − x*, S = x² + x·x* + x*² and
 * v − v* = 2kδ(1 + c·S): both terms have the sign of δ, so nothing cancels.
 */
final class GeluTanh extends KernelActivation {
  /** √(2/π) and 0.044715, the doubles PyTorch's kernel uses. */
  static final double K = 0x1.9884533d43651p-1;
  static final double CUBIC = 0.044715;
  private static final double TWO_K = 2 * K;
  /** x* where f' = 0, as a double-double, and e^(v(x*)). */
  private static final double ROOT = -0x1.81429f9e97e4cp-1;
  private static final double ROOT_LOW = -0x1.406439d087aa4p-55;
  private static final double EXP_V_ROOT = 0x1.2af64e9c485eep-2;
  /** Beyond this |x|, x³ could overflow; the gate is exactly 0 or 1 long before. */
  private static final double HUGE = 1e100;
  static final double MINIMUM = PackMath.minimum(GeluTanh::gelu, -2, 0);
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
    double x2 = x * x;
    double x2Low = Math.fma(x, x, -x2);
    double x3 = x2 * x;
    double x3Low = Math.fma(x2, x, -x3) + x2Low * x;
    double t = CUBIC * x3;
    double tLow = Math.fma(CUBIC, x3, -t) + CUBIC * x3Low;
    double s = x + t;
    double sLow = (Math.abs(x) >= Math.abs(t) ? (x - s) + t : (t - s) + x) + tLow;
    double v = TWO_K * s;
    low[0] = Math.fma(TWO_K, s, -v) + TWO_K * sLow;
    return v;
  }

  static double gelu(double x) {
    if (!(Math.abs(x) <= HUGE)) {
      return x > 0 ? x : x < 0 ? -0.0 : x;
    }
    double[] low = new double[1];
    double v = gate(x, low);
    return PackMath.timesSigmoid(x, v, low[0]);
  }

  static double slope(double x) {
    if (!(Math.abs(x) <= HUGE)) {
      return x > 0 ? 1 : x < 0 ? 0 : x;
    }
    double[] low = new double[1];
    double v = gate(x, low);
    double vLow = low[0];
    double dv = TWO_K * (1 + 3 * CUBIC * (x * x)); // v'(x)
    if (x >= 0) {
      double e = PackMath.exp(-v, -vLow); // e^−v
      double s = 1 + e;
      return (1 + x * dv * (e / s)) / s; // σ(v)(1 + x v' σ(−v)), all terms positive
    }
    double h;
    if (x >= -3) {
      double delta = (x - ROOT) - ROOT_LOW; // x − ROOT is exact near the root
      double sum = x * x + x * ROOT + ROOT * ROOT;
      h = delta * (TWO_K + 6 * K * CUBIC * sum)
          + EXP_V_ROOT * PackMath.expm1(TWO_K * delta * (1 + CUBIC * sum));
    } else {
      h = 1 + x * dv; // + e^v below; no cancellation here
    }
    if (v >= PackMath.DEEP) {
      double e = PackMath.exp(v, vLow);
      if (x < -3) {
        h += e;
      }
      double s = 1 + e;
      double sLow = (1 - s) + e;
      double sq = s * s;
      double sqLow = Math.fma(s, s, -sq) + 2 * s * sLow;
      double q = e * h / sq;
      return q - q * (sqLow / sq);
    }
    return PackMath.down(PackMath.expUp(v, vLow) * h);
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
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return INFO.name();
    }

    @Override
    public Activation create(Parameters p) {
      return new GeluTanh();
    }
  }
}
