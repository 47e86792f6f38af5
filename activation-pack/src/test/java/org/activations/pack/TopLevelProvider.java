package org.activations.pack;

import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/** A provider in a file of its own, the style the pack no longer uses. */
public final class TopLevelProvider implements ActivationProvider {
  @Override
  public String name() {
    return "top_level";
  }

  @Override
  public Activation create(Parameters parameters) {
    throw new UnsupportedOperationException();
  }
}
