package org.activations.builtin;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;
import org.activations.spi.SingleInstanceProvider;

/**
 * The binary step (Heaviside) function: 1 for x &gt; 0, else 0, with derivative 0.
 *
 * <p>Exact. The step jumps at 0, where it is not differentiable; like the seed, step(0) = 0 and
 * step'(0) = 0. NaN gives NaN for f and both derivative forms.
 *
 * <p>The batch kernels write the step as min(max(x·2^1074, 0), 1) and f'(y) = 0 as min(max(y, 0), 0), the same values without a branch (NaN stays NaN), so that HotSpot vectorises them.
 */
final class BinaryStep extends CheckedBatch {
  static final ActivationInfo INFO = ActivationInfo.builder("binary_step")
      .aliases("step")
      .description("Binary step: 1 for x > 0, else 0; the perceptron's activation, no gradient")
      .function("1 if x > 0, else 0", "\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}")
      .derivative("0 (undefined at x = 0)", "0 \\quad (x \\ne 0)")
      .derivativeFromOutput("0", "0")
      .range(Range.of(0, 1))
      .specialPoints(SpecialPoint.jump(0))
      .declared(DeclaredProperties.builder()
          .nonlinear(true)
          .continuityOrder(DeclaredProperties.DISCONTINUOUS)
          .monotonic(true)
          .monotonicDerivative(true)
          .zeroCentred(false)
          .identityAtOrigin(false)
          .saturation(Saturation.BOTH)
          .build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  @Override
  public double apply(double x) {
    return x > 0.0 ? 1.0 : x <= 0.0 ? 0.0 : x;
  }

  @Override
  public double derivative(double x) {
    return zero(x);
  }

  @Override
  public double derivativeFromOutput(double y) {
    return zero(y);
  }

  /** 0, or NaN for NaN. */
  private static double zero(double v) {
    return v == v ? 0.0 : v;
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Math.min(Math.max(x[i] * 0x1p537 * 0x1p537, 0.0), 1.0);
    }
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Math.min(Math.max(x[i] * 0x1p126f * 0x1p23f, 0f), 1f);
    }
  }

  @Override
  protected void backward(double[] y, double[] upstream, double[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * Math.min(Math.max(y[i], 0.0), 0.0);
    }
  }

  @Override
  protected void backward(float[] y, float[] upstream, float[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * Math.min(Math.max(y[i], 0f), 0f);
    }
  }

  /** Registers this function with the {@link java.util.ServiceLoader}: one shared instance. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new BinaryStep());
    }
  }
}
