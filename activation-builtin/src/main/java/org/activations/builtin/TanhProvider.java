package org.activations.builtin;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/** Registers {@code tanh} with the {@link java.util.ServiceLoader}. */
public final class TanhProvider implements ActivationProvider {
  private static final Tanh INSTANCE = new Tanh();

  /** Called by {@link java.util.ServiceLoader}. */
  public TanhProvider() {}

  @Override
  public String name() {
    return Tanh.INFO.name();
  }

  @Override
  public List<String> aliases() {
    return Tanh.INFO.aliases();
  }

  @Override
  public Activation create(Parameters parameters) {
    return INSTANCE;
  }
}
