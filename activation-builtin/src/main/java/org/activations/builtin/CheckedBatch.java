package org.activations.builtin;

import org.activations.Activation;
import org.activations.BatchArguments;

/**
 * The batch operations of the built-ins: every argument checked once here, before anything is
 * written, then the function's own kernel. All five built-ins have the output form, so their backward
 * passes read y.
 */
abstract class CheckedBatch implements Activation {

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
  public final void backward(double[] x, double[] y, double[] upstream, double[] gradIn, int offset,
      int length) {
    BatchArguments.checkBackward(true, x, BatchArguments.length(x), y, BatchArguments.length(y),
        upstream, BatchArguments.length(upstream), gradIn, BatchArguments.length(gradIn), offset,
        length);
    backwardFromOutput(y, upstream, gradIn, offset, length);
  }

  @Override
  public final void backward(float[] x, float[] y, float[] upstream, float[] gradIn, int offset,
      int length) {
    BatchArguments.checkBackward(true, x, BatchArguments.length(x), y, BatchArguments.length(y),
        upstream, BatchArguments.length(upstream), gradIn, BatchArguments.length(gradIn), offset,
        length);
    backwardFromOutput(y, upstream, gradIn, offset, length);
  }

  /** y[yOffset + i] = f(x[xOffset + i]), arguments already checked. */
  abstract void forward(double[] x, int xOffset, double[] y, int yOffset, int length);

  /** The same in single precision. */
  abstract void forward(float[] x, int xOffset, float[] y, int yOffset, int length);

  /** gradIn[i] = upstream[i] · f'(y[i]) from offset, arguments already checked. */
  abstract void backwardFromOutput(double[] y, double[] upstream, double[] gradIn, int offset,
      int length);

  /** The same in single precision. */
  abstract void backwardFromOutput(float[] y, float[] upstream, float[] gradIn, int offset,
      int length);
}
