package org.activations.builtin;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/** Registers {@code binary_step} (alias {@code step}) with the {@link java.util.ServiceLoader}. */
public final class BinaryStepProvider implements ActivationProvider {
  private static final BinaryStep INSTANCE = new BinaryStep();

  /** Called by {@link java.util.ServiceLoader}. */
  public BinaryStepProvider() {}

  @Override
  public String name() {
    return BinaryStep.INFO.name();
  }

  @Override
  public List<String> aliases() {
    return BinaryStep.INFO.aliases();
  }

  @Override
  public Activation create(Parameters parameters) {
    return INSTANCE;
  }
}
