package org.activations.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.activations.ActivationInfo;
import org.junit.jupiter.api.Test;

/**
 * The SPI's base for batch kernels: arguments checked before anything is written, one offset for
 * the kernels (different offsets in steps, through y), and the backward kernel reading y for the
 * output form and x otherwise.
 */
class KernelActivationTest {

  /** f(x) = 2x + 1; f' = 2 from x, or y from the output when {@code fromOutput}. */
  static final class Doubling extends KernelActivation {
    private final boolean fromOutput;

    Doubling(boolean fromOutput) {
      this.fromOutput = fromOutput;
    }

    @Override
    public ActivationInfo info() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasDerivativeFromOutput() {
      return fromOutput;
    }

    @Override
    public double apply(double x) {
      return 2 * x + 1;
    }

    @Override
    public double derivative(double x) {
      return 2;
    }

    @Override
    protected void forward(double[] x, double[] y, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        y[i] = 2 * x[i] + 1;
      }
    }

    @Override
    protected void forward(float[] x, float[] y, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        y[i] = 2 * x[i] + 1;
      }
    }

    /** gradIn = upstream · in: shows which array the kernel was given. */
    @Override
    protected void backward(double[] in, double[] upstream, double[] gradIn, int offset,
        int length) {
      for (int i = offset; i < offset + length; i++) {
        gradIn[i] = upstream[i] * in[i];
      }
    }

    @Override
    protected void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        gradIn[i] = upstream[i] * in[i];
      }
    }
  }

  @Test
  void differentOffsetsGoThroughStepsAndGiveEveryElement() {
    int n = 3 * KernelActivation.FLOAT_STEP + 5;
    float[] x = new float[n + 7];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    float[] y = new float[n + 3];
    new Doubling(false).apply(x, 7, y, 3, n);
    for (int i = 0; i < n; i++) {
      assertEquals(2f * (i + 7) + 1, y[3 + i], "element " + i);
    }
    double[] xd = new double[2 * KernelActivation.DOUBLE_STEP + 9];
    for (int i = 0; i < xd.length; i++) {
      xd[i] = i;
    }
    double[] yd = new double[xd.length + 1];
    new Doubling(false).apply(xd, 0, yd, 1, xd.length);
    for (int i = 0; i < xd.length; i++) {
      assertEquals(2.0 * i + 1, yd[1 + i], "element " + i);
    }
  }

  @Test
  void aRefusedCallWritesNothing() {
    float[] x = {1, 2, 3};
    float[] y = {9, 9, 9};
    assertThrows(IndexOutOfBoundsException.class, () -> new Doubling(false).apply(x, 1, y, 0, 3));
    assertArrayEquals(new float[] {9, 9, 9}, y);
    double[] grad = {9, 9, 9};
    assertThrows(RuntimeException.class, () -> new Doubling(false)
        .backward(new double[3], new double[3], new double[2], grad, 0, 3));
    assertArrayEquals(new double[] {9, 9, 9}, grad);
  }

  @Test
  void theBackwardKernelReadsYForTheOutputFormAndXOtherwise() {
    double[] x = {1, 2};
    double[] y = {10, 20};
    double[] upstream = {1, 1};
    double[] grad = new double[2];
    new Doubling(true).backward(x, y, upstream, grad, 0, 2);
    assertArrayEquals(y, grad);
    new Doubling(false).backward(x, y, upstream, grad, 0, 2);
    assertArrayEquals(x, grad);
  }

  @Test
  void itsSubclassesHaveBatchKernelsOfTheirOwn() {
    assertEquals("batch kernels of its own", new Doubling(false).describeImplementation());
  }
}
