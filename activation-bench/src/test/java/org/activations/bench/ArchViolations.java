package org.activations.bench;

import java.util.List;
import org.activations.internal.Suggestions;

/** A benchmark helper that reaches into the API's internals (possible on the class path). */
final class ArchViolations {
  Object nearest() {
    return Suggestions.nearest("x", List.of("y"));
  }
}
