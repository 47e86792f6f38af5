package org.activations.analysis;

import java.util.function.DoubleUnaryOperator;

/**
 * Whether a change of g located to adjacent doubles is a jump: g is steady beside it, and it is not
 * a step of g's own rounding. {@link Discontinuities} asks these once bisection has located one.
 */
final class JumpEvidence {
  /** How many brackets beside a located jump must be steady. */
  private static final int SIDE_CHECKS = 3;

  private final DoubleUnaryOperator g;

  JumpEvidence(DoubleUnaryOperator g) {
    this.g = g;
  }

  /**
   * True if the change from fa to fb is one step of a staircase that f's own rounding makes: f's
   * values a few steps away on either side (where the trend has moved f by a few such changes) all
   * differ from fa by whole multiples of the change, and some by other multiples than 0 and 1.
   * hypot(1, x) − 1 near 0 moves in steps of ulp(1) while its values are 1e-13: each step looks like
   * a jump against its ulps. A true jump in a smooth function is not a whole divisor of the
   * function's other differences, and a coarse staircase (a quantised function) has steps far
   * above any rounding: both stay jumps.
   */
  boolean stepOfItsRounding(double a, double fa, double b, double fb, double slope) {
    double change = fb - fa;
    // a rounding step is a few ulps of an intermediate of the size of 1, x or f (hypot(1, x) − 1:
    // ulp(1)); a function quantised on a coarse grid (round(1000x)/1000) has real jumps
    double scale = Math.max(1, Math.max(Math.abs(a), Math.max(Math.abs(fa), Math.abs(fb))));
    if (!(change != 0) || !(Math.abs(change) <= 16 * Math.ulp(scale))) {
      return false;
    }
    // the distance over which f moves by about one change: from the trend where it has one, else
    // (a staircase's trend measured over one flat step is 0) the width of the next step beyond b
    double d = Math.abs(change / slope);
    if (!(d > b - a) || !Double.isFinite(d)) {
      d = b - a;
      for (int k = 0; k < 64 && g.applyAsDouble(b + d) == fb; k++) {
        d *= 2;
      }
    }
    boolean others = false;
    for (int k = 1; k <= SIDE_CHECKS * 2; k++) {
      for (double t : new double[] {a - k * d, b + k * d}) {
        double q = (g.applyAsDouble(t) - fa) / change;
        double whole = Math.rint(q);
        if (!(Math.abs(q - whole) <= 1e-6)) {
          return false;
        }
        others |= whole != 0 && whole != 1;
      }
    }
    return others;
  }

  /**
   * True if f is steady on either side of a jump located to [a, b]: a few brackets further out the
   * values stay within a quarter of the jump. Where the doubles are too coarse for f (sin(x) at
   * 1e300), neighbouring doubles differ as much as a jump, and nothing is located.
   */
  boolean steadySides(double a, double fa, double b, double fb, double change) {
    double w = b - a;
    for (int k = 1; k <= SIDE_CHECKS; k++) {
      if (!(Math.abs(g.applyAsDouble(a - k * w) - fa) <= 0.25 * change)
          || !(Math.abs(g.applyAsDouble(b + k * w) - fb) <= 0.25 * change)) {
        return false;
      }
    }
    return true;
  }
}
