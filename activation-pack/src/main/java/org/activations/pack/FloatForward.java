package org.activations.pack;

/** A float forward loop: y[i] = f(x[i]) for the {@code length} elements from {@code offset}. */
@FunctionalInterface
interface FloatForward {
  /** Runs the loop; the arguments are already checked. */
  void apply(float[] x, float[] y, int offset, int length);
}
