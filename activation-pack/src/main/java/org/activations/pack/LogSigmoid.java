package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.KernelActivation;
import org.activations.spi.SingleInstanceProvider;

/**
 * Log-sigmoid (torch.nn.LogSigmoid): log σ(x) = −log(1 + e^(−x)), evaluated as x − log1p(e^x)
 * below 0 and −log1p(e^(−x)) above, so it neither overflows nor loses the tiny values for large x.
 * f' = σ(−x). No output form (from y, f' = 1 − e^y).
 */
final class LogSigmoid extends KernelActivation {
  static final ActivationInfo INFO = ActivationInfo.builder("log_sigmoid")
      .description("log(sigmoid(x)): the log-likelihood of the positive class")
      .function("-log(1 + exp(-x))", "\\log \\sigma(x)")
      .derivative("1 / (1 + exp(x))", "\\sigma(-x)")
      .range(Range.open(Double.NEGATIVE_INFINITY, 0))
      .declared(DeclaredProperties.builder().nonlinear(true)
          .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(true)
          .zeroCentred(false).identityAtOrigin(false).saturation(Saturation.POSITIVE).build())
      .build();

  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward;

  LogSigmoid() {
    floatForward = PackEngine.active().kernels().logSigmoid(this::plainForward);
  }

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  static double logSigmoid(double x) {
    if (x < 0) {
      return x - Math.log1p(Math.exp(x)); // both terms negative
    }
    if (x <= -PackMath.DEEP) {
      return -Math.log1p(Math.exp(-x));
    }
    return -PackMath.down(PackMath.expUp(-x, 0)); // -log1p(e^-x) = -e^-x here; NaN stays NaN
  }

  static double slope(double x) {
    return PackMath.sigmoid(-x, 0);
  }

  @Override
  public double apply(double x) {
    return logSigmoid(x);
  }

  @Override
  public double derivative(double x) {
    return slope(x);
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = logSigmoid(x[i]);
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
    return Float.isFinite(x) ? FloatForms.logSigmoid(x) : (float) apply(x);
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

  /** Registers {@code log_sigmoid}. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new LogSigmoid());
    }
  }
}
