package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * ELU (torch.nn.ELU): x for x &gt; 0, α·(e^x − 1) otherwise, α = 1; f' = 1 or α·e^x = y + α from
 * the output. With α ≠ 1 there is a kink at 0, where f' = α (PyTorch's kernel takes its x &le; 0
 * branch).
 */
final class Elu extends ExpLinearUnit {
  static final String NAME = "elu";

  private Elu(Parameters p) {
    super(NAME, p.spec(NAME), "x for x > 0, alpha (exp(x) - 1) below: smooth saturation on the"
        + " negative side", 1, 0, p.get("alpha"), 0, 1);
  }

  /** The parameter alpha of elu and celu. */
  static ParameterDescriptor alpha() {
    return new ParameterDescriptor("alpha", "the negative side's saturation value -alpha", 1.0, 0,
        false, 100, true);
  }

  /** Registers {@code elu(alpha)}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(alpha());
    }

    @Override
    public Activation create(Parameters p) {
      return new Elu(p);
    }
  }
}
