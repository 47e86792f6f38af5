package org.activations.builtin;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;
import org.activations.spi.SingleInstanceProvider;

/**
 * The rectified linear unit relu(x) = max(0, x), with relu'(x) = [x &gt; 0].
 *
 * <p>Exact: every result is the correctly rounded value. relu'(0) is undefined; like the seed it
 * returns 0 there (and for −0). relu(−0) = +0, relu(+∞) = +∞, relu'(+∞) = 1, relu'(−∞) = 0, NaN gives
 * NaN.
 *
 * <p>The batch backward writes f'(y) as min(max(y·2^1074, 0), 1), which is [y > 0] (NaN stays NaN) without a branch, so that HotSpot vectorises it.
 */
final class Relu extends CheckedBatch {
  static final ActivationInfo INFO = ActivationInfo.builder("relu")
      .description("Rectified linear unit: max(0, x); sparse, but its gradient dies for x < 0")
      .function("max(0, x)", "\\max(0, x)")
      .derivative("1 if x > 0, else 0", "\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}")
      .derivativeFromOutput("1 if y > 0, else 0",
          "\\begin{cases} 1 & y > 0 \\\\ 0 & y \\le 0 \\end{cases}")
      .range(Range.interval(0, true, Double.POSITIVE_INFINITY, false))
      .specialPoints(SpecialPoint.kink(0))
      .declared(DeclaredProperties.builder()
          .nonlinear(true)
          .continuityOrder(0)
          .monotonic(true)
          .monotonicDerivative(true)
          .zeroCentred(false)
          .identityAtOrigin(false)
          .saturation(Saturation.NEGATIVE)
          .build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  @Override
  public double apply(double x) {
    return Math.max(x, 0.0);
  }

  @Override
  public double derivative(double x) {
    return step(x);
  }

  @Override
  public double derivativeFromOutput(double y) {
    return step(y);
  }

  /** 1 above 0, 0 at or below it, NaN for NaN. */
  private static double step(double v) {
    return v > 0.0 ? 1.0 : v <= 0.0 ? 0.0 : v;
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Math.max(x[i], 0.0);
    }
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Math.max(x[i], 0f);
    }
  }

  @Override
  protected void backward(double[] y, double[] upstream, double[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * Math.min(Math.max(y[i] * 0x1p537 * 0x1p537, 0.0), 1.0);
    }
  }

  @Override
  protected void backward(float[] y, float[] upstream, float[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * Math.min(Math.max(y[i] * 0x1p126f * 0x1p23f, 0f), 1f);
    }
  }

  /** Registers this function with the {@link java.util.ServiceLoader}: one shared instance. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new Relu());
    }
  }
}
