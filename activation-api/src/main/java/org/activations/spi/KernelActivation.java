package org.activations.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.activations.Activation;
import org.activations.BatchArguments;
import org.apiguardian.api.API;

/**
 * A base for functions with batch kernels of their own: the four batch operations check every
 * argument once, before anything is written (a refused call leaves the output untouched), then run
 * the subclass's kernels, which see checked arguments and one offset.
 *
 * <p>Every kernel indexes its arrays with one offset. With two ({@code y[yOffset + i] =
 * f(x[xOffset + i])}), x and y may be one array read and written at different places, a dependence
 * between iterations that keeps HotSpot 17's loop scalar: the built-in relu ran at 2 × and the
 * binary step at 5 × {@code System.arraycopy} that way (docs/performance.md). With one index, each
 * element is read and written at the same place. Different offsets go through cache-sized steps
 * instead: copy, then apply in place.
 *
 * <p>The backward kernel reads y where the function has the output form
 * ({@link #hasDerivativeFromOutput()}) and x otherwise.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class KernelActivation implements Activation {
  /**
   * Floats per step when the offsets differ: 16 KiB, so that the in-place pass reads from L1. A
   * kernel that works in steps of its own may take the same.
   */
  protected static final int FLOAT_STEP = 4096;

  /** Doubles per step when the offsets differ (16 KiB). */
  protected static final int DOUBLE_STEP = 2048;

  /** For subclasses. */
  protected KernelActivation() {}

  /** The function's {@linkplain #spec() spec}, as the registry reads it back. */
  @Override
  public String toString() {
    return spec();
  }

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

  /**
   * The forward kernel: y[i] = f(x[i]) for the {@code length} elements from {@code offset}.
   *
   * @param x the inputs, checked; may be {@code y}
   * @param y the outputs
   * @param offset the first element, in both arrays
   * @param length the number of elements
   */
  protected abstract void forward(double[] x, double[] y, int offset, int length);

  /**
   * The forward kernel in single precision.
   *
   * @param x the inputs, checked; may be {@code y}
   * @param y the outputs
   * @param offset the first element, in both arrays
   * @param length the number of elements
   */
  protected abstract void forward(float[] x, float[] y, int offset, int length);

  /**
   * The backward kernel: gradIn[i] = upstream[i] · f' from {@code in[i]}.
   *
   * @param in y where the function has the output form, x otherwise; checked
   * @param upstream the gradient arriving from the next layer
   * @param gradIn the gradient to write; may be {@code upstream} or {@code in}
   * @param offset the first element, in every array
   * @param length the number of elements
   */
  protected abstract void backward(double[] in, double[] upstream, double[] gradIn, int offset,
      int length);

  /**
   * The backward kernel in single precision.
   *
   * @param in y where the function has the output form, x otherwise; checked
   * @param upstream the gradient arriving from the next layer
   * @param gradIn the gradient to write; may be {@code upstream} or {@code in}
   * @param offset the first element, in every array
   * @param length the number of elements
   */
  protected abstract void backward(float[] in, float[] upstream, float[] gradIn, int offset,
      int length);
}
