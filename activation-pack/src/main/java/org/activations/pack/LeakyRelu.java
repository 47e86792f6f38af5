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
 * Leaky ReLU, x for x &gt; 0 and α·x otherwise (torch.nn.LeakyReLU, negative_slope = 0.01). Exact
 * (one rounding). f'(0) = α, as PyTorch's backward (x &gt; 0 ? 1 : α).
 */
final class LeakyRelu implements Activation {
  private final double alpha;
  private final String spec;
  private final ActivationInfo info;

  LeakyRelu(Parameters p) {
    alpha = p.get("alpha");
    spec = p.spec("leaky_relu");
    info = ActivationInfo.builder("leaky_relu")
        .description("x for x > 0, alpha x otherwise: a ReLU whose gradient never dies")
        .function("x > 0 ? x : alpha x", "\\begin{cases} x & x > 0 \\\\ \\alpha x & x \\le 0 \\end{cases}")
        .derivative("x > 0 ? 1 : alpha", "\\begin{cases} 1 & x > 0 \\\\ \\alpha & x \\le 0 \\end{cases}")
        .derivativeFromOutput("y > 0 ? 1 : alpha",
            "\\begin{cases} 1 & y > 0 \\\\ \\alpha & y \\le 0 \\end{cases}")
        .range(alpha > 0 ? Range.reals() : Range.interval(0, true, Double.POSITIVE_INFINITY, false))
        .specialPoints(SpecialPoint.kink(0))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
            .monotonicDerivative(true).zeroCentred(alpha > 0).identityAtOrigin(false)
            .saturation(alpha > 0 ? Saturation.NONE : Saturation.NEGATIVE).build())
        .build();
  }

  @Override
  public ActivationInfo info() {
    return info;
  }

  @Override
  public double apply(double x) {
    return x > 0 ? x : alpha * x;
  }

  @Override
  public double derivative(double x) {
    return x > 0 ? 1 : x <= 0 ? alpha : x;
  }

  @Override
  public double derivativeFromOutput(double y) {
    return y > 0 ? 1 : y <= 0 ? alpha : y;
  }

  @Override
  public String spec() {
    return spec;
  }

  /** Registers {@code leaky_relu(alpha)}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return "leaky_relu";
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(new ParameterDescriptor("alpha", "slope for x <= 0 (PyTorch negative_slope)",
          0.01, 0, true, 1, false));
    }

    @Override
    public Activation create(Parameters parameters) {
      return new LeakyRelu(parameters);
    }
  }
}
