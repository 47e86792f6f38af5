package org.activations.tools.cli;

import java.util.regex.Pattern;

/**
 * Reads and writes numbers as text: decimal and Java hex-float literals, {@code NaN} and
 * {@code Infinity}; nothing else ({@link Double#parseDouble} alone would also take {@code 1d} and
 * {@code 0x1p0f}, and turn {@code 1e999999} into infinity without a word).
 */
final class NumberText {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern HEX =
      Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+(\\.[0-9a-fA-F]*)?|\\.[0-9a-fA-F]+)[pP][+-]?\\d+");
  private static final Pattern NAN = Pattern.compile("(?i)[+-]?nan");
  private static final Pattern INFINITY = Pattern.compile("(?i)([+-]?)inf(inity)?");
  static final String EXPECTED =
      "expected a decimal (-1.5, 2e-3), a hex float (0x1.8p1), NaN or Infinity";
  private static final int SHOWN = 40;

  private NumberText() {}

  /**
   * The double that {@code text} denotes.
   *
   * @throws IllegalArgumentException with a message naming the text and the expectation
   */
  static double parseDouble(String text) {
    return parse(text.strip(), false);
  }

  /**
   * The float that {@code text} denotes (rounded once from the exact decimal value).
   *
   * @throws IllegalArgumentException with a message naming the text and the expectation
   */
  static float parseFloat(String text) {
    return (float) parse(text.strip(), true);
  }

  private static double parse(String t, boolean asFloat) {
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty line; " + EXPECTED);
    }
    if (NAN.matcher(t).matches()) {
      return Double.NaN;
    }
    var infinity = INFINITY.matcher(t);
    if (infinity.matches()) {
      return infinity.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (!DECIMAL.matcher(t).matches() && !HEX.matcher(t).matches()) {
      throw new IllegalArgumentException(show(t) + " is not a number; " + EXPECTED);
    }
    double v = asFloat ? Float.parseFloat(t) : Double.parseDouble(t);
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException(show(t) + " is outside the " + (asFloat ? "float" : "double")
          + " range (largest finite value "
          + (asFloat ? String.valueOf(Float.MAX_VALUE) : String.valueOf(Double.MAX_VALUE))
          + "); write Infinity for infinity");
    }
    return v;
  }

  /** The text quoted for a message: at most 40 characters, control characters as '?'. */
  static String show(String text) {
    StringBuilder s = new StringBuilder("'");
    int n = Math.min(text.length(), SHOWN);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      s.append(c < 0x20 || c == 0x7f || c == '\uFFFD' || Character.isSurrogate(c) ? '?' : c);
    }
    s.append(text.length() > SHOWN ? "…' (" + text.length() + " characters)" : "'");
    return s.toString();
  }

  /** A double as text that reads back to the same double: shortest decimal, or exact hex. */
  static String format(double v, boolean hex) {
    return hex ? Double.toHexString(v) : Double.toString(v);
  }

  /** A float as text that reads back to the same float. */
  static String format(float v, boolean hex) {
    return hex ? Float.toHexString(v) : Float.toString(v);
  }
}
