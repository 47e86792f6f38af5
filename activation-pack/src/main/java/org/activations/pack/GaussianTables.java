package org.activations.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The tables of gelu's double path ({@link GaussianTail}, {@link GaussianFactor}), read once from
 * {@value #RESOURCE}, which {@code activation-pack/scripts/gaussian_tail_tables.py} makes (its
 * docstring says how; edit the script and run it again, not the file). Rs(z) = Φ(−z)·e^(z²/2) and
 * gelu's factor Gs(z) = Rs(z) − z/√(2π) are polynomials of degree 9 on 69 intervals of [0, 40):
 * with u = z + 2, each octave of u is cut in 16, so that an interval's index is read from u's
 * bits. Each row holds the coefficients from degree 9 down to 0, the constant's low part, and the
 * interval's centre mid: the polynomial is in t = z − mid.
 */
final class GaussianTables {
  private GaussianTables() {}

  /** The file of the tables, beside this class. */
  static final String RESOURCE = "gaussian-tables.txt";
  /** Doubles in a row of {@link #R} and {@link #G}. */
  static final int STRIDE = 12;
  /** The rows of {@link #G} that hold Hs, those of [0, 1.5): the first ones. */
  static final int H_ROWS = 12;
  private static final int ROWS = 69;
  /** Entries of the table of 2^(j/64). */
  private static final int EXP2_STEPS = 64;

  private static final Map<String, double[]> TABLES = read();

  /** Rs(z), by interval. */
  static final double[] R = table("R", ROWS * STRIDE);
  /** Hs(z) = Gs(z)/(z − z*) on [0, 1.5), Gs(z) beyond, by interval. */
  static final double[] G = table("G", ROWS * STRIDE);
  /** 2^(j/64) rounded, j = 0 to 63. */
  static final double[] EXP2 = table("EXP2", EXP2_STEPS);
  /** (2^(j/64) − EXP2[j])/EXP2[j], rounded. */
  static final double[] EXP2_LOW = table("EXP2_LOW", EXP2_STEPS);

  /**
   * Reads the tables if they are not read yet (the call initialises this class, which reads them):
   * {@link Gelu} calls it as it is initialised, so that a broken file fails the provider's load
   * with this class's message, and not every call.
   */
  static void load() {
    // the class initialiser has run by now, or thrown
  }

  private static double[] table(String name, int length) {
    double[] t = TABLES.get(name);
    if (t == null || t.length != length) {
      throw broken("table " + name + (t == null ? " is missing" : " has " + t.length
          + " values") + ", expected " + length);
    }
    return t;
  }

  private static Map<String, double[]> read() {
    try (InputStream in = GaussianTables.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw broken("the file is missing beside " + GaussianTables.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", e);
    }
  }

  /**
   * The tables of {@code lines}, by name. Each section is a line "NAME COUNT", then exactly COUNT
   * doubles in hexadecimal; '#' starts a comment line. Anything else (a short or long section, a
   * name given twice, a value before the first name) is refused: gelu must not run on a table
   * padded with zeros.
   *
   * @throws IllegalStateException naming what is wrong
   */
  static Map<String, double[]> parse(BufferedReader lines) throws IOException {
    Map<String, double[]> tables = new HashMap<>();
    String name = null;
    double[] current = new double[0];
    int filled = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String[] words = line.strip().split("\\s+");
      if (words[0].isEmpty() || words[0].startsWith("#")) {
        continue;
      }
      if (Character.isLetter(words[0].charAt(0))) {
        complete(name, current, filled);
        if (words.length != 2 || tables.containsKey(words[0])) {
          throw broken("bad or repeated section line '" + line + "'");
        }
        name = words[0];
        current = new double[count(words[1], line)];
        filled = 0;
        tables.put(name, current);
        continue;
      }
      for (String w : words) {
        if (name == null || filled == current.length) {
          throw broken("value " + w + " outside a section or beyond its count"
              + (name == null ? "" : " (" + name + ")"));
        }
        current[filled++] = number(w);
      }
    }
    complete(name, current, filled);
    return tables;
  }

  private static int count(String word, String line) {
    try {
      return Integer.parseInt(word);
    } catch (NumberFormatException e) {
      throw broken("bad or repeated section line '" + line + "'");
    }
  }

  private static double number(String word) {
    try {
      return Double.parseDouble(word);
    } catch (NumberFormatException e) {
      throw broken("'" + word + "' is not a number");
    }
  }

  private static void complete(String name, double[] values, int filled) {
    if (name != null && filled != values.length) {
      throw broken("table " + name + " holds " + filled + " of its " + values.length + " values");
    }
  }

  private static IllegalStateException broken(String what) {
    return new IllegalStateException(RESOURCE + ": " + what
        + "; make the file again with activation-pack/scripts/gaussian_tail_tables.py");
  }
}
