package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
/**
 * An activation function f with its derivative: the product that an
 * {@link org.activations.spi.ActivationProvider} creates and an {@link org.activations.registry.ActivationRegistry} hands out.
 *
 * <p>Every method is a pure function of its argument, so an instance can be shared by any number of
 * threads. NaN in gives NaN out; ±∞ give the limits.
 *
 * <p>The derivative comes in two forms, as in the textbook: {@link #derivative(double)} from the
 * input x, and, where the function has one, {@link #derivativeFromOutput(double)} from the output
 * y = f(x), which lets backpropagation reuse a node's stored output. Ask
 * {@link #hasDerivativeFromOutput()} first: a function without the output form refuses the call rather
 * than computing something else.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public interface Activation {

  /**
   * What this function declares about itself.
   *
   * @return its metadata
   */
  ActivationInfo info();

  /**
   * The value f(x).
   *
   * @param x the input
   * @return f(x)
   */
  double apply(double x);

  /**
   * The derivative f'(x) with respect to the input. Where f' is undefined (a kink or a jump, see
   * {@link ActivationInfo#specialPoints()}) it returns the function's convention, documented by the
   * implementation (the seed's: 0).
   *
   * @param x the input
   * @return f'(x)
   */
  double derivative(double x);

  /**
   * True if {@link #derivativeFromOutput(double)} is available.
   *
   * @return true if the metadata declares the output-form formula
   */
  default boolean hasDerivativeFromOutput() {
    return info().hasDerivativeFromOutput();
  }

  /**
   * The derivative f'(x) computed from the output y = f(x) alone.
   *
   * @param y an output of this function
   * @return f'(x) where y = f(x)
   * @throws UnsupportedOperationException if the function has no output-form derivative (see
   *     {@link #hasDerivativeFromOutput()})
   */
  default double derivativeFromOutput(double y) {
    throw new UnsupportedOperationException(info().name()
        + " has no output-form derivative: f' cannot be computed from y alone; call derivative(x)"
        + " with the input instead");
  }

  /**
   * f(x) in single precision; the default rounds the double result once. (Named apart from
   * {@code apply} so that {@code apply(1)} with an int argument stays in double precision.)
   *
   * @param x the input
   * @return f(x) rounded to float
   */
  default float applyFloat(float x) {
    return (float) apply((double) x);
  }

  /**
   * f'(x) in single precision; the default rounds the double result once.
   *
   * @param x the input
   * @return f'(x) rounded to float
   */
  default float derivativeFloat(float x) {
    return (float) derivative((double) x);
  }

  /**
   * f' from the output y in single precision; the default rounds the double result once.
   *
   * @param y an output of this function
   * @return f' at the input whose output is y, rounded to float
   * @throws UnsupportedOperationException if the function has no output-form derivative
   */
  default float derivativeFromOutputFloat(float y) {
    return (float) derivativeFromOutput((double) y);
  }

  /**
   * Applies f to {@code length} elements: {@code y[yOffset + i] = f(x[xOffset + i])}. In place is
   * allowed (the same array and offset). Every element equals {@link #apply(double)} of it, bit for
   * bit, unless the function documents a vectorised kernel and its bound.
   *
   * @param x the inputs
   * @param xOffset the index of the first input
   * @param y receives the outputs
   * @param yOffset the index of the first output
   * @param length the number of elements
   * @throws NullPointerException if an array is null
   * @throws IndexOutOfBoundsException if a range lies outside its array (nothing is written)
   * @throws IllegalArgumentException if x and y are the same array at overlapping, different offsets
   */
  default void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
    BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y, BatchArguments.length(y), yOffset, length);
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = apply(x[xOffset + i]);
    }
  }

  /**
   * Applies f to {@code length} floats; see {@link #apply(double[], int, double[], int, int)}. Every
   * element equals {@link #applyFloat(float)} of it unless a vectorised kernel documents its bound.
   *
   * @param x the inputs
   * @param xOffset the index of the first input
   * @param y receives the outputs
   * @param yOffset the index of the first output
   * @param length the number of elements
   * @throws NullPointerException if an array is null
   * @throws IndexOutOfBoundsException if a range lies outside its array (nothing is written)
   * @throws IllegalArgumentException if x and y are the same array at overlapping, different offsets
   */
  default void apply(float[] x, int xOffset, float[] y, int yOffset, int length) {
    BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y, BatchArguments.length(y), yOffset, length);
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = applyFloat(x[xOffset + i]);
    }
  }

  /**
   * The fused backward pass of a layer: {@code gradIn[i] = upstream[i] · f'} for the {@code length}
   * elements from {@code offset} of every array, with f' computed from the output y where the
   * function has the output form ({@code x} may then be null) and from the input x otherwise
   * ({@code y} may then be null). {@code gradIn} may be {@code upstream} (in place). Every element
   * equals {@code upstream[i] * derivativeFromOutput(y[i])} (or {@code * derivative(x[i])}), bit
   * for bit.
   *
   * @param x the inputs (may be null when f' is computed from the outputs)
   * @param y the outputs f(x) (may be null when f' is computed from the inputs)
   * @param upstream the gradient of the loss with respect to each output
   * @param gradIn receives the gradient with respect to each input
   * @param offset the index of the first element in every array
   * @param length the number of elements
   * @throws NullPointerException if an array that is needed is null
   * @throws IndexOutOfBoundsException if the range lies outside an array (nothing is written)
   */
  default void backward(double[] x, double[] y, double[] upstream, double[] gradIn, int offset,
      int length) {
    boolean fromOutput = hasDerivativeFromOutput();
    BatchArguments.checkBackward(fromOutput, x, BatchArguments.length(x), y, BatchArguments.length(y), upstream,
        BatchArguments.length(upstream), gradIn, BatchArguments.length(gradIn), offset, length);
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * (fromOutput ? derivativeFromOutput(y[i]) : derivative(x[i]));
    }
  }

  /**
   * The fused backward pass in single precision; see
   * {@link #backward(double[], double[], double[], double[], int, int)}.
   *
   * @param x the inputs (may be null when f' is computed from the outputs)
   * @param y the outputs f(x) (may be null when f' is computed from the inputs)
   * @param upstream the gradient of the loss with respect to each output
   * @param gradIn receives the gradient with respect to each input
   * @param offset the index of the first element in every array
   * @param length the number of elements
   * @throws NullPointerException if an array that is needed is null
   * @throws IndexOutOfBoundsException if the range lies outside an array (nothing is written)
   */
  default void backward(float[] x, float[] y, float[] upstream, float[] gradIn, int offset,
      int length) {
    boolean fromOutput = hasDerivativeFromOutput();
    BatchArguments.checkBackward(fromOutput, x, BatchArguments.length(x), y, BatchArguments.length(y), upstream,
        BatchArguments.length(upstream), gradIn, BatchArguments.length(gradIn), offset, length);
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i]
          * (fromOutput ? derivativeFromOutputFloat(y[i]) : derivativeFloat(x[i]));
    }
  }

  /**
   * How this function computes its batch operations, in a few words for tools to show: for the
   * built-ins, which kernels run and why; by default, whether the class has batch kernels of its own
   * or which operations run the interface's scalar loops (one virtual call per element).
   *
   * @return a short description, such as {@code "batch kernels of its own"} or
   *     {@code "the interface's scalar loops for apply(float[]), apply(double[])"}
   * @since 0.1
   */
  default String describeImplementation() {
    StringBuilder inherited = new StringBuilder();
    for (Class<?> type : new Class<?>[] {float[].class, double[].class}) {
      for (String method : new String[] {"apply", "backward"}) {
        Class<?>[] parameters = method.equals("apply")
            ? new Class<?>[] {type, int.class, type, int.class, int.class}
            : new Class<?>[] {type, type, type, type, int.class, int.class};
        try {
          if (getClass().getMethod(method, parameters).getDeclaringClass() == Activation.class) {
            inherited.append(inherited.length() == 0 ? "" : ", ").append(method).append('(')
                .append(type.getComponentType()).append("[])");
          }
        } catch (NoSuchMethodException e) {
          throw new AssertionError("every Activation has " + method, e);
        }
      }
    }
    return inherited.length() == 0 ? "batch kernels of its own"
        : "the interface's scalar loops for " + inherited;
  }

  /**
   * The canonical spec that names this function and its parameters, such that the registry gives an
   * identical function back for it: the bare name for a function without parameters.
   *
   * @return the spec, for example {@code leaky_relu(alpha=0.2)}
   */
  default String spec() {
    return info().name();
  }
}
