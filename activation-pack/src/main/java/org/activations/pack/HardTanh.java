package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/** Hard tanh (torch.nn.Hardtanh): x clamped to [min_val, max_val] = [−1, 1]. Exact. */
final class HardTanh extends ClampUnit {
  static final String NAME = "hard_tanh";

  private HardTanh(Parameters p) {
    super(NAME, p.spec(NAME), "x clamped to [min_val, max_val]", p.get("min_val"), p.get("max_val"));
  }

  /** Registers {@code hard_tanh(min_val, max_val)}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(
          // PyTorch takes any min_val < max_val; here the clamps lie on either side of 0, so that
          // every value of one parameter is valid with every value of the other, and hard_tanh
          // stays what its name says: zero-centred and the identity near 0.
          new ParameterDescriptor("min_val", "the lower clamp, below 0", -1, -1e6, true, 0, false),
          new ParameterDescriptor("max_val", "the upper clamp, above 0", 1, 0, false, 1e6, true));
    }

    @Override
    public Activation create(Parameters p) {
      return new HardTanh(p);
    }
  }
}
