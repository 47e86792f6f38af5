package org.activations.builtin;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/** Registers {@code sigmoid} (alias {@code logistic}) with the {@link java.util.ServiceLoader}. */
public final class SigmoidProvider implements ActivationProvider {
  private static final Sigmoid INSTANCE = new Sigmoid();

  /** Called by {@link java.util.ServiceLoader}. */
  public SigmoidProvider() {}

  @Override
  public String name() {
    return Sigmoid.INFO.name();
  }

  @Override
  public List<String> aliases() {
    return Sigmoid.INFO.aliases();
  }

  @Override
  public Activation create(Parameters parameters) {
    return INSTANCE;
  }
}
