package org.activations.pack;

import org.activations.Activation;
import org.activations.BatchArguments;

/**
 * A pack function with batch kernels of its own: every argument is checked here, once, before
 * anything is written; then the function's loops run. The backward kernel reads y where the
 * function has the output form and x otherwise. Each kernel's element equals the scalar method's
 * result bit for bit (float elements: the double result rounded once), so the batch calls change
 * speed, never values; the one exception is the vector engine's float forwards of the smooth
 * functions ({@link PackEngine}), within 1 ulp of it.
 *
 * <p>Every kernel indexes x and y with one offset, as the built-ins' {@code CheckedBatch} does: with
 * two, x and y may be one array read and written at different places, a dependence that keeps
 * HotSpot 17's loop scalar. Different offsets go through cache-sized steps: copy, then apply in
 * place.
 */
abstract class KernelActivation implements Activation {
  /** Elements per step when the offsets differ: 16 KiB, so the in-place pass reads from L1. */
  static final int FLOAT_STEP = 4096;

  /** The same for doubles. */
  static final int DOUBLE_STEP = 2048;

  @Override
  public final void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
    BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y, BatchArguments.length(y),
        yOffset, length);
    if (xOffset == yOffset) {
      forward(x, y, yOffset, length);
      return;
    }
    // The ranges do not overlap (checked), so each step's copy leaves x intact.
    for (int done = 0, n; done < length; done += n) {
      n = Math.min(DOUBLE_STEP, length - done);
      System.arraycopy(x, xOffset + done, y, yOffset + done, n);
      forward(y, y, yOffset + done, n);
    }
  }

  @Override
  public final void apply(float[] x, int xOffset, float[] y, int yOffset, int length) {
    BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y, BatchArguments.length(y),
        yOffset, length);
    if (xOffset == yOffset) {
      forward(x, y, yOffset, length);
      return;
    }
    for (int done = 0, n; done < length; done += n) {
      n = Math.min(FLOAT_STEP, length - done);
      System.arraycopy(x, xOffset + done, y, yOffset + done, n);
      forward(y, y, yOffset + done, n);
    }
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

  /** y[i] = f(x[i]) for the {@code length} elements from {@code offset}; arguments checked. */
  abstract void forward(double[] x, double[] y, int offset, int length);

  /** The same in single precision. */
  abstract void forward(float[] x, float[] y, int offset, int length);

  /**
   * gradIn[i] = upstream[i] · f' from {@code in[i]}, which holds y if the function has the output
   * form and x otherwise; arguments already checked.
   */
  abstract void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length);

  /** The same in single precision. */
  abstract void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length);
}
