package org.activations.pack;

import org.activations.Activation;
import org.activations.BatchArguments;

/**
 * A pack function with batch kernels of its own: every argument is checked here, once, before
 * anything is written; then the function's loops run. The backward kernel reads y where the
 * function has the output form and x otherwise. Each kernel's element equals the scalar method's
 * result bit for bit (float elements: the double result rounded once), so the batch calls change
 * speed, never values.
 */
abstract class KernelActivation implements Activation {

  @Override
  public final void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
    BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y, BatchArguments.length(y),
        yOffset, length);
    forward(x, xOffset, y, yOffset, length);
  }

  @Override
  public final void apply(float[] x, int xOffset, float[] y, int yOffset, int length) {
    BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y, BatchArguments.length(y),
        yOffset, length);
    forward(x, xOffset, y, yOffset, length);
  }

  @Override
  public final void backward(double[] x, double[] y, double[] upstream, double[] gradIn,
      int offset, int length) {
    boolean fromOutput = hasDerivativeFromOutput();
    BatchArguments.checkBackward(fromOutput, x, BatchArguments.length(x), y,
        BatchArguments.length(y), upstream, BatchArguments.length(upstream), gradIn,
        BatchArguments.length(gradIn), offset, length);
    backward(fromOutput ? y : x, upstream, gradIn, offset, length);
  }

  @Override
  public final void backward(float[] x, float[] y, float[] upstream, float[] gradIn, int offset,
      int length) {
    boolean fromOutput = hasDerivativeFromOutput();
    BatchArguments.checkBackward(fromOutput, x, BatchArguments.length(x), y,
        BatchArguments.length(y), upstream, BatchArguments.length(upstream), gradIn,
        BatchArguments.length(gradIn), offset, length);
    backward(fromOutput ? y : x, upstream, gradIn, offset, length);
  }

  /** y[yOffset + i] = f(x[xOffset + i]); arguments already checked. */
  abstract void forward(double[] x, int xOffset, double[] y, int yOffset, int length);

  /** The same in single precision. */
  abstract void forward(float[] x, int xOffset, float[] y, int yOffset, int length);

  /**
   * gradIn[i] = upstream[i] · f' from {@code in[i]}, which holds y if the function has the output
   * form and x otherwise; arguments already checked.
   */
  abstract void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length);

  /** The same in single precision. */
  abstract void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length);
}
