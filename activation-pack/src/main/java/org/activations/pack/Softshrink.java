package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * Soft shrink (torch.nn.Softshrink): x − λ above λ, x + λ below −λ, else 0, λ = 0.5; continuous
 * with kinks at ±λ. Correctly rounded (one subtraction). PyTorch's parameter name {@code lambd} is
 * an alias of {@code lambda}.
 */
final class Softshrink extends ShrinkUnit {
  static final String NAME = "softshrink";

  private Softshrink(Parameters p) {
    super(p.spec(NAME), info(p.get("lambda")), p.get("lambda"));
  }

  private static ActivationInfo info(double lambda) {
    return ActivationInfo.builder(NAME)
        .description("x moved towards 0 by lambda, and 0 on [-lambda, lambda]: soft thresholding")
        .function("x > lambda ? x - lambda : x < -lambda ? x + lambda : 0",
            "\\operatorname{sign}(x) \\max(|x| - \\lambda, 0)")
        .derivative("|x| > lambda ? 1 : 0",
            "\\begin{cases} 1 & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}")
        .derivativeFromOutput("y != 0 ? 1 : 0",
            "\\begin{cases} 1 & y \\ne 0 \\\\ 0 & y = 0 \\end{cases}")
        .range(Range.reals())
        .specialPoints(SpecialPoint.kink(-lambda), SpecialPoint.kink(lambda))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
            .monotonicDerivative(false).zeroCentred(true).identityAtOrigin(false)
            .saturation(Saturation.NONE).build())
        .build();
  }

  /** x − clamp(x, −λ, λ): one subtraction, and a form HotSpot vectorises. NaN stays NaN. */
  static double softshrink(double x, double lambda) {
    return x - Math.min(Math.max(x, -lambda), lambda);
  }

  @Override
  public double apply(double x) {
    return softshrink(x, lambda);
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    double l = lambda;
    for (int i = offset; i < offset + length; i++) {
      double v = x[i];
      y[i] = v - Math.min(Math.max(v, -l), l);
    }
  }

  /** f(x) rounded once to float: x ∓ λ is carried exactly (two-sum), then rounded to float. */
  @Override
  public float applyFloat(float x) {
    double v = x;
    double l = lambda;
    if (v > l) {
      double s = v - l;
      return PackMath.toFloat(s, (v - s) - l);
    }
    if (v < -l) {
      double s = v + l;
      return PackMath.toFloat(s, (v - s) + l);
    }
    return (float) softshrink(v, l); // ±0, or NaN
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    float l = (float) lambda;
    if (l != lambda) {
      for (int i = offset; i < offset + length; i++) {
        y[i] = applyFloat(x[i]);
      }
      return;
    }
    // λ is a float: the float subtraction is the exact difference rounded once, as applyFloat
    for (int i = offset; i < offset + length; i++) {
      float v = x[i];
      y[i] = v - Math.min(Math.max(v, -l), l);
    }
  }

  /** Registers {@code softshrink(lambda)}, alias parameter {@code lambd}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return ShrinkUnit.parameters();
    }

    @Override
    public Activation create(Parameters p) {
      return new Softshrink(p);
    }
  }
}
