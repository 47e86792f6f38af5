package org.activations.pack;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;
import org.activations.spi.KernelActivation;

/**
 * The exponential linear family (elu, selu, celu): s·x for x &gt; 0 and s·α·(e^(x/c) − 1) otherwise,
 * with c = 1 (elu, selu) or α (celu). The negative side uses e^u − 1 without cancellation near 0
 * ({@link Expm1#nonPositive}), so it keeps its relative accuracy there; x/c is carried with its rounding error into e^(x/c) for f', where that error
 * would be amplified by |x/c|. s·α is held as a double-double, so that the output form
 * f' = (y + s·α)/c does not lose the last bits of the constant where y + s·α cancels.
 */
abstract class ExpLinearUnit extends KernelActivation {
  /** Below this u, e^u is 0 in double. */
  private static final double UNDERFLOW = -760;
  private final double scale;
  private final double scaleLow;
  private final double c;
  /** 1/c rounded, for the single-precision forms. */
  private final double overC;
  /** 1/c where c is a power of two, so that x/c = x·(1/c) exactly and without a division; else 0. */
  private final double over;
  /** s·α = scaleAlpha + scaleAlphaLow. */
  private final double scaleAlpha;
  private final double scaleAlphaLow;
  /** s·α/c rounded: the negative side's f' at 0. */
  private final double slope;
  private final String spec;
  private final ActivationInfo info;
  /** The float forward of this JVM's engine ({@link PackEngine}). */
  private final FloatForward floatForward;

  ExpLinearUnit(String name, String spec, String description, double scale, double scaleLow,
      double scaleAlpha, double scaleAlphaLow, double c) {
    this.scale = scale;
    this.scaleLow = scaleLow;
    this.c = c;
    boolean powerOfTwo = c == Math.scalb(1.0, Math.getExponent(c));
    this.over = powerOfTwo && Math.abs(Math.getExponent(c)) < 1000 ? 1 / c : 0;
    this.scaleAlpha = scaleAlpha;
    this.scaleAlphaLow = scaleAlphaLow;
    this.slope = c == 1 ? scaleAlpha : scaleAlpha / c;
    this.spec = spec;
    boolean smoothAtZero = slope == scale;
    ActivationInfo.Builder b = ActivationInfo.builder(name)
        .description(description)
        .function("x > 0 ? s x : s a (exp(x / c) - 1)   with s = " + scale + ", s a = "
            + scaleAlpha + ", c = " + c,
            "\\begin{cases} s\\,x & x > 0 \\\\ s a (e^{x/c} - 1) & x \\le 0 \\end{cases}")
        .derivative("x > 0 ? s : (s a / c) exp(x / c)",
            "\\begin{cases} s & x > 0 \\\\ \\frac{s a}{c} e^{x/c} & x \\le 0 \\end{cases}")
        .derivativeFromOutput("y > 0 ? s : (y + s a) / c",
            "\\begin{cases} s & y > 0 \\\\ (y + s a)/c & y \\le 0 \\end{cases}")
        .range(Range.open(-scaleAlpha, Double.POSITIVE_INFINITY))
        .declared(DeclaredProperties.builder().nonlinear(true)
            .continuityOrder(smoothAtZero ? 1 : 0).monotonic(true)
            .monotonicDerivative(slope <= scale).zeroCentred(true)
            .identityAtOrigin(smoothAtZero && scale == 1).saturation(Saturation.NEGATIVE).build());
    if (!smoothAtZero) {
      b.specialPoints(SpecialPoint.kink(0));
    }
    this.info = b.build();
    this.overC = 1 / c;
    this.floatForward = PackEngine.active().kernels().expLinear(scale, scaleAlpha, overC,
        this::plainForward);
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
    if (x > 0) {
      return scaleLow == 0 ? scale * x : times(x);
    }
    return scaleAlpha * Expm1.nonPositive(c == 1 ? x : over == 0 ? x / c : x * over);
  }

  /** (scale + scaleLow)·x rounded once (short of a tie). */
  private double times(double x) {
    double p = scale * x;
    return Double.isFinite(p) ? p + (Math.fma(scale, x, -p) + scaleLow * x) : p;
  }

  @Override
  public final double derivative(double x) {
    if (x > 0) {
      return scale;
    }
    if (c == 1 || x == Double.NEGATIVE_INFINITY) {
      return slope * Math.exp(x);
    }
    double u = x / c;
    if (u < UNDERFLOW) {
      return 0; // e^(x/c) is 0, and x/c may have overflowed to −∞ (c < 1), which made uLow NaN
    }
    double uLow = Math.fma(-u, c, x) / c; // x/c = u + uLow
    return slope * (Math.exp(u) * (1 + uLow));
  }

  @Override
  public final double derivativeFromOutput(double y) {
    if (y > 0) {
      return scale;
    }
    double sum = (y + scaleAlpha) + scaleAlphaLow; // y + scaleAlpha is exact where it cancels
    return c == 1 ? sum : sum / c;
  }

  @Override
  protected final void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = apply(x[i]);
    }
  }

  @Override
  protected final void forward(float[] x, float[] y, int offset, int length) {
    floatForward.apply(x, y, offset, length);
  }

  @Override
  public final String describeImplementation() {
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
  public final float applyFloat(float x) {
    return Float.isFinite(x) ? FloatForms.expLinear(x, scale, scaleAlpha, overC) : (float) apply(x);
  }

  @Override
  protected final void backward(double[] in, double[] upstream, double[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * derivativeFromOutput(in[i]);
    }
  }

  @Override
  protected final void backward(float[] in, float[] upstream, float[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * (float) derivativeFromOutput(in[i]);
    }
  }
}
