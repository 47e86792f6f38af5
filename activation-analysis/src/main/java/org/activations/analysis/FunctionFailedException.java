package org.activations.analysis;

/**
 * Thrown when an activation under analysis throws: names the function, its class and the input, so
 * that a tool can report it and go on with the next function.
 */
public final class FunctionFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String function;
  private final double x;

  FunctionFailedException(String function, String className, String what, double x,
      RuntimeException cause) {
    super(function + " (" + className + ") threw from " + what + " at x = " + x + ": " + cause,
        cause);
    this.function = function;
    this.x = x;
  }

  /** The function's spec. */
  public String function() {
    return function;
  }

  /** The input at which it threw. */
  public double x() {
    return x;
  }
}
