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
 * Softplus (torch.nn.Softplus, beta = 1, threshold = 20): log(1 + e^(βx)) / β, evaluated stably
 * for every x as x + log1p(e^(−βx))/β above 0. The {@code threshold} parameter is accepted, with
 * PyTorch's default, so that PyTorch specs read back, but it does not change a value: PyTorch
 * switches to x for βx &gt; threshold because its direct formula would overflow there, which makes
 * its values jump away from the formula by log1p(e^(−threshold))/β (2e-9 for the defaults); this
 * formula does not overflow, so it is followed everywhere and f stays smooth and monotonic.
 * f' = σ(βx). No output form: from y, f' = 1 − e^(−βy) needs an exp.
 */
final class Softplus extends KernelActivation {
  private final double beta;
  /** 1/β. */
  private final double over;
  private final String spec;
  private final ActivationInfo info;

  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward;

  Softplus(Parameters p) {
    beta = p.get("beta");
    spec = p.spec("softplus");
    info = ActivationInfo.builder("softplus")
        .description("log(1 + exp(beta x)) / beta: a smooth ReLU")
        .function("log(1 + exp(beta x)) / beta", "\\frac{1}{\\beta}\\log(1 + e^{\\beta x})")
        .derivative("1 / (1 + exp(-beta x))", "\\sigma(\\beta x)")
        .range(Range.open(0, Double.POSITIVE_INFINITY))
        .declared(DeclaredProperties.builder().nonlinear(true)
            .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(true)
            .zeroCentred(false).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
        .build();
    over = 1 / beta;
    floatForward = PackEngine.active().kernels().softplus(beta, this::plainForward);
  }

  @Override
  public ActivationInfo info() {
    return info;
  }

  /**
   * softplus(x) for β = 1/over. With β ≠ 1 and z = βx &le; 0, log1p(e^(z + zLow))/β, zLow the
   * rounding error of βx: zLow's correction is added to log1p(e^z) (times its derivative σ(z))
   * instead of to the exponential, whose rounding, log1p's and the division's made 2.2 ulp
   * (measured); the division by β is a product by 1/β corrected by its exact remainder.
   */
  static double softplus(double x, double beta, double over) {
    double z = beta * x;
    double zLow = beta == 1 ? 0 : PackMath.productError(beta, x);
    if (beta == 1) {
      if (x > 0) {
        return x + Math.log1p(Math.exp(-x));
      }
      if (x >= PackMath.DEEP) {
        return Math.log1p(Math.exp(x));
      }
    }
    if (z > 0) {
      return x + Math.log1p(PackMath.exp(-z, -zLow)) / beta;
    }
    if (z >= PackMath.DEEP) {
      double e = Math.exp(z);
      return quotient(Math.log1p(e), zLow * (e / (1 + e)), beta, over);
    }
    return PackMath.down(PackMath.expUp(z, zLow) / beta); // log1p(u) = u here
  }

  /** (l + lLow)/β rounded once (short of a near-tie), from over = 1/β rounded: no division. */
  private static double quotient(double l, double lLow, double beta, double over) {
    double q = l * over;
    return Math.fma(Math.fma(-q, beta, l) + lLow, over, q);
  }

  static double derivative(double x, double beta) {
    double z = beta * x;
    return PackMath.sigmoid(z, beta == 1 ? 0 : PackMath.productError(beta, x));
  }

  @Override
  public double apply(double x) {
    return softplus(x, beta, over);
  }

  @Override
  public double derivative(double x) {
    return derivative(x, beta);
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    double b = beta;
    double o = over;
    for (int i = offset; i < offset + length; i++) {
      y[i] = softplus(x[i], b, o);
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
    return Float.isFinite(x) ? FloatForms.softplus(x, beta, over) : (float) apply(x);
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

  @Override
  public String spec() {
    return spec;
  }

  /** Registers {@code softplus(beta)}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return "softplus";
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(
          new ParameterDescriptor("beta", "sharpness: large beta approaches ReLU", 1.0, 0, false,
              1e3, true),
          new ParameterDescriptor("threshold", "PyTorch's switch to x above beta x = threshold;"
              + " accepted for compatibility, not needed by this stable formula (values follow the"
              + " formula everywhere)", 20, 0, false, 1e3, true));
    }

    @Override
    public Activation create(Parameters p) {
      return new Softplus(p);
    }
  }
}
