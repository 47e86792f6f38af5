package org.activations.builtin;

/**
 * Plain-Java batch kernels: loops over the exact scalar code. Each element equals the scalar result
 * bit for bit.
 */
final class JavaKernels implements Kernels {
  static final JavaKernels INSTANCE = new JavaKernels();

  private JavaKernels() {}

  @Override
  public void sigmoid(double[] x, int xOffset, double[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Sigmoid.sigmoid(x[xOffset + i]);
    }
  }

  @Override
  public void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Sigmoid.sigmoid(x[xOffset + i]);
    }
  }

  @Override
  public void tanh(double[] x, int xOffset, double[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Tanh.tanh(x[xOffset + i]);
    }
  }

  @Override
  public void tanh(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Tanh.tanh(x[xOffset + i]);
    }
  }
}
