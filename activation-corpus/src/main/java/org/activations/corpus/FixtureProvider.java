package org.activations.corpus;

import java.util.Objects;
import java.util.function.Supplier;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/**
 * A provider for a corpus function without parameters; its name is the one the function's metadata
 * declares, so that it is written once. Public so that the nested public providers can extend it.
 *
 * @since 0.1
 */
public abstract class FixtureProvider implements ActivationProvider {
  private final Supplier<? extends Activation> factory;
  private final String name;

  /** A provider that creates its function with {@code factory}. */
  protected FixtureProvider(Supplier<? extends Activation> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.name = factory.get().info().name();
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Activation create(Parameters parameters) {
    return factory.get();
  }
}
