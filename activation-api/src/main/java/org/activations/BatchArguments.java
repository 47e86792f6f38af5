package org.activations;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The argument checks of the batch operations, for kernels that override them: every array and
 * range is checked before anything is written, with the JDK's standard exception messages.
 *
 * @since 0.1
 */
@API(status = MAINTAINED, since = "0.1")
public final class BatchArguments {
  private BatchArguments() {}

  /**
   * Checks a forward call {@code out[outOffset..] = f(in[inOffset..])}.
   *
   * @param in the input array
   * @param inLength its length
   * @param inOffset the index of its first element
   * @param out the output array
   * @param outLength its length
   * @param outOffset the index of its first element
   * @param length the number of elements
   * @throws NullPointerException if an array is null
   * @throws IndexOutOfBoundsException if a range lies outside its array
   * @throws IllegalArgumentException if in and out are one array at overlapping, different offsets
   */
  public static void checkForward(Object in, int inLength, int inOffset, Object out, int outLength,
      int outOffset, int length) {
    Objects.requireNonNull(in, "input array");
    Objects.requireNonNull(out, "output array");
    Objects.checkFromIndexSize(inOffset, length, inLength);
    Objects.checkFromIndexSize(outOffset, length, outLength);
    if (in == out && inOffset != outOffset
        && Math.abs((long) inOffset - outOffset) < length) {
      throw new IllegalArgumentException("input and output overlap at different offsets ("
          + inOffset + " and " + outOffset + "); for in place, give the same array and offset");
    }
  }

  /**
   * Checks a backward call on {@code length} elements from {@code offset}: y (or x, when the
   * derivative is computed from the input), upstream and gradIn.
   *
   * @param fromOutput true if f' is computed from the outputs y, false if from the inputs x
   * @param x the inputs, or null
   * @param xLength their length
   * @param y the outputs, or null
   * @param yLength their length
   * @param upstream the upstream gradients
   * @param upstreamLength their length
   * @param gradIn the array that receives the gradients
   * @param gradInLength its length
   * @param offset the index of the first element in every array
   * @param length the number of elements
   * @throws NullPointerException if an array that is needed is null
   * @throws IndexOutOfBoundsException if the range lies outside an array
   */
  public static void checkBackward(boolean fromOutput, Object x, int xLength, Object y, int yLength,
      Object upstream, int upstreamLength, Object gradIn, int gradInLength, int offset, int length) {
    if (fromOutput) {
      Objects.requireNonNull(y, "outputs array y (this function's backward reads y)");
      Objects.checkFromIndexSize(offset, length, yLength);
    } else {
      Objects.requireNonNull(x, "inputs array x (this function's backward reads x)");
      Objects.checkFromIndexSize(offset, length, xLength);
    }
    Objects.requireNonNull(upstream, "upstream gradient array");
    Objects.requireNonNull(gradIn, "gradIn array");
    Objects.checkFromIndexSize(offset, length, upstreamLength);
    Objects.checkFromIndexSize(offset, length, gradInLength);
  }

  /**
   * The length of {@code a}, or 0 for null (the null is reported by the checks).
   *
   * @param a an array, or null
   * @return its length, or 0 for null
   */
  public static int length(double[] a) {
    return a == null ? 0 : a.length;
  }

  /**
   * The length of {@code a}, or 0 for null (the null is reported by the checks).
   *
   * @param a an array, or null
   * @return its length, or 0 for null
   */
  public static int length(float[] a) {
    return a == null ? 0 : a.length;
  }
}
