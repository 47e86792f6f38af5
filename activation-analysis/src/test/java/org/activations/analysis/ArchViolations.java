package org.activations.analysis;

import java.util.List;
import org.activations.registry.ActivationRegistry;

/**
 * An analysis class that looks functions up by name instead of measuring what it is given, and a
 * public type that does not declare its stability.
 */
final class ArchViolations {
  List<String> names() {
    return ActivationRegistry.load().names();
  }

  /** A public type without its stability. */
  public static final class Unmarked {}
}
