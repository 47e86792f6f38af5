package org.activations.analysis;

import org.apiguardian.api.API;

/**
 * A located discontinuity: a jump of f, of f', or of f''.
 *
 * @param x where it is, to within the bisection's resolution
 * @param order 0 for a jump of f, 1 for a jump of f' (a kink), 2 for a jump of f''
 * @param left the value of f (order 0) or of its slope (order 1, 2) just left of x
 * @param right the value just right of x
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Discontinuity(double x, int order, double left, double right) {

  /** What jumps: {@code f}, {@code f'} or {@code f''}. */
  public String what() {
    return order == 0 ? "f" : order == 1 ? "f'" : "f''";
  }

  @Override
  public String toString() {
    return what() + " jumps at x = " + Numbers.exact(x) + " (" + Numbers.exact(left) + " → "
        + Numbers.exact(right) + ")";
  }
}
