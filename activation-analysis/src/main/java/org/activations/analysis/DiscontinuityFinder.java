package org.activations.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds jumps in a function sampled on a grid and locates each by bisection to within
 * {@link #RESOLUTION}.
 *
 * <p>A grid step is a jump candidate when its difference is both above a floor (a millionth of the
 * values' scale) and more than 8 times the differences two and three steps away; a smooth function's
 * neighbouring differences agree to within its curvature, so only a jump (or a feature narrower than
 * the grid) stands out. Each candidate is bisected, keeping the half with the larger change, and
 * confirmed only if at least half of the change survives at a width of 1e-9: a steep but continuous
 * transition fades away under bisection, a real jump does not. Derivatives are probed by central
 * differences whose step shrinks with the bracket (an eighth of its width), so that the stencil
 * never straddles the jump it is locating.
 */
final class DiscontinuityFinder {
  /** The width to which jumps are located. */
  static final double RESOLUTION = 1e-9;
  private static final double NEIGHBOUR_RATIO = 8;
  private static final double FLOOR = 1e-6;

  /** A value probed at x, with a difference step h where it needs one. */
  interface Probe {
    double at(double x, double h);
  }

  private DiscontinuityFinder() {}

  /** The jumps of {@code probe} on {@code grid}, as discontinuities of the given order. */
  static List<Discontinuity> find(Probe probe, double[] grid, int order) {
    int n = grid.length;
    double h0 = (grid[1] - grid[0]) / 4;
    double[] v = new double[n];
    double scale = 0;
    for (int i = 0; i < n; i++) {
      v[i] = probe.at(grid[i], h0);
      if (Double.isFinite(v[i])) {
        scale = Math.max(scale, Math.abs(v[i]));
      }
    }
    double floor = FLOOR * Math.max(scale, Double.MIN_NORMAL);
    List<Discontinuity> found = new ArrayList<>();
    int i = 0;
    while (i < n - 1) {
      if (!isCandidate(v, i, floor)) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < n - 1 && isCandidate(v, end + 1, floor)) {
        end++;
      }
      locate(probe, grid[Math.max(0, i - 1)], grid[Math.min(n - 1, end + 2)], order, floor)
          .ifPresent(found::add);
      i = end + 1;
    }
    return found;
  }

  private static boolean isCandidate(double[] v, int i, double floor) {
    double d = Math.abs(v[i + 1] - v[i]);
    if (!(d > floor)) {
      return Double.isFinite(v[i]) != Double.isFinite(v[i + 1]);
    }
    double neighbours = 0;
    for (int k : new int[] {-3, -2, 2, 3}) {
      int j = i + k;
      if (j >= 0 && j + 1 < v.length) {
        double dj = Math.abs(v[j + 1] - v[j]);
        if (Double.isFinite(dj)) {
          neighbours = Math.max(neighbours, dj);
        }
      }
    }
    return d > NEIGHBOUR_RATIO * neighbours;
  }

  private static java.util.Optional<Discontinuity> locate(Probe probe, double a, double b, int order,
      double floor) {
    double initial = Math.abs(probe.at(b, (b - a) / 8) - probe.at(a, (b - a) / 8));
    while (b - a > RESOLUTION) {
      double m = 0.5 * (a + b);
      if (m <= a || m >= b) {
        break; // adjacent doubles
      }
      double h = (b - a) / 8;
      double va = probe.at(a, h);
      double vm = probe.at(m, h);
      double vb = probe.at(b, h);
      if (Math.abs(vm - va) >= Math.abs(vb - vm)) {
        b = m;
      } else {
        a = m;
      }
    }
    // Confirm just outside the bracket: a jump exactly at a bisection point (on the grid, as ReLU's
    // 0 or hard_sigmoid's 3) makes the probe at that end read half the jump.
    double w = b - a;
    double h = w / 8;
    double left = probe.at(a - w, h);
    double right = probe.at(b + w, h);
    double remaining = Math.abs(right - left);
    if (!(remaining >= 0.5 * initial && remaining > floor)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Discontinuity(snap(a, b), order, left, right));
  }

  /** The multiple of the resolution nearest the bracket's middle, if it lies in the bracket. */
  private static double snap(double a, double b) {
    double mid = 0.5 * (a + b);
    double snapped = Math.rint(mid / RESOLUTION) * RESOLUTION;
    return (snapped >= a - RESOLUTION && snapped <= b + RESOLUTION ? snapped : mid) + 0.0;
  }
}
