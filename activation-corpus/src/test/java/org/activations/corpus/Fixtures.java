package org.activations.corpus;

import org.activations.Activation;

/** Test access to corpus functions by name. */
final class Fixtures {
  private Fixtures() {}

  /** A new instance of the corpus function {@code name}. */
  static Activation fn(String name) {
    return Corpus.named(name).factory().get();
  }

  /** tanh'(x) = 1 - tanh(x)^2, written independently of the corpus's own formula. */
  static double tanhPrime(double x) {
    double c = Math.cosh(x);
    return 1 / (c * c);
  }

  /** The logistic sigmoid, written independently of the corpus's own formula. */
  static double sigmoid(double x) {
    return 0.5 + 0.5 * Math.tanh(x / 2);
  }
}
