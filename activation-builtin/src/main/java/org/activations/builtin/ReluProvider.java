package org.activations.builtin;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/** Registers {@code relu} with the {@link java.util.ServiceLoader}. */
public final class ReluProvider implements ActivationProvider {
  private static final Relu INSTANCE = new Relu();

  /** Called by {@link java.util.ServiceLoader}. */
  public ReluProvider() {}

  @Override
  public String name() {
    return Relu.INFO.name();
  }

  @Override
  public List<String> aliases() {
    return Relu.INFO.aliases();
  }

  @Override
  public Activation create(Parameters parameters) {
    return INSTANCE;
  }
}
