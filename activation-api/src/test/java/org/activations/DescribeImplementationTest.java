package org.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The default description of how a function computes its batch operations. */
class DescribeImplementationTest {

  /** Scalar methods only. */
  static class ScalarOnly implements Activation {
    @Override
    public ActivationInfo info() {
      throw new UnsupportedOperationException();
    }

    @Override
    public double apply(double x) {
      return x;
    }

    @Override
    public double derivative(double x) {
      return 1;
    }
  }

  /** Its own float forward kernel, nothing else. */
  static final class FloatForwardOnly extends ScalarOnly {
    @Override
    public void apply(float[] x, int xOffset, float[] y, int yOffset, int length) {
      System.arraycopy(x, xOffset, y, yOffset, length);
    }
  }

  /** Every batch method of its own. */
  static final class AllKernels extends ScalarOnly {
    @Override
    public void apply(float[] x, int xOffset, float[] y, int yOffset, int length) {}

    @Override
    public void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {}

    @Override
    public void backward(float[] x, float[] y, float[] upstream, float[] gradIn, int offset,
        int length) {}

    @Override
    public void backward(double[] x, double[] y, double[] upstream, double[] gradIn, int offset,
        int length) {}
  }

  @Test
  void namesTheOperationsThatRunTheInterfacesScalarLoops() {
    assertEquals("the interface's scalar loops for apply(float[]), backward(float[]),"
        + " apply(double[]), backward(double[])", new ScalarOnly().describeImplementation());
    assertEquals("the interface's scalar loops for backward(float[]), apply(double[]),"
        + " backward(double[])", new FloatForwardOnly().describeImplementation());
    assertEquals("batch kernels of its own", new AllKernels().describeImplementation());
  }
}
