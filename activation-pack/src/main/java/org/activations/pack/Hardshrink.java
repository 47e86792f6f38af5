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
 * Hard shrink (torch.nn.Hardshrink): x for |x| &gt; λ, else 0, λ = 0.5; f(±λ) = 0, so f jumps at
 * ±λ. Exact. PyTorch's parameter name {@code lambd} is an alias of {@code lambda}.
 */
final class Hardshrink extends ShrinkUnit {
  static final String NAME = "hardshrink";

  private Hardshrink(Parameters p) {
    super(p.spec(NAME), info(p.get("lambda")), p.get("lambda"));
  }

  private static ActivationInfo info(double lambda) {
    return ActivationInfo.builder(NAME)
        .description("x for |x| > lambda, else 0: zeroes the small values, keeps the others")
        .function("|x| > lambda ? x : 0",
            "\\begin{cases} x & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}")
        .derivative("|x| > lambda ? 1 : 0",
            "\\begin{cases} 1 & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}")
        .derivativeFromOutput("y != 0 ? 1 : 0",
            "\\begin{cases} 1 & y \\ne 0 \\\\ 0 & y = 0 \\end{cases}")
        .range(Range.reals())
        .specialPoints(SpecialPoint.jump(-lambda), SpecialPoint.jump(lambda))
        .declared(DeclaredProperties.builder().nonlinear(true)
            .continuityOrder(DeclaredProperties.DISCONTINUOUS).monotonic(true)
            .monotonicDerivative(false).zeroCentred(true).identityAtOrigin(false)
            .saturation(Saturation.NONE).build())
        .build();
  }

  /** [|x| &gt; λ]·x, the indicator without a branch so that HotSpot vectorises it; NaN stays NaN. */
  static double hardshrink(double x, double lambda) {
    return PackMath.positive(Math.abs(x) - lambda) * x;
  }

  @Override
  public double apply(double x) {
    return hardshrink(x, lambda);
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    double l = lambda;
    for (int i = offset; i < offset + length; i++) {
      double v = x[i];
      y[i] = PackMath.positive(Math.abs(v) - l) * v;
    }
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    float l = (float) lambda;
    if (l != lambda) {
      for (int i = offset; i < offset + length; i++) {
        y[i] = (float) apply(x[i]);
      }
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      float v = x[i];
      y[i] = PackMath.positive(Math.abs(v) - l) * v;
    }
  }

  /** Registers {@code hardshrink(lambda)}, alias parameter {@code lambd}. */
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
      return new Hardshrink(p);
    }
  }
}
