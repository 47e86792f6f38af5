package org.activations.builtin;

/**
 * The batch kernels of sigmoid and tanh, whose cost is in the exponential: a plain-Java
 * implementation, and one on the Vector API that is loaded only when the engine asks for it (so
 * that the jar runs the same without {@code --add-modules jdk.incubator.vector}). Arguments are
 * checked by the caller.
 */
interface Kernels {
  void sigmoid(double[] x, double[] y, int offset, int length);

  void sigmoid(float[] x, float[] y, int offset, int length);

  void tanh(double[] x, double[] y, int offset, int length);

  void tanh(float[] x, float[] y, int offset, int length);
}
