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
 * The exponential linear family: ELU, x for x &gt; 0 and α·(e^x − 1) otherwise
 * (torch.nn.ELU, alpha = 1), and its scaled forms SELU and CELU. The negative side uses expm1, so
 * it keeps its relative accuracy near 0. f' = 1 or α·e^x = y + α from the output.
 */
final class Elu implements Activation {
  /** SELU's λ and α, to the digits given in torch.nn.SELU's documentation (Klambauer et al., 2017). */
  static final double SELU_SCALE = 1.0507009873554804934193349852946;
  static final double SELU_ALPHA = 1.6732632423543772848170429916717;

  private final double scale;
  private final double alpha;
  private final double inputScale;
  private final String spec;
  private final ActivationInfo info;

  /**
   * scale·(x for x &gt; 0, else alpha·expm1(x / inputScale)).
   *
   * @param inputScale 1 for ELU and SELU, alpha for CELU
   */
  private Elu(String name, String spec, String description, double scale, double alpha,
      double inputScale) {
    this.scale = scale;
    this.alpha = alpha;
    this.inputScale = inputScale;
    this.spec = spec;
    boolean smoothAtZero = scale * alpha / inputScale == scale; // f' meets at 0 from both sides
    double slopeAtZero = scale * alpha / inputScale;
    ActivationInfo.Builder b = ActivationInfo.builder(name)
        .description(description)
        .function("x > 0 ? s x : s a (exp(x / c) - 1)   with s = " + scale + ", a = " + alpha
            + ", c = " + inputScale, "s \\begin{cases} x & x > 0 \\\\ a (e^{x/c} - 1) & x \\le 0 \\end{cases}")
        .derivative("x > 0 ? s : (s a / c) exp(x / c)",
            "\\begin{cases} s & x > 0 \\\\ \\frac{s a}{c} e^{x/c} & x \\le 0 \\end{cases}")
        .derivativeFromOutput("y > 0 ? s : (y + s a) / c",
            "\\begin{cases} s & y > 0 \\\\ (y + s a)/c & y \\le 0 \\end{cases}")
        .range(Range.open(-scale * alpha, Double.POSITIVE_INFINITY))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(smoothAtZero ? 1 : 0)
            .monotonic(true).monotonicDerivative(slopeAtZero <= scale).zeroCentred(true)
            .identityAtOrigin(smoothAtZero && scale == 1).saturation(Saturation.NEGATIVE).build());
    if (!smoothAtZero) {
      b.specialPoints(SpecialPoint.kink(0));
    }
    this.info = b.build();
  }

  @Override
  public ActivationInfo info() {
    return info;
  }

  @Override
  public double apply(double x) {
    return x > 0 ? scale * x : scale * alpha * Math.expm1(x / inputScale);
  }

  @Override
  public double derivative(double x) {
    return x > 0 ? scale : scale * alpha / inputScale * Math.exp(x / inputScale);
  }

  @Override
  public double derivativeFromOutput(double y) {
    return y > 0 ? scale : (y + scale * alpha) / inputScale;
  }

  @Override
  public String spec() {
    return spec;
  }

  /** Registers {@code elu(alpha)}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return "elu";
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(new ParameterDescriptor("alpha", "the negative side's saturation value -alpha",
          1.0, 0, false, 100, true));
    }

    @Override
    public Activation create(Parameters p) {
      return new Elu("elu", p.spec("elu"), "x for x > 0, alpha (exp(x) - 1) below: smooth"
          + " saturation on the negative side", 1, p.get("alpha"), 1);
    }
  }

  /** Registers {@code selu}, with the published constants. */
  public static final class SeluProvider implements ActivationProvider {
    @Override
    public String name() {
      return "selu";
    }

    @Override
    public Activation create(Parameters p) {
      return new Elu("selu", "selu", "scaled ELU with the self-normalising constants of Klambauer"
          + " et al. (2017)", SELU_SCALE, SELU_ALPHA, 1);
    }
  }

  /** Registers {@code celu(alpha)}: alpha (exp(x / alpha) - 1) below 0, C^1 for every alpha. */
  public static final class CeluProvider implements ActivationProvider {
    @Override
    public String name() {
      return "celu";
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(new ParameterDescriptor("alpha", "the negative side's saturation value -alpha",
          1.0, 0, false, 100, true));
    }

    @Override
    public Activation create(Parameters p) {
      double alpha = p.get("alpha");
      return new Elu("celu", p.spec("celu"), "continuously differentiable ELU: alpha (exp(x /"
          + " alpha) - 1) below 0", 1, alpha, alpha);
    }
  }
}
