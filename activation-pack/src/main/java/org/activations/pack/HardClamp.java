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
 * The piecewise-linear clamps: hard_tanh (torch.nn.Hardtanh, min_val = -1, max_val = 1), relu6
 * (torch.nn.ReLU6) and hard_sigmoid (torch.nn.Hardsigmoid: (x + 3) / 6 clamped to [0, 1]). The slope
 * inside is 1 / divisor; at the kinks and outside f' = 0, as PyTorch's backward ((x &gt; lo) and
 * (x &lt; hi)).
 */
final class HardClamp implements Activation {
  private final double lo;
  private final double hi;
  private final double shift;
  private final double divisor;
  private final double slope;
  private final String spec;
  private final ActivationInfo info;

  /** clamp((x + shift) / divisor, lo, hi), with kinks at lo·divisor − shift and hi·divisor − shift. */
  private HardClamp(String name, String spec, String description, double lo, double hi,
      double shift, double divisor) {
    this.lo = lo;
    this.hi = hi;
    this.shift = shift;
    this.divisor = divisor;
    this.slope = 1 / divisor;
    this.spec = spec;
    double kinkLow = lo * divisor - shift;
    double kinkHigh = hi * divisor - shift;
    boolean aroundZero = lo < 0 && hi > 0;
    this.info = ActivationInfo.builder(name)
        .description(description)
        .function("clamp((x + " + shift + ") / " + divisor + ", " + lo + ", " + hi + ")",
            "\\min(\\max(\\frac{x + " + shift + "}{" + divisor + "}, " + lo + "), " + hi + ")")
        .derivative(slope + " for " + kinkLow + " < x < " + kinkHigh + ", else 0",
            "\\begin{cases} " + slope + " & " + kinkLow + " < x < " + kinkHigh
                + " \\\\ 0 & \\text{otherwise} \\end{cases}")
        .derivativeFromOutput(slope + " for " + lo + " < y < " + hi + ", else 0",
            "\\begin{cases} " + slope + " & " + lo + " < y < " + hi + " \\\\ 0 & \\text{otherwise}"
                + " \\end{cases}")
        .range(Range.interval(lo, true, hi, true))
        .specialPoints(SpecialPoint.kink(kinkLow), SpecialPoint.kink(kinkHigh))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
            .monotonicDerivative(false).zeroCentred(aroundZero && shift == 0)
            .identityAtOrigin(aroundZero && shift == 0 && divisor == 1).saturation(Saturation.BOTH)
            .build())
        .build();
  }

  @Override
  public ActivationInfo info() {
    return info;
  }

  @Override
  public double apply(double x) {
    double z = divisor == 1 ? x + shift : (x + shift) / divisor;
    return Math.min(Math.max(z, lo), hi);
  }

  @Override
  public double derivative(double x) {
    return derivativeFromOutput(apply(x));
  }

  @Override
  public double derivativeFromOutput(double y) {
    return y > lo && y < hi ? slope : y == y ? 0 : y;
  }

  @Override
  public String spec() {
    return spec;
  }

  /** Registers {@code hard_tanh(min_val, max_val)}. */
  public static final class HardTanhProvider implements ActivationProvider {
    @Override
    public String name() {
      return "hard_tanh";
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(
          // PyTorch takes any min_val < max_val; here the clamps lie on either side of 0, so that
          // every value of one parameter is valid with every value of the other.
          new ParameterDescriptor("min_val", "the lower clamp, below 0", -1, -1e6, true, 0, false),
          new ParameterDescriptor("max_val", "the upper clamp, above 0", 1, 0, false, 1e6, true));
    }

    @Override
    public Activation create(Parameters p) {
      double lo = p.get("min_val");
      double hi = p.get("max_val");
      if (!(lo < hi)) {
        throw new IllegalArgumentException("hard_tanh: min_val (" + lo + ") must be < max_val ("
            + hi + ")");
      }
      return new HardClamp("hard_tanh", p.spec("hard_tanh"), "x clamped to [min_val, max_val]", lo,
          hi, 0, 1);
    }
  }

  /** Registers {@code relu6}. */
  public static final class Relu6Provider implements ActivationProvider {
    @Override
    public String name() {
      return "relu6";
    }

    @Override
    public Activation create(Parameters p) {
      return new HardClamp("relu6", "relu6", "ReLU capped at 6, as in MobileNet", 0, 6, 0, 1);
    }
  }

  /** Registers {@code hard_sigmoid}. */
  public static final class HardSigmoidProvider implements ActivationProvider {
    @Override
    public String name() {
      return "hard_sigmoid";
    }

    @Override
    public Activation create(Parameters p) {
      return new HardClamp("hard_sigmoid", "hard_sigmoid", "piecewise-linear sigmoid: (x + 3) / 6"
          + " clamped to [0, 1]", 0, 1, 3, 6);
    }
  }
}
