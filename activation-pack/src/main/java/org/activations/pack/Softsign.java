package org.activations.pack;

import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/** Softsign (torch.nn.Softsign): x / (1 + |x|), f' = 1 / (1 + |x|)² = (1 − |y|)². C^1 at 0. */
final class Softsign implements Activation {
  static final ActivationInfo INFO = ActivationInfo.builder("softsign")
      .description("x / (1 + |x|): a zero-centred sigmoid shape with polynomial tails")
      .function("x / (1 + |x|)", "\\frac{x}{1 + |x|}")
      .derivative("1 / (1 + |x|)^2", "\\frac{1}{(1 + |x|)^2}")
      .derivativeFromOutput("(1 - |y|)^2", "(1 - |y|)^2")
      .range(Range.open(-1, 1))
      .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
          .monotonicDerivative(false).zeroCentred(true).identityAtOrigin(true)
          .saturation(Saturation.BOTH).build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  @Override
  public double apply(double x) {
    return Double.isInfinite(x) ? Math.signum(x) : x / (1 + Math.abs(x));
  }

  @Override
  public double derivative(double x) {
    double d = 1 + Math.abs(x);
    return 1 / (d * d);
  }

  @Override
  public double derivativeFromOutput(double y) {
    double d = 1 - Math.abs(y);
    return d * d;
  }

  /** Registers {@code softsign}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return "softsign";
    }

    @Override
    public Activation create(Parameters p) {
      return new Softsign();
    }
  }
}
