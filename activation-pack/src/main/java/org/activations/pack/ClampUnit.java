package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;
import org.activations.spi.KernelActivation;

/**
 * x clamped to [lo, hi] (hard_tanh, relu6): exact. f' = 1 strictly inside and 0 at the clamps and
 * outside, as PyTorch's backward ((x &gt; lo) and (x &lt; hi)); from the output the same test on y,
 * since y = x inside.
 */
abstract class ClampUnit extends KernelActivation {
  private final double lo;
  private final double hi;
  private final String spec;
  private final ActivationInfo info;

  ClampUnit(String name, String spec, String description, double lo, double hi) {
    this.lo = lo;
    this.hi = hi;
    this.spec = spec;
    boolean aroundZero = lo < 0 && hi > 0;
    String l = Double.toString(lo);
    String h = Double.toString(hi);
    this.info = ActivationInfo.builder(name)
        .description(description)
        .function("min(max(x, " + l + "), " + h + ")", "\\min(\\max(x, " + l + "), " + h + ")")
        .derivative(l + " < x < " + h + " ? 1 : 0",
            "\\begin{cases} 1 & " + l + " < x < " + h + " \\\\ 0 & \\text{otherwise} \\end{cases}")
        .derivativeFromOutput(l + " < y < " + h + " ? 1 : 0",
            "\\begin{cases} 1 & " + l + " < y < " + h + " \\\\ 0 & \\text{otherwise} \\end{cases}")
        .range(Range.interval(lo, true, hi, true))
        .specialPoints(SpecialPoint.kink(lo), SpecialPoint.kink(hi))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
            .monotonicDerivative(false).zeroCentred(aroundZero).identityAtOrigin(aroundZero)
            .saturation(Saturation.BOTH).build())
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

  @Override
  public final double apply(double x) {
    return Math.min(Math.max(x, lo), hi);
  }

  @Override
  public final double derivative(double x) {
    return x > lo && x < hi ? 1 : x == x ? 0 : x;
  }

  @Override
  public final double derivativeFromOutput(double y) {
    return derivative(y);
  }

  @Override
  protected final void forward(double[] x, double[] y, int offset, int length) {
    double l = lo;
    double h = hi;
    for (int i = offset; i < offset + length; i++) {
      y[i] = Math.min(Math.max(x[i], l), h);
    }
  }

  @Override
  protected final void forward(float[] x, float[] y, int offset, int length) {
    float l = (float) lo;
    float h = (float) hi;
    if (l != lo || h != hi) {
      for (int i = offset; i < offset + length; i++) {
        y[i] = (float) apply(x[i]);
      }
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      y[i] = Math.min(Math.max(x[i], l), h);
    }
  }

  @Override
  protected final void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length) {
    double l = lo;
    double h = hi;
    for (int i = offset; i < offset + length; i++) {
      double v = in[i];
      // [l < v < h] without a branch: a difference of two distinct doubles is never 0
      gradIn[i] = upstream[i] * (PackMath.positive(v - l) * PackMath.positive(h - v));
    }
  }

  @Override
  protected final void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    float l = (float) lo;
    float h = (float) hi;
    if (l != lo || h != hi) {
      for (int i = offset; i < offset + length; i++) {
        gradIn[i] = upstream[i] * derivativeFromOutputFloat(in[i]);
      }
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      float v = in[i];
      gradIn[i] = upstream[i] * (PackMath.positive(v - l) * PackMath.positive(h - v));
    }
  }
}
