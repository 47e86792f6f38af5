package org.activations.analysis;

/**
 * A measured discontinuity: a jump of f, of f', or of f'', located by bisection.
 *
 * @param x where it is, to within {@link DiscontinuityFinder#RESOLUTION}
 * @param order 0 for a jump of f, 1 for a jump of f' (a kink), 2 for a jump of f''
 * @param left the value of f, f' or f'' just left of x
 * @param right the value just right of x
 */
public record Discontinuity(double x, int order, double left, double right) {

  /** What jumps: {@code f}, {@code f'} or {@code f''}. */
  public String what() {
    return order == 0 ? "f" : order == 1 ? "f'" : "f''";
  }

  @Override
  public String toString() {
    return what() + " jumps at x = " + Numbers.show(x) + " (" + Numbers.show(left) + " → "
        + Numbers.show(right) + ")";
  }
}
