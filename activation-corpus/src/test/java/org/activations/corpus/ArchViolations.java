package org.activations.corpus;

import java.util.List;
import org.activations.registry.ActivationRegistry;

/** A corpus class that looks functions up through the registry. */
final class ArchViolations {
  List<String> names() {
    return ActivationRegistry.load().names();
  }
}
