package org.activations.pack;

import java.util.List;
import org.activations.registry.ActivationRegistry;

/** A public pack class that is no provider and looks other plugins up through the registry. */
public final class ArchViolations {
  static List<String> others() {
    return ActivationRegistry.load().names();
  }
}
