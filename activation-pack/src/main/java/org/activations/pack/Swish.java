package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.KernelActivation;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * Swish, x·σ(βx) (Ramachandran et al., 2017); with β = 1 it is torch.nn.SiLU, so {@code silu} is an
 * alias. z = βx is carried with its rounding error (e^z amplifies an error in z by |z|); below
 * z = −700, e^z is computed 2^64 too large and the product scaled back once, so the results that
 * are subnormal keep every bit. f' = σ(z)·(1 + z·σ(−z)) = e^z·g/(1 + e^z)² with
 * g = 1 + z + e^z, which vanishes at z* = −1 − W(1/e): g is evaluated as d + W(1/e)·expm1(d) with
 * d = z − z* (z* a double-double), whose two terms have the same sign, so nothing cancels near the
 * zero of f'. The minimum is −W(1/e)/β. No output form: f is not monotonic. Measured: see
 * docs/pack.md (forward ≤ 2 ulp, f' ≤ 4 ulp over the whole double range).
 */
final class Swish extends KernelActivation {
  static final String NAME = "swish";
  /** The other names: beta = 1 is SiLU. */
  static final List<String> ALIASES = List.of("silu");
  /** W(1/e), the Lambert W function at 1/e. */
  static final double W = 0x1.1d25cf210482ep-2;
  /**
   * z* = −1 − W(1/e), where f' = 0, as a triple-double: z = βx is itself a double-double, which
   * can come within 1e-18 of z*.
   */
  private static final double ROOT = -0x1.474973c84120bp+0;
  private static final double ROOT_LOW = -0x1.f8d74bc9ac154p-54;
  private static final double ROOT_LOW2 = -0x1.44a50180ba780p-108;

  /** e^−DEEP: an exponential in the forward's sum this large means an x below DEEP. */
  private static final double DEEP_EXPONENTIAL = Math.exp(-PackMath.DEEP);

  private final double beta;
  /** The declared minimum −W(1/e)/β: the naive formula's last-ulp error may not cross it. */
  private final double minimum;
  private final String spec;
  private final ActivationInfo info;

  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward;
  /** {@link FloatForms#least} of the minimum: −∞ if no float needs holding there. */
  private final float floatLeast;

  private Swish(Parameters p) {
    beta = p.get("beta");
    minimum = -W / beta;
    spec = p.spec(NAME);
    info = ActivationInfo.builder(NAME)
        .aliases(ALIASES.toArray(String[]::new))
        .description("x sigmoid(beta x); beta = 1 is SiLU: smooth, non-monotonic, self-gated")
        .function("x / (1 + exp(-beta x))", "x\\,\\sigma(\\beta x)")
        .derivative("s (1 + beta x (1 - s)), s = sigmoid(beta x)",
            "\\sigma(\\beta x)\\,(1 + \\beta x\\,\\sigma(-\\beta x))")
        .range(Range.interval(minimum, true, Double.POSITIVE_INFINITY, false))
        .declared(DeclaredProperties.builder().nonlinear(true)
            .continuityOrder(DeclaredProperties.SMOOTH).monotonic(false).monotonicDerivative(false)
            .zeroCentred(true).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
        .build();
    floatLeast = FloatForms.least(minimum);
    floatForward = PackEngine.active().kernels().swish(beta, minimum, this::plainForward);
  }

  @Override
  public ActivationInfo info() {
    return info;
  }

  @Override
  public String spec() {
    return spec;
  }

  /**
   * x/(1 + e^−z), the naive formula, down to z = {@link PackMath#DEEP}: its errors are the
   * exponential's, which moves x·σ(z) by as much relatively, and two roundings, within 2 ulp over
   * the range (measured, {@code PackHighPrecisionTest}), and held at the declared minimum, which
   * it would otherwise cross by an ulp near the minimum; below, where e^−z overflows, the scaled
   * tail of {@link PackMath#timesSigmoid}.
   */
  static double swish(double x, double beta, double minimum) {
    double z = beta * x;
    double zLow = beta == 1 ? 0 : PackMath.productError(beta, x);
    if (z >= PackMath.DEEP) {
      // with β = 1, z is x exactly: no correction of the exponential to wait on
      double q = x / (1 + (zLow == 0 ? Math.exp(-z) : PackMath.exp(-z, -zLow)));
      // a comparison, not Math.max: HotSpot 17's double max cost 15 ns an element in the float
      // kernel (measured), against 0.2 for this; NaN stays NaN
      return q < minimum ? minimum : q;
    }
    return PackMath.timesSigmoid(x, z, zLow);
  }

  static double derivative(double x, double beta) {
    double z = beta * x;
    double zLow = beta == 1 ? 0 : PackMath.productError(beta, x);
    if (z >= 0) {
      if (z == Double.POSITIVE_INFINITY) {
        return 1;
      }
      double e = PackMath.exp(-z, -zLow);
      double s = 1 + e;
      return (1 + z * (e / s)) / s; // all terms positive
    }
    if (z >= PackMath.DEEP) {
      // d = (z − ROOT) + (zLow − ROOT_LOW) − ROOT_LOW2, the first two sums exact near the root
      double a = z - ROOT;
      double b = zLow - ROOT_LOW;
      double bb = b - zLow;
      double bLow = (zLow - (b - bb)) + (-ROOT_LOW - bb); // two-sum error of b
      double d = (a + b) + (bLow - ROOT_LOW2);
      double g = Math.fma(W, Expm1.near(d), d); // both terms of d's sign: one rounding
      return PackMath.gateSlope(Math.exp(z), zLow, g, 0);
    }
    if (z == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    double e = Math.exp(z + PackMath.SCALE_LN2_HI); // e^z·2^SCALE
    if (e == 0) {
      return -0.0; // and zLow, no longer small beside z, is not read
    }
    double v = 1 + z;
    double vLow = ((z - v) + 1) + zLow;
    return PackMath.down(PackMath.product(e, zLow + PackMath.SCALE_LN2_LO, v, vLow)); // e^z (1 + z)
  }

  @Override
  public double apply(double x) {
    return swish(x, beta, minimum);
  }

  @Override
  public double derivative(double x) {
    return derivative(x, beta);
  }

  /**
   * With β = 1 (and x not y), {@link #swish}'s quotient and hold, without its test for the deep
   * tail in the loop (1.15 → 1.10 × the naive loop in a driver): a sum of the exponentials e^−x,
   * at least e^700 if an x is below {@link PackMath#DEEP} (or is NaN or −∞), says afterwards
   * whether to look again.
   */
  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    double b = beta;
    double min = minimum;
    if (b == 1 && x != y) {
      if (quotientLoop(x, y, offset, offset + length, min) < DEEP_EXPONENTIAL) {
        return;
      }
      for (int i = offset; i < offset + length; i++) {
        if (!(x[i] >= PackMath.DEEP)) {
          y[i] = swish(x[i], b, min);
        }
      }
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      y[i] = swish(x[i], b, min);
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
   * y[i] = x[i]/(1 + e^−x[i]) held at min, for i in [from, to); returns the sum of the e^−x[i].
   * A method of its own, so that C2 compiles this loop alone.
   */
  private static double quotientLoop(double[] x, double[] y, int from, int to, double min) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      double v = x[i];
      double e = Math.exp(-v);
      sum += e;
      double q = v / (1 + e);
      y[i] = q < min ? min : q;
    }
    return sum;
  }

  /**
   * The function's own float loop, which the engine runs where it has no kernel of its own. Where
   * no float can round below the minimum (about 99 β in 100, {@link FloatForms#least}), it is the
   * plain quotient with neither the hold nor a test for ±∞ in the loop, each of which cost about
   * 0.6 ns an element of 6 (measured): a sum of the inputs, −∞ or NaN if one is −∞ (where the
   * quotient is NaN) or NaN, says afterwards whether to look again. In place, x is gone by then.
   */
  private void plainForward(float[] x, float[] y, int offset, int length) {
    if (floatLeast == Float.NEGATIVE_INFINITY && x != y) {
      double b = beta;
      double sum = 0; // of floats: never overflows
      for (int i = offset; i < offset + length; i++) {
        double v = x[i];
        sum += v;
        y[i] = (float) FloatForms.swishQuotient(v, b);
      }
      if (sum > Double.NEGATIVE_INFINITY) {
        return;
      }
      for (int i = offset; i < offset + length; i++) {
        if (!Float.isFinite(x[i])) {
          y[i] = applyFloat(x[i]);
        }
      }
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      y[i] = applyFloat(x[i]);
    }
  }

  /** {@link FloatForms}' formula for finite x; the double method's result, rounded, otherwise. */
  @Override
  public float applyFloat(float x) {
    return Float.isFinite(x) ? FloatForms.swish(x, beta, minimum) : (float) apply(x);
  }

  @Override
  protected void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length) {
    double b = beta;
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * derivative(in[i], b);
    }
  }

  @Override
  protected void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    double b = beta;
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * (float) derivative(in[i], b);
    }
  }

  /** Registers {@code swish(beta)}, alias {@code silu}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<String> aliases() {
      return ALIASES;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(new ParameterDescriptor("beta", "the gate's sharpness; 1 is SiLU", 1.0, 0,
          false, 1e3, true));
    }

    @Override
    public Activation create(Parameters p) {
      return new Swish(p);
    }
  }
}
