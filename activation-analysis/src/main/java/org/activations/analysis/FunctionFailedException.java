package org.activations.analysis;

import org.apiguardian.api.API;

/**
 * Thrown when an activation under analysis throws: names the function, its class and the input, so
 * that a tool can report it and go on with the next function.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
