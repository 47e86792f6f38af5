package org.activations.analysis;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in evidence text: short, exact where it matters, the same on every run. */
final class Numbers {
  private Numbers() {}

  /**
   * Every digit needed to tell v from its neighbouring doubles (Java's shortest round-trip form), so
   * that 1.0000001 never prints as 1; plain notation for moderate magnitudes; ±∞ as such.
   */
  static String exact(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    if (v == 0) {
      return 1 / v < 0 ? "-0" : "0";
    }
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e9) {
      return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
    return Double.toString(v).replace("E", "e");
  }

  /** Up to 4 significant digits; integers and zero plain; ±∞ as such. */
  static String show(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    if (v == 0) {
      return "0";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    BigDecimal rounded = new BigDecimal(v).round(new MathContext(4));
    if (a >= 1e-4 && a < 1e9) {
      return rounded.stripTrailingZeros().toPlainString();
    }
    String s = String.format(java.util.Locale.ROOT, "%.3e", v);
    return s.replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
  }

  /** The shortest decimal in [a, b] (a located point: 0 rather than 1.2e-17), else the middle. */
  static double snap(double a, double b) {
    if (a <= 0 && b >= 0) {
      return 0.0;
    }
    for (int digits = 1; digits <= 17; digits++) {
      double mid = 0.5 * (a + b);
      double r = new BigDecimal(mid).round(new MathContext(digits)).doubleValue();
      if (r >= a && r <= b) {
        return r + 0.0;
      }
    }
    return 0.5 * (a + b) + 0.0;
  }
}
