package org.activations.builtin;

import java.util.List;
import jdk.incubator.vector.FloatVector;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/**
 * A public class of the builtin package that breaks the module's rules: it is public without being a
 * provider, looks other plugins up through the registry and links against the Vector API; its provider is not
 * named Provider.
 */
public final class ArchViolations {
  /** Looks other plugins up through the registry. */
  static List<String> others() {
    return ActivationRegistry.load().names();
  }

  /** Links against the Vector API outside VectorKernels. */
  static int lanes() {
    return FloatVector.SPECIES_PREFERRED.length();
  }

  /** A provider nested under the wrong name. */
  public static final class Registrar implements ActivationProvider {
    @Override
    public String name() {
      return "violation";
    }

    @Override
    public Activation create(Parameters parameters) {
      throw new UnsupportedOperationException();
    }
  }
}
