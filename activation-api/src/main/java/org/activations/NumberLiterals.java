package org.activations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The one grammar and the one formatter of numbers as text, shared by activation specs, metadata and
 * the command line: decimal and Java hex-float literals, {@code NaN}, {@code Infinity} ({@code inf},
 * {@code ∞}) with an optional sign; nothing else ({@link Double#parseDouble} alone would also take
 * {@code 1d} and {@code 0x1p0f}, and turn {@code 1e999999} into infinity without a word).
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NumberLiterals {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern HEX =
      Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+(\\.[0-9a-fA-F]*)?|\\.[0-9a-fA-F]+)[pP][+-]?\\d+");
  private static final Pattern NAN = Pattern.compile("(?i)[+-]?nan");
  private static final Pattern INFINITY = Pattern.compile("(?i)([+-]?)(inf(inity)?|∞)");
  private static final int SHOWN = 40;

  /** What the grammar accepts, for messages: {@value}. */
  public static final String EXPECTED =
      "expected a decimal (-1.5, 2e-3), a hex float (0x1.8p1), NaN or Infinity";

  private NumberLiterals() {}

  /**
   * The double that {@code text} denotes; white space around it is ignored.
   *
   * @param text the literal
   * @return its value, rounded once
   * @throws IllegalArgumentException if {@code text} is empty, not a literal of this grammar, or a
   *     finite literal too large for a double; the message names the text and the expectation
   */
  public static double parseDouble(String text) {
    return parse(text.strip(), false);
  }

  /**
   * The float that {@code text} denotes, rounded once from the exact value of the literal.
   *
   * @param text the literal
   * @return its value, rounded once
   * @throws IllegalArgumentException if {@code text} is empty, not a literal of this grammar, or a
   *     finite literal too large for a float; the message names the text and the expectation
   */
  public static float parseFloat(String text) {
    return (float) parse(text.strip(), true);
  }

  private static double parse(String t, boolean asFloat) {
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty number; " + EXPECTED);
    }
    if (NAN.matcher(t).matches()) {
      return Double.NaN;
    }
    var infinity = INFINITY.matcher(t);
    if (infinity.matches()) {
      return infinity.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (!DECIMAL.matcher(t).matches() && !HEX.matcher(t).matches()) {
      throw new IllegalArgumentException(quote(t) + " is not a number; " + EXPECTED);
    }
    double v = asFloat ? Float.parseFloat(t) : Double.parseDouble(t);
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException(quote(t) + " is outside the " + (asFloat ? "float" : "double")
          + " range (largest finite value "
          + (asFloat ? String.valueOf(Float.MAX_VALUE) : String.valueOf(Double.MAX_VALUE))
          + "); write Infinity for infinity");
    }
    return v;
  }

  /**
   * A number as metadata text, which this grammar reads back: integers below 10<sup>15</sup> without
   * a fraction ({@code 1}), infinities as {@code ∞} and {@code -∞}, anything else as
   * {@link Double#toString(double)}.
   *
   * @param v the number
   * @return its text
   */
  public static String format(double v) {
    if (v == Double.POSITIVE_INFINITY) {
      return "∞";
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return "-∞";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /**
   * User text quoted for a message: at most 40 characters, control characters as {@code ?}.
   *
   * @param text the text as given
   * @return the text in single quotes, cut after 40 characters with its length
   */
  public static String quote(String text) {
    StringBuilder s = new StringBuilder("'");
    int n = Math.min(text.length(), SHOWN);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      s.append(c < 0x20 || c == 0x7f || c == '\uFFFD' || Character.isSurrogate(c) ? '?' : c);
    }
    s.append(text.length() > SHOWN ? "…' (" + text.length() + " characters)" : "'");
    return s.toString();
  }
}
