package org.activations.bench.report;

import org.activations.Activation;

/** A reporter helper that evaluates a function instead of reading JMH's JSON. */
public final class ReporterViolation {
  /** Evaluates f at 0. */
  public double at(Activation f) {
    return f.apply(0.0);
  }
}
