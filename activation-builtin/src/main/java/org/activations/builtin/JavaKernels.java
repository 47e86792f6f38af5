package org.activations.builtin;

/**
 * Plain-Java batch kernels: loops over the exact scalar code. Each element equals the scalar result
 * bit for bit.
 */
final class JavaKernels implements Kernels {
  static final JavaKernels INSTANCE = new JavaKernels();

  private JavaKernels() {}

  @Override
  public void sigmoid(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Sigmoid.sigmoid(x[i]);
    }
  }

  @Override
  public void sigmoid(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Sigmoid.sigmoid(x[i]);
    }
  }

  @Override
  public void tanh(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Tanh.tanh(x[i]);
    }
  }

  @Override
  public void tanh(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Tanh.tanh(x[i]);
    }
  }
}
