package org.activations.analysis;

import java.util.ArrayList;
import java.util.List;
import org.activations.Range;

/**
 * Verifies that the declared range is tight: every finite end is approached, every infinite end is
 * approached (the sample reaches 1e100 or f still grows over the last decades of the sweep), every
 * value of a finite set is taken, and an open end is never attained except by rounding. That every
 * computed value lies inside the range is checked by {@link Evaluations} on every call.
 *
 * <p>An open end counts as reached by rounding (as sigmoid(40) == 1.0) only where f stays within
 * {@value #ROUNDING_ULPS} ulps of it from there on towards ±∞ and the run where f equals it does
 * not begin at a located jump or kink; attained at an interior extremum (found by refining the
 * extreme sample), or on a run that f leaves again, or from a kink (a ReLU declared (0, ∞)), it is
 * attained.
 */
final class RangeCheck {
  /** How close a finite end must be approached, relative to the scale of f. */
  static final double APPROACH = 1e-6;
  /** An infinite end is approached by a sample this large. */
  static final double HUGE = 1e100;
  /** An open end is reached by rounding where f stays within this many ulps of it further out. */
  static final int ROUNDING_ULPS = 4;
  private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
  private static final int REFINEMENTS = 200;

  private final Evaluations ev;
  private final Range range;

  RangeCheck(Evaluations ev) {
    this.ev = ev;
    this.range = ev.function().info().range();
  }

  /** The problems found, also logged as findings; {@code jumps} are the located discontinuities. */
  List<String> check(double[] xs, double[] fs, double scale, List<Discontinuity> jumps) {
    List<String> problems = new ArrayList<>();
    if (range instanceof Range.FiniteSet set) {
      for (double v : set.values()) {
        boolean taken = false;
        for (double y : fs) {
          taken |= y == v;
        }
        if (!taken) {
          problems.add("the value " + Numbers.exact(v) + " is never taken");
        }
      }
    } else {
      Range.Interval in = (Range.Interval) range;
      end(problems, xs, fs, scale, jumps, in.lower(), in.lowerClosed(), -1);
      end(problems, xs, fs, scale, jumps, in.upper(), in.upperClosed(), 1);
    }
    for (String p : problems) {
      ev.log().add("range/" + p, Finding.fail(Concern.RANGE, p + " (declared range " + range + ")"));
    }
    return problems;
  }

  private void end(List<String> problems, double[] xs, double[] fs, double scale,
      List<Discontinuity> jumps, double end, boolean closed, int side) {
    String name = side < 0 ? "lower" : "upper";
    int best = extreme(fs, side);
    if (best < 0) {
      return;
    }
    double reached = side * Math.max(side * fs[best], side * refine(xs, fs, best, side, end, closed));
    if (Double.isInfinite(end)) {
      if (!(Math.abs(reached) >= HUGE) && !grows(side)) {
        problems.add("the " + name + " end " + Numbers.exact(end) + " is not approached: f stays "
            + (side < 0 ? "above " : "below ") + Numbers.exact(reached) + " and levels off");
      }
      return;
    }
    if (!(Math.abs(reached - end) <= APPROACH * scale) && !approaches(end)) {
      problems.add("the " + name + " end " + Numbers.exact(end) + " is not approached (closest "
          + Numbers.exact(reached) + ")");
      return;
    }
    if (!closed) {
      openEndAttained(problems, xs, fs, jumps, end, name);
    }
  }

  /** True if f keeps moving towards ±∞ over the last decades of the sweep, on either side of x. */
  private boolean grows(int side) {
    for (int dir : new int[] {-1, 1}) {
      double a = ev.f(dir * 1e100);
      double b = ev.f(dir * 1e200);
      double c = ev.f(dir * Double.MAX_VALUE);
      if (side * (b - a) > 0 && side * (c - b) > 0) {
        return true;
      }
    }
    return false;
  }

  /** True if f still closes in on a finite end over the last decades (a slow approach). */
  private boolean approaches(double end) {
    for (int dir : new int[] {-1, 1}) {
      double a = Math.abs(ev.f(dir * 1e100) - end);
      double b = Math.abs(ev.f(dir * 1e200) - end);
      double c = Math.abs(ev.f(dir * Double.MAX_VALUE) - end);
      if (c < b && b < a) {
        return true;
      }
    }
    return false;
  }

  private void openEndAttained(List<String> problems, double[] xs, double[] fs,
      List<Discontinuity> jumps, double end, String name) {
    int n = fs.length;
    double near = ROUNDING_ULPS * Math.ulp(end);
    for (int i = 0; i < n; i++) {
      if (fs[i] != end) {
        continue;
      }
      int j = i;
      while (j + 1 < n && fs[j + 1] == end) {
        j++;
      }
      boolean positive = xs[i] > 0 || xs[j] > 0 && -xs[i] < xs[j];
      boolean staysNear = true;
      for (int k = positive ? j + 1 : 0; k < (positive ? n : i); k++) {
        staysNear &= !(Math.abs(fs[k] - end) > near);
      }
      double inner = positive ? xs[i] : xs[j];
      boolean fromKink = jumps.stream().anyMatch(d -> d.order() <= 1
          && Math.abs(d.x() - inner) <= 1e-6 * Math.max(1, Math.abs(inner)));
      if (!staysNear || fromKink) {
        problems.add("the open " + name + " end " + Numbers.exact(end) + " is attained at x = "
            + Numbers.exact(xs[i]) + ", not by rounding");
        return;
      }
      i = j;
    }
  }

  private static int extreme(double[] fs, int side) {
    int best = -1;
    for (int i = 0; i < fs.length; i++) {
      if (!Double.isNaN(fs[i]) && (best < 0 || side * fs[i] > side * fs[best])) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The extreme of f near the extreme sample (golden-section search between its neighbours); an
   * open end attained there is a finding.
   */
  private double refine(double[] xs, double[] fs, int best, int side, double end, boolean closed) {
    if (best <= 0 || best >= xs.length - 1) {
      return fs[best];
    }
    double a = xs[best - 1];
    double b = xs[best + 1];
    double extreme = fs[best];
    for (int k = 0; k < REFINEMENTS && b - a > 2 * Math.ulp(Math.max(Math.abs(a), Math.abs(b))); k++) {
      double c = b - GOLDEN * (b - a);
      double d = a + GOLDEN * (b - a);
      double fc = ev.f(c);
      double fd = ev.f(d);
      if (side * fc > side * fd) {
        b = d;
      } else {
        a = c;
      }
      for (double[] p : new double[][] {{c, fc}, {d, fd}}) {
        if (side * p[1] > side * extreme) {
          extreme = p[1];
        }
        if (!closed && p[1] == end && fs[best] != end) {
          ev.log().add("range/refined", Finding.fail(Concern.RANGE, p[0], "the open "
              + (side < 0 ? "lower" : "upper") + " end " + Numbers.exact(end) + " is attained at x = "
              + Numbers.exact(p[0]) + " (an interior extremum, between sample points)"));
        }
      }
    }
    return extreme;
  }
}
