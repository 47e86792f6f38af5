package org.activations.builtin;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/** Registers {@code linear} (alias {@code identity}) with the {@link java.util.ServiceLoader}. */
public final class LinearProvider implements ActivationProvider {
  private static final Linear INSTANCE = new Linear();

  /** Called by {@link java.util.ServiceLoader}. */
  public LinearProvider() {}

  @Override
  public String name() {
    return Linear.INFO.name();
  }

  @Override
  public List<String> aliases() {
    return Linear.INFO.aliases();
  }

  @Override
  public Activation create(Parameters parameters) {
    return INSTANCE;
  }
}
