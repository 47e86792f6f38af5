package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;
import org.activations.spi.ActivationProvider;
import org.activations.spi.KernelActivation;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * Threshold (torch.nn.Threshold): x for x &gt; threshold, else value; defaults 0 and 0 (ReLU). f
 * jumps at the threshold unless value = threshold (then a kink). Exact. f' = 1 above the
 * threshold and 0 at it and below, as PyTorch's backward. No output form: value may also be an
 * output of the identity branch.
 */
final class Threshold extends KernelActivation {
  static final String NAME = "threshold";

  private final double threshold;
  private final double value;
  private final String spec;
  private final ActivationInfo info;

  private Threshold(Parameters p) {
    threshold = p.get("threshold");
    value = p.get("value");
    spec = p.spec(NAME);
    boolean continuous = value == threshold;
    info = ActivationInfo.builder(NAME)
        .description("x above the threshold, a constant value at and below it")
        .function("x > threshold ? x : value",
            "\\begin{cases} x & x > \\theta \\\\ v & x \\le \\theta \\end{cases}")
        .derivative("x > threshold ? 1 : 0",
            "\\begin{cases} 1 & x > \\theta \\\\ 0 & x \\le \\theta \\end{cases}")
        .range(value > threshold ? Range.open(threshold, Double.POSITIVE_INFINITY)
            : Range.interval(value, true, Double.POSITIVE_INFINITY, false))
        .specialPoints(continuous ? SpecialPoint.kink(threshold) : SpecialPoint.jump(threshold))
        .declared(DeclaredProperties.builder().nonlinear(true)
            .continuityOrder(continuous ? 0 : DeclaredProperties.DISCONTINUOUS)
            .monotonic(value <= threshold).monotonicDerivative(true)
            .zeroCentred(false).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
        .build();
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
   * p·x + (1 − p)·value with p = [x &gt; threshold], the indicator without a branch so that HotSpot
   * vectorises it; x is kept finite (−∞ becomes −MAX_VALUE) where p = 0 multiplies it. NaN stays NaN.
   */
  @Override
  public double apply(double x) {
    return select(x, threshold, value);
  }

  private static double select(double x, double threshold, double value) {
    double p = PackMath.positive(x - threshold);
    return p * Math.max(x, -Double.MAX_VALUE) + (1 - p) * value;
  }

  private static float select(float x, float threshold, float value) {
    float p = PackMath.positive(x - threshold);
    return p * Math.max(x, -Float.MAX_VALUE) + (1 - p) * value;
  }

  /** f(x) in float: the same selection in float where the parameters are floats. */
  @Override
  public float applyFloat(float x) {
    float t = (float) threshold;
    float v = (float) value;
    return t == threshold && v == value ? select(x, t, v) : (float) apply(x);
  }

  @Override
  public double derivative(double x) {
    return x > threshold ? 1 : x <= threshold ? 0 : x;
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    double t = threshold;
    double v = value;
    for (int i = offset; i < offset + length; i++) {
      y[i] = select(x[i], t, v);
    }
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    float v = (float) value;
    float t = (float) threshold;
    if (t != threshold || v != value) {
      for (int i = offset; i < offset + length; i++) {
        y[i] = applyFloat(x[i]);
      }
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      y[i] = select(x[i], t, v);
    }
  }

  @Override
  protected void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length) {
    double t = threshold;
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * PackMath.positive(in[i] - t); // x > t ? 1 : 0
    }
  }

  @Override
  protected void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    float t = (float) threshold;
    if (t != threshold) {
      for (int i = offset; i < offset + length; i++) {
        gradIn[i] = upstream[i] * derivativeFloat(in[i]);
      }
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * PackMath.positive(in[i] - t);
    }
  }

  /** Registers {@code threshold(threshold, value)}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(
          new ParameterDescriptor("threshold", "inputs above it pass unchanged", 0,
              Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false),
          new ParameterDescriptor("value", "the output at and below the threshold", 0,
              Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false));
    }

    @Override
    public Activation create(Parameters p) {
      return new Threshold(p);
    }
  }
}
