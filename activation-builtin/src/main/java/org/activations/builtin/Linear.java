package org.activations.builtin;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.SingleInstanceProvider;

/**
 * The identity f(x) = x, with f'(x) = 1: the seed's "linear" activation, used in regression output
 * layers. A network built only from it collapses to linear regression.
 *
 * <p>Exact. f'(±∞) = 1; NaN gives NaN for f and both derivative forms.
 *
 * <p>The batch backward writes f'(y) = 1 as max(min(y, 1), 1) (NaN stays NaN) without a branch, so that HotSpot vectorises it.
 */
final class Linear extends CheckedBatch {
  static final ActivationInfo INFO = ActivationInfo.builder("linear")
      .aliases("identity")
      .description("Identity: returns its input; for regression outputs, adds no nonlinearity")
      .function("x", "x")
      .derivative("1", "1")
      .derivativeFromOutput("1", "1")
      .range(Range.reals())
      .declared(DeclaredProperties.builder()
          .nonlinear(false)
          .continuityOrder(DeclaredProperties.SMOOTH)
          .monotonic(true)
          .monotonicDerivative(true)
          .zeroCentred(true)
          .identityAtOrigin(true)
          .saturation(Saturation.NONE)
          .build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  @Override
  public double apply(double x) {
    return x;
  }

  @Override
  public double derivative(double x) {
    return one(x);
  }

  @Override
  public double derivativeFromOutput(double y) {
    return one(y);
  }

  /** 1, or NaN for NaN. */
  private static double one(double v) {
    return v == v ? 1.0 : v;
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    if (x != y) {
      System.arraycopy(x, offset, y, offset, length);
    }
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    if (x != y) {
      System.arraycopy(x, offset, y, offset, length);
    }
  }

  @Override
  protected void backward(double[] y, double[] upstream, double[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * Math.max(Math.min(y[i], 1.0), 1.0);
    }
  }

  @Override
  protected void backward(float[] y, float[] upstream, float[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * Math.max(Math.min(y[i], 1f), 1f);
    }
  }

  /** Registers this function with the {@link java.util.ServiceLoader}: one shared instance. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new Linear());
    }
  }
}
