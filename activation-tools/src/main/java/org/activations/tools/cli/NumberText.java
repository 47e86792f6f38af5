package org.activations.tools.cli;

import org.activations.NumberLiterals;

/**
 * Numbers in command-line input and output: the API's one number grammar ({@link NumberLiterals}),
 * with the command line's message for an empty input line.
 */
final class NumberText {
  static final String EXPECTED = NumberLiterals.EXPECTED;

  private NumberText() {}

  /**
   * The double that {@code text} denotes.
   *
   * @throws IllegalArgumentException with a message naming the text and the expectation
   */
  static double parseDouble(String text) {
    return NumberLiterals.parseDouble(nonBlank(text));
  }

  /**
   * The float that {@code text} denotes (rounded once from the exact decimal value).
   *
   * @throws IllegalArgumentException with a message naming the text and the expectation
   */
  static float parseFloat(String text) {
    return NumberLiterals.parseFloat(nonBlank(text));
  }

  private static String nonBlank(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty line; " + EXPECTED);
    }
    return text;
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
