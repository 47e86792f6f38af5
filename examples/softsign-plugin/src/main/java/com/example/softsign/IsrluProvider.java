package com.example.softsign;

import java.util.List;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/** Registers isrlu(alpha), the inverse square root linear unit, with a parameter. */
public final class IsrluProvider implements ActivationProvider {
  @Override
  public String name() {
    return "isrlu";
  }

  @Override
  public List<ParameterDescriptor> parameters() {
    return List.of(new ParameterDescriptor("alpha",
        "how far the negative side reaches: f(x) → -1/sqrt(alpha) as x → -∞", 1.0, 0, false, 100,
        true));
  }

  @Override
  public Activation create(Parameters parameters) {
    return new Isrlu(parameters);
  }
}
