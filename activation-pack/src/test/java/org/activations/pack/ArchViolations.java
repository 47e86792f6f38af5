package org.activations.pack;

import java.util.List;
import jdk.incubator.vector.FloatVector;
import org.activations.registry.ActivationRegistry;

/**
 * A public pack class that is no provider, looks other plugins up through the registry, links
 * against the Vector API outside the Vector classes and names one of them.
 */
public final class ArchViolations {
  static List<String> others() {
    return ActivationRegistry.load().names();
  }

  /** Links against the Vector API outside VectorSmoothKernels. */
  static int lanes() {
    return FloatVector.SPECIES_PREFERRED.length();
  }

  /** Names a class that links against the Vector API, which only the Vector classes may. */
  static Object step() {
    return new VectorSlopeStep(null);
  }
}
