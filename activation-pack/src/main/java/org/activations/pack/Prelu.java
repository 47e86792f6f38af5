package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * PReLU (torch.nn.PReLU with one shared weight): x for x &ge; 0, α·x below, α = 0.25. The weight is
 * learnable in PyTorch; here it is a parameter, and learning it is the caller's business.
 * Correctly rounded.
 */
final class Prelu extends NegativeSlopeUnit {
  static final String NAME = "prelu";

  private Prelu(Parameters p) {
    super(NAME, p.spec(NAME), "x for x >= 0, alpha x below, with one shared (learnable) slope",
        "alpha", p.get("alpha"), 0);
  }

  /** Registers {@code prelu(alpha)}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(new ParameterDescriptor("alpha", "the shared slope for x < 0 (PyTorch's"
          + " weight, init 0.25)", 0.25, 0, true, 1, false));
    }

    @Override
    public Activation create(Parameters parameters) {
      return new Prelu(parameters);
    }
  }
}
