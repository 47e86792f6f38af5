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

  /** The logistic sigmoid 1 / (1 + e^-x), written independently of the corpus's own formula. */
  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
