package org.activations.builtin;

/**
 * The batch kernels of sigmoid and tanh, whose cost is in the exponential: a plain-Java
 * implementation, and one on the Vector API that is loaded only when the engine asks for it (so
 * that the jar runs the same without {@code --add-modules jdk.incubator.vector}). Arguments are
 * checked by the caller.
 */
interface Kernels {
  void sigmoid(double[] x, int xOffset, double[] y, int yOffset, int length);

  void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int length);

  void tanh(double[] x, int xOffset, double[] y, int yOffset, int length);

  void tanh(float[] x, int xOffset, float[] y, int yOffset, int length);
}
