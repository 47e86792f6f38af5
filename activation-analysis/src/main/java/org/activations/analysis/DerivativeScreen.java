package org.activations.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The cheap screen of {@link DerivativeValidation} over the whole sample: it names the points that
 * deserve a careful check, the worst first.
 */
final class DerivativeScreen {
  /** How far beyond its bound an interval must miss to be flagged. */
  static final double SCREEN_FACTOR = 16;
  /**
   * How much larger than around it the third divided difference of f over an interval may be and
   * still count fully in its bound: the third derivative of a smooth f changes little over a few
   * points.
   */
  static final double CURVATURE_STANDOUT = 16;

  private final int maxFlagged;

  /** A screen that returns the points of at most {@code maxFlagged} findings. */
  DerivativeScreen(int maxFlagged) {
    this.maxFlagged = maxFlagged;
  }

  /** The interval ends where the trapezoid rule with f' misses f beyond its bound. */
  List<Double> trapezoidMisses(double[] x, double[] v, double[] d) {
    List<double[]> flagged = new ArrayList<>();
    for (int i = 1; i + 2 < x.length; i++) {
      double ratio = trapezoidRatio(x, v, d, i);
      if (ratio > 1) {
        flagged.add(new double[] {ratio, x[i], x[i + 1]});
      }
    }
    return worst(flagged);
  }

  /**
   * How far the trapezoid rule with f' misses f on the interval [x[i], x[i + 1]], in units of its
   * bound (the third divided difference of f from i - 1 to i + 2, and rounding): above 1 is a miss.
   * Needs 1 <= i and i + 2 < x.length.
   *
   * <p>A narrow feature of f inside the interval (a bump that f' does not know of) swells that
   * divided difference with it and would hide in its own bound: so the bound's part from it is
   * capped at {@value #CURVATURE_STANDOUT} times the largest such part of the four-point windows
   * around that leave out both ends of the interval, where the sample has them.
   */
  static double trapezoidRatio(double[] x, double[] v, double[] d, int i) {
    double h = x[i + 1] - x[i];
    double r = Math.abs(v[i + 1] - v[i] - h * 0.5 * (d[i] + d[i + 1]));
    if (!(r > 0)) {
      return 0;
    }
    double noise = Discontinuities.NOISE * Math.ulp(Math.max(Math.abs(v[i]), Math.abs(v[i + 1])))
        + 4 * h * (Math.ulp(d[i]) + Math.ulp(d[i + 1]));
    // in the interval's own coordinate t = (x - x[i]) / h, where the h^3 of the bound is 1: in x,
    // the divided differences of log x at 1e200 underflow to 0 and every interval there would miss
    double dd3 = Math.abs(thirdDividedDifference(x, v, i - 1, x[i], h));
    if (r > SCREEN_FACTOR * (dd3 + noise) || !(r > SCREEN_FACTOR * noise)) {
      return r / (SCREEN_FACTOR * (dd3 + noise));
    }
    double around = -1;
    for (int start : new int[] {i - 5, i - 4, i + 2, i + 3}) {
      if (start >= 0 && start + 3 < x.length) {
        around = Math.max(around, Math.abs(thirdDividedDifference(x, v, start, x[i], h)));
      }
    }
    double capped = around < 0 ? dd3 : Math.min(dd3, CURVATURE_STANDOUT * around);
    return r / (SCREEN_FACTOR * (capped + noise));
  }

  /** The third divided difference of v at x[i..i+3], in the coordinate (x - origin) / h. */
  private static double thirdDividedDifference(double[] x, double[] v, int i, double origin,
      double h) {
    double t0 = (x[i] - origin) / h;
    double t1 = (x[i + 1] - origin) / h;
    double t2 = (x[i + 2] - origin) / h;
    double t3 = (x[i + 3] - origin) / h;
    double d01 = (v[i + 1] - v[i]) / (t1 - t0);
    double d12 = (v[i + 2] - v[i + 1]) / (t2 - t1);
    double d23 = (v[i + 3] - v[i + 2]) / (t3 - t2);
    double d012 = (d12 - d01) / (t2 - t0);
    double d123 = (d23 - d12) / (t3 - t1);
    double r = (d123 - d012) / (t3 - t0);
    return Double.isFinite(r) ? r : 0;
  }

  /** The points where f'(y) and f'(x) differ beyond the rounding of y. */
  List<Double> outputMismatches(double[] x, double[] v, double[] d, double[] dy) {
    List<double[]> flagged = new ArrayList<>();
    for (int i = 1; i + 1 < x.length; i++) {
      double ratio = outputRatio(v, d, dy, i);
      if (ratio > 1) {
        flagged.add(new double[] {ratio, x[i]});
      }
    }
    return worst(flagged);
  }

  /**
   * How far f'(y) misses f'(x) at point i, in units of the tolerance that the rounding of y allows:
   * above 1 is a miss; the largest double where f'(y) alone is NaN. Needs 1 <= i < v.length - 1.
   */
  static double outputRatio(double[] v, double[] d, double[] dy, int i) {
    double diff = Math.abs(dy[i] - d[i]);
    if (Double.isNaN(dy[i]) && !Double.isNaN(d[i])) {
      return Double.MAX_VALUE;
    }
    if (!(diff > 0)) {
      return 0;
    }
    double dv = v[i + 1] - v[i - 1];
    double rounding = dv != 0 ? Math.abs((dy[i + 1] - dy[i - 1]) / dv) * 2 * Math.ulp(v[i]) : 0;
    double tol = rounding + DerivativeValidation.RELATIVE * Math.abs(d[i]) + 8 * Math.ulp(Math.abs(d[i]));
    double ratio = diff / tol;
    return Double.isNaN(ratio) ? Double.MAX_VALUE : ratio;
  }

  /** The points of the {@code maxFlagged} worst entries: {score, point, point, …} each. */
  private List<Double> worst(List<double[]> flagged) {
    flagged.sort(Comparator.comparingDouble((double[] a) -> -a[0]));
    List<Double> out = new ArrayList<>();
    for (double[] a : flagged.subList(0, Math.min(maxFlagged, flagged.size()))) {
      Arrays.stream(a, 1, a.length).forEach(out::add);
    }
    return out;
  }
}
