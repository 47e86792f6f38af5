package org.activations.analysis;

import java.util.function.DoubleUnaryOperator;
import org.activations.Activation;

/** An activation's f and f' as operators that turn a plugin's exception into a named failure. */
final class Guarded {
  private final Activation f;

  Guarded(Activation f) {
    this.f = f;
  }

  DoubleUnaryOperator function() {
    return x -> {
      try {
        return f.apply(x);
      } catch (RuntimeException e) {
        throw new FunctionFailedException(f.spec(), f.getClass().getName(), "apply", x, e);
      }
    };
  }

  DoubleUnaryOperator derivative() {
    return x -> {
      try {
        return f.derivative(x);
      } catch (RuntimeException e) {
        throw new FunctionFailedException(f.spec(), f.getClass().getName(), "derivative", x, e);
      }
    };
  }
}
