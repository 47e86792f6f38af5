package org.activations;

/**
 * An activation function f with its derivative: the product that an
 * {@link org.activations.spi.ActivationProvider} creates and an {@link ActivationRegistry} hands out.
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
public interface Activation {

  /** What this function declares about itself. */
  ActivationInfo info();

  /** The value f(x). */
  double apply(double x);

  /**
   * The derivative f'(x) with respect to the input. Where f' is undefined (a kink or a jump, see
   * {@link ActivationInfo#specialPoints()}) it returns the function's convention, documented by the
   * implementation (the seed's: 0).
   */
  double derivative(double x);

  /** True if {@link #derivativeFromOutput(double)} is available. */
  default boolean hasDerivativeFromOutput() {
    return info().hasDerivativeFromOutput();
  }

  /**
   * The derivative f'(x) computed from the output y = f(x) alone.
   *
   * @param y an output of this function
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
   */
  default float applyFloat(float x) {
    return (float) apply((double) x);
  }

  /** f'(x) in single precision; the default rounds the double result once. */
  default float derivativeFloat(float x) {
    return (float) derivative((double) x);
  }

  /**
   * f' from the output y in single precision; the default rounds the double result once.
   *
   * @throws UnsupportedOperationException if the function has no output-form derivative
   */
  default float derivativeFromOutputFloat(float y) {
    return (float) derivativeFromOutput((double) y);
  }

  /**
   * The canonical spec that names this function and its parameters, such that the registry gives an
   * identical function back for it: the bare name for a function without parameters.
   */
  default String spec() {
    return info().name();
  }
}
