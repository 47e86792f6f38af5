package org.activations.analysis;

import org.activations.Activation;

/**
 * The code of {@link CallLoop}, copied as a hidden class for each class of function: it names no
 * class of its own but its superclass, so that a copy verifies under its new name.
 */
final class CallLoopCode extends CallLoop {
  @Override
  void values(Activation f, double[] xs, double[] out, int from, int to, Budget budget) {
    for (int i = from; i < to; i++) {
      at = i;
      budget.at(xs[i]);
      out[i] = f.apply(xs[i]);
    }
  }

  @Override
  void slopes(Activation f, double[] xs, double[] out, int from, int to, Budget budget) {
    for (int i = from; i < to; i++) {
      at = i;
      budget.at(xs[i]);
      out[i] = f.derivative(xs[i]);
    }
  }
}
