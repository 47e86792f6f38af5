package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * Leaky ReLU (torch.nn.LeakyReLU): x for x &ge; 0, α·x below, α = 0.01; PyTorch's parameter name
 * {@code negative_slope} is accepted as an alias of {@code alpha}. Correctly rounded.
 */
final class LeakyRelu extends NegativeSlopeUnit {
  static final String NAME = "leaky_relu";

  private LeakyRelu(Parameters p) {
    super(NAME, p.spec(NAME), "x for x >= 0, alpha x below: a ReLU whose gradient never dies",
        "alpha", p.get("alpha"), 0);
  }

  /** Registers {@code leaky_relu(alpha)}, alias parameter {@code negative_slope}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(new ParameterDescriptor("alpha", "slope for x < 0 (PyTorch: negative_slope)",
          0.01, 0, true, 1, false).withAliases("negative_slope"));
    }

    @Override
    public Activation create(Parameters parameters) {
      return new LeakyRelu(parameters);
    }
  }
}
