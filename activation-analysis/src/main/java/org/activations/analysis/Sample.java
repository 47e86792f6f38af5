package org.activations.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The points at which properties are measured: a dense grid on the central window, a logarithmic
 * sweep out to ±1e300 and the limits ±∞, and a fine grid around every special point.
 */
final class Sample {
  /** Steps of the central grid: 12,000 steps of 0.001 on [-6, 6]. */
  static final int GRID_STEPS = 12_000;
  /** Decades per side of the logarithmic sweep, in steps of 1/4 decade from 1e-300 to 1e300. */
  private static final int SWEEP_STEPS = 2400;

  private Sample() {}

  /** The central grid: x_i = lo + (hi − lo)·i/n, which hits 0 exactly on a symmetric window. */
  static double[] grid(double lo, double hi, int steps) {
    double[] x = new double[steps + 1];
    for (int i = 0; i <= steps; i++) {
      x[i] = lo + (hi - lo) * i / steps;
    }
    x[0] = lo;
    x[steps] = hi;
    return x;
  }

  /** ±10^k for k from −300 to 300 in quarter decades, ±MAX_VALUE, ±∞ and 0. */
  static double[] sweep() {
    TreeSet<Double> xs = new TreeSet<>();
    for (int i = 0; i <= SWEEP_STEPS; i++) {
      double m = Math.pow(10, -300 + 600.0 * i / SWEEP_STEPS);
      xs.add(m);
      xs.add(-m);
    }
    xs.addAll(List.of(0.0, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The sorted union of the window grid, the sweep and fine grids around {@code specials}. */
  static double[] all(double lo, double hi, List<Double> specials) {
    TreeSet<Double> xs = new TreeSet<>();
    for (double x : grid(lo, hi, GRID_STEPS)) {
      xs.add(x + 0.0);
    }
    for (double x : sweep()) {
      xs.add(x + 0.0);
    }
    for (double p : specials) {
      for (double x : grid(p - 1e-3, p + 1e-3, 200)) {
        xs.add(x + 0.0);
      }
    }
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
