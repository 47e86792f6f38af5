package org.activations.analysis;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in evidence text: short, exact where it matters, the same on every run. */
final class Numbers {
  private Numbers() {}

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
}
