package org.activations.bench;

import org.activations.internal.Spec;

/** A benchmark helper that reaches into the API's internals (possible on the class path). */
final class ArchViolations {
  Object nearest() {
    return Spec.parse("x");
  }
}
