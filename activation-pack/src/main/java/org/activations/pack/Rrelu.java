package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * Randomized leaky ReLU (torch.nn.RReLU) in inference mode: x for x &ge; 0, a·x below with the
 * fixed slope a = (lower + upper)/2, lower = 1/8, upper = 1/3. The mean is taken exactly (a
 * double-double), so a·x is correctly rounded even where a lies between two doubles. The training
 * mode's random slopes are not a function of x and are not offered; as only the mean matters
 * here, lower may exceed upper.
 */
final class Rrelu extends NegativeSlopeUnit {
  static final String NAME = "rrelu";

  private Rrelu(Parameters p, double lower, double upper) {
    super(NAME, p.spec(NAME), "x for x >= 0, (lower + upper)/2 x below: RReLU in inference mode",
        "(lower + upper)/2", half(lower + upper), half(sumError(lower, upper)));
  }

  /** The rounding error of lower + upper (Knuth's two-sum). */
  private static double sumError(double a, double b) {
    double s = a + b;
    double bb = s - a;
    return (a - (s - bb)) + (b - bb);
  }

  private static double half(double v) {
    return v * 0.5;
  }

  /** Registers {@code rrelu(lower, upper)}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(
          new ParameterDescriptor("lower", "the lower end of the training-time slope range", 0.125,
              0, true, 1, false),
          new ParameterDescriptor("upper", "the upper end of the training-time slope range",
              1.0 / 3, 0, true, 1, false));
    }

    @Override
    public Activation create(Parameters p) {
      // Only the mean matters in inference mode, so lower > upper is not refused (PyTorch's
      // training mode draws from [lower, upper] and needs the order); each parameter is then
      // valid whatever the other's value.
      return new Rrelu(p, p.get("lower"), p.get("upper"));
    }
  }
}
