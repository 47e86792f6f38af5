package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * CELU (torch.nn.CELU): x for x &gt; 0, α·(e^(x/α) − 1) otherwise, α = 1; C¹ for every α, with
 * f' = e^(x/α) = (y + α)/α on the negative side.
 */
final class Celu extends ExpLinearUnit {
  static final String NAME = "celu";

  private Celu(Parameters p, double alpha) {
    super(NAME, p.spec(NAME), "continuously differentiable ELU: alpha (exp(x / alpha) - 1) below"
        + " 0", 1, 0, alpha, 0, alpha);
  }

  /** Registers {@code celu(alpha)}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(Elu.alpha());
    }

    @Override
    public Activation create(Parameters p) {
      return new Celu(p, p.get("alpha"));
    }
  }
}
