package org.activations.corpus;

/**
 * The smooth bump b(t) = exp(1 − 1/(1 − t²)) for |t| &lt; 1, 0 outside (C^∞, height 1 at t = 0,
 * steepest slope about 1.23 per unit of t): planted on narrow bands so that a flaw changes no
 * continuity order.
 */
final class Bump {
  private Bump() {}

  /** The bump of height 1 centred at {@code centre}, zero outside centre ± halfWidth. */
  static double value(double x, double centre, double halfWidth) {
    double t = (x - centre) / halfWidth;
    if (!(Math.abs(t) < 1)) {
      return 0;
    }
    return Math.exp(1 - 1 / (1 - t * t));
  }

  /** The derivative with respect to x of {@link #value(double, double, double)}. */
  static double slope(double x, double centre, double halfWidth) {
    double t = (x - centre) / halfWidth;
    if (!(Math.abs(t) < 1)) {
      return 0;
    }
    double s = 1 - t * t;
    return Math.exp(1 - 1 / s) * (-2 * t / (s * s)) / halfWidth;
  }
}
