package org.activations.pack;

import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/** ReLU6 (torch.nn.ReLU6, MobileNet): min(max(0, x), 6). Exact; f'(0) = f'(6) = 0. */
final class Relu6 extends ClampUnit {
  static final String NAME = "relu6";

  private Relu6() {
    super(NAME, NAME, "ReLU capped at 6, as in MobileNet", 0, 6);
  }

  /** Registers {@code relu6}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Activation create(Parameters p) {
      return new Relu6();
    }
  }
}
