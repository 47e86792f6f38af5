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

  private static double[] table(String name, int length) {
    double[] t = TABLES.get(name);
    if (t == null || t.length != length) {
      throw new IllegalStateException(RESOURCE + ": table " + name + " has "
          + (t == null ? "no section" : t.length + " values") + ", expected " + length
          + "; make the file again with scripts/gaussian_tail_tables.py");
    }
    return t;
  }

  /** Each section: a line "NAME COUNT", then COUNT doubles in hexadecimal; '#' starts a comment. */
  private static Map<String, double[]> read() {
    Map<String, double[]> tables = new HashMap<>();
    try (InputStream in = GaussianTables.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + GaussianTables.class);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      double[] current = null;
      int filled = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] words = line.strip().split("\\s+");
        if (words[0].isEmpty() || words[0].startsWith("#")) {
          continue;
        }
        if (Character.isLetter(words[0].charAt(0))) {
          current = new double[Integer.parseInt(words[1])];
          filled = 0;
          tables.put(words[0], current);
          continue;
        }
        for (String w : words) {
          current[filled++] = Double.parseDouble(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", e);
    }
    return tables;
  }
}
