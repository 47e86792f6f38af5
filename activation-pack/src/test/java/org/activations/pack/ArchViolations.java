package org.activations.pack;

import java.util.List;
import jdk.incubator.vector.FloatVector;
import org.activations.registry.ActivationRegistry;

/**
 * A public pack class that is no provider, looks other plugins up through the registry and links
 * against the Vector API outside VectorSmoothKernels.
 */
public final class ArchViolations {
  static List<String> others() {
    return ActivationRegistry.load().names();
  }

  /** Links against the Vector API outside VectorSmoothKernels. */
  static int lanes() {
    return FloatVector.SPECIES_PREFERRED.length();
  }
}
