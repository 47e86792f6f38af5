package org.activations.builtin;

import org.activations.Activation;
import org.activations.BatchArguments;

/**
 * The batch operations of the built-ins: every argument checked once here, before anything is
 * written, then the function's own kernel. All five built-ins have the output form, so their backward
 * passes read y.
 *
 * <p>Every kernel indexes its arrays with one offset. With two ({@code y[yOffset + i] =
 * f(x[xOffset + i])}) x and y may be one array read and written at different places, a dependence
 * between iterations that forbids vectorising, and HotSpot 17's C2 cannot rule it out: it keeps such
 * a loop scalar whenever it compiles the kernel without constant offsets, which is always the case
 * for long arrays (a few long calls never make the caller hot enough to inline the kernel) and for
 * a call site shared by several functions. That loop ran relu at 2× and the binary step at 5×
 * {@code System.arraycopy} on 8 Mi floats; docs/performance.md has the evidence. With one index,
 * each element is read and written at the same place, so no dependence crosses iterations. Different
 * offsets go through cache-sized steps instead: copy, then apply in place.
 */
abstract class CheckedBatch implements Activation {
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
    // The ranges do not overlap (checked), so each step's copy leaves x intact.
    for (int done = 0, n; done < length; done += n) {
      n = Math.min(FLOAT_STEP, length - done);
      System.arraycopy(x, xOffset + done, y, yOffset + done, n);
      forward(y, y, yOffset + done, n);
    }
  }

  /** Plain-Java kernels; sigmoid and tanh say which of their kernels run. */
  @Override
  public String describeImplementation() {
    return "java kernels";
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

  /**
   * y[i] = f(x[i]) for the {@code length} elements from {@code offset}, arguments already checked;
   * x may be y.
   */
  abstract void forward(double[] x, double[] y, int offset, int length);

  /** The same in single precision. */
  abstract void forward(float[] x, float[] y, int offset, int length);

  /** gradIn[i] = upstream[i] · f'(y[i]) from offset, arguments already checked. */
  abstract void backwardFromOutput(double[] y, double[] upstream, double[] gradIn, int offset,
      int length);

  /** The same in single precision. */
  abstract void backwardFromOutput(float[] y, float[] upstream, float[] gradIn, int offset,
      int length);
}
