package org.activations.spi;

import java.util.List;
import java.util.ServiceLoader;
import org.activations.internal.Spec;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Assertions;

/** A public SPI type that breaks every API rule at once: the rules must catch each breach. */
public final class ArchViolations {
  /** Depends on a third-party library. */
  public void thirdParty() {
    Assertions.fail();
  }

  /** Takes an unexported type as a parameter (and returns a harmless one). */
  public String takesInternal(List<Spec> s) {
    return s.toString();
  }

  /** Depends on the registry from the SPI. */
  public ActivationRegistry registry() {
    return null;
  }

  /** Calls ServiceLoader outside the discovery class. */
  public Object discovers() {
    return ServiceLoader.load(ActivationProvider.class);
  }
}
