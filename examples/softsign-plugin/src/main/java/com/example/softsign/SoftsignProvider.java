package com.example.softsign;

import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/** Registers softsign, x / (1 + |x|). */
public final class SoftsignProvider implements ActivationProvider {
  @Override
  public String name() {
    return "softsign";
  }

  @Override
  public Activation create(Parameters parameters) {
    return new Softsign();
  }
}
