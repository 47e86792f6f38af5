package org.activations.pack;

/** The few numerical pieces several functions of the pack share. */
final class PackMath {
  private PackMath() {}

  /** σ(x) = 1 / (1 + e^-x), sign-split so that the exponential never overflows. */
  static double sigmoid(double x) {
    double e = Math.exp(-Math.abs(x));
    return x >= 0 ? 1 / (1 + e) : e / (1 + e);
  }

  /** log(1 + e^x), without overflow and without losing the small values for x below 0. */
  static double softplus(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }

  /** The minimum of {@code f} on [a, b] by golden-section search, to the last bits. */
  static double minimum(java.util.function.DoubleUnaryOperator f, double a, double b) {
    double g = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 200 && b - a > 1e-15; i++) {
      double c = b - g * (b - a);
      double d = a + g * (b - a);
      if (f.applyAsDouble(c) < f.applyAsDouble(d)) {
        b = d;
      } else {
        a = c;
      }
    }
    double best = Double.POSITIVE_INFINITY;
    for (double x = a - 1e-9; x <= b + 1e-9; x += 1e-11) {
      best = Math.min(best, f.applyAsDouble(x));
    }
    return best;
  }
}
