package org.activations.analysis;

import java.util.List;
import org.activations.DeclaredProperties;
import org.activations.Saturation;

/**
 * The shape properties of f on the sample: nonlinear, zero-centred, approximates the identity at
 * the origin, saturation and a monotonic derivative. Properties of f' are measured from the
 * analytic f' where it was validated and from the numerical slopes of f where it was not, so that
 * a wrong f' never blames a correct declaration.
 */
final class ShapeVerdicts {
  /** Relative tolerance of the comparisons, times the scale of f or f' on the window. */
  static final double TOLERANCE = 1e-9;
  /** The step of the one-sided slopes at 0. */
  static final double SIDE_STEP = 0x1p-20;
  /** How close the one-sided slopes at 0 must be to 1. */
  static final double SLOPE_TOLERANCE = 1e-5;
  /** Every this many window points enter the affine fit. */
  private static final int FIT_STRIDE = 16;

  private final Evaluations ev;
  private final DeclaredProperties declared;

  ShapeVerdicts(Evaluations ev) {
    this.ev = ev;
    this.declared = ev.function().info().declared();
  }

  static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  Verdict nonlinear(double[] xs, double[] fs, double scale) {
    int n = 0;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < xs.length; i += FIT_STRIDE) {
      if (Math.abs(xs[i]) <= SamplePoints.WINDOW && Double.isFinite(fs[i])) {
        n++;
        mx += xs[i];
        my += fs[i];
      }
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < xs.length; i += FIT_STRIDE) {
      if (Math.abs(xs[i]) <= SamplePoints.WINDOW && Double.isFinite(fs[i])) {
        sxy += (xs[i] - mx) * (fs[i] - my);
        sxx += (xs[i] - mx) * (xs[i] - mx);
      }
    }
    double a = sxy / sxx;
    double b = my - a * mx;
    double worst = 0;
    double worstX = 0;
    for (int i = 0; i < xs.length; i++) {
      if (Math.abs(xs[i]) <= SamplePoints.WINDOW && Double.isFinite(fs[i])) {
        double r = Math.abs(fs[i] - (a * xs[i] + b));
        if (r > worst) {
          worst = r;
          worstX = xs[i];
        }
      }
    }
    double tolerance = TOLERANCE * scale;
    boolean nonlinear = !(worst <= tolerance);
    String evidence = nonlinear
        ? "best affine fit on [-6, 6] misses by " + Numbers.show(worst) + " at x = "
            + Numbers.exact(worstX) + " (tolerance " + Numbers.show(tolerance) + ")"
        : "f(x) = " + Numbers.exact(a) + "·x + " + Numbers.exact(b) + " on [-6, 6] within "
            + Numbers.show(worst) + " (tolerance " + Numbers.show(tolerance) + ")";
    String note = nonlinear ? "" : "affine: " + Numbers.exact(a) + "·x + " + Numbers.exact(b);
    return Verdict.compared(Property.NONLINEAR, Mark.of(nonlinear), yesNo(nonlinear), note, evidence,
        yesNo(declared.nonlinear()));
  }

  Verdict zeroCentred(double[] fs, double scale) {
    double f0 = ev.f(0.0);
    double[] span = span(fs);
    double min = span[0];
    double max = span[1];
    double tolerance = TOLERANCE * scale;
    boolean centred = Math.abs(f0) <= tolerance && min < -tolerance && max > tolerance;
    String evidence = "f(0) = " + Numbers.exact(f0) + "; f takes values from " + Numbers.exact(min)
        + " to " + Numbers.exact(max);
    String note = centred ? "" : Math.abs(f0) > tolerance ? "f(0) = " + Numbers.exact(f0)
        : min >= -tolerance ? "f ≥ 0" : "f ≤ 0";
    return Verdict.compared(Property.ZERO_CENTRED, Mark.of(centred), yesNo(centred), note, evidence,
        yesNo(declared.zeroCentred()));
  }

  /** f(0) = 0 and second-order one-sided slopes at 0 both 1; not if 0 is a jump or kink. */
  Verdict identityAtOrigin(List<Discontinuity> jumps) {
    double f0 = ev.f(0.0);
    double h = SIDE_STEP;
    double right = (-3 * f0 + 4 * ev.f(h) - ev.f(2 * h)) / (2 * h);
    double left = (3 * f0 - 4 * ev.f(-h) + ev.f(-2 * h)) / (2 * h);
    boolean smoothAtZero = jumps.stream().noneMatch(s -> s.order() <= 1 && Math.abs(s.x()) <= 1e-6);
    boolean identity = f0 == 0 && smoothAtZero && Math.abs(left - 1) <= SLOPE_TOLERANCE
        && Math.abs(right - 1) <= SLOPE_TOLERANCE;
    String evidence = "f(0) = " + Numbers.exact(f0) + ", f'(0−) = " + Numbers.show(left)
        + ", f'(0+) = " + Numbers.show(right) + " (one-sided differences)";
    String note = identity ? "f'(0) = 1" : f0 != 0 ? "f(0) = " + Numbers.exact(f0)
        : !smoothAtZero ? "not differentiable at 0" : "f'(0) = " + Numbers.show(0.5 * (left + right));
    return Verdict.compared(Property.IDENTITY_AT_ORIGIN, Mark.of(identity), yesNo(identity), note,
        evidence, yesNo(declared.identityAtOrigin()));
  }

  /** f' at the far ends of the sample, from {@code slopes} (validated f', or numerical). */
  Verdict saturation(double[] xs, double[] slopes, double slopeScale, String source) {
    int lo = farthest(xs, slopes, -1);
    int hi = farthest(xs, slopes, 1);
    double left = lo < 0 ? Double.NaN : slopes[lo];
    double right = hi < 0 ? Double.NaN : slopes[hi];
    double tolerance = TOLERANCE * slopeScale;
    Saturation measured = Saturation.of(Math.abs(left) <= tolerance, Math.abs(right) <= tolerance);
    String evidence = source + " f'(" + (lo < 0 ? "?" : Numbers.show(xs[lo])) + ") = "
        + Numbers.exact(left) + ", f'(" + (hi < 0 ? "?" : Numbers.show(xs[hi])) + ") = "
        + Numbers.exact(right) + " (tolerance " + Numbers.show(tolerance) + ")";
    return Verdict.compared(Property.SATURATION, Mark.VALUE, saturationName(measured),
        saturationName(measured), evidence, saturationName(declared.saturation()));
  }

  /** The finite sample point farthest out on {@code side} where the slope is known. */
  private static int farthest(double[] xs, double[] slopes, int side) {
    int n = xs.length;
    for (int k = 0; k < n; k++) {
      int i = side < 0 ? k : n - 1 - k;
      if (Math.abs(xs[i]) <= SamplePoints.FAR_HIGH && Double.isFinite(slopes[i])) {
        return i;
      }
    }
    return -1;
  }

  static String saturationName(Saturation s) {
    return switch (s) {
      case NONE -> "none";
      case NEGATIVE -> "x → -∞";
      case POSITIVE -> "x → +∞";
      case BOTH -> "both sides";
    };
  }

  /** Smooth (order ≥ 1) and f' monotonic on the sample away from the discontinuities. */
  Verdict smoothMonotonicDerivative(int order, double[] xs, double[] slopes, double slopeScale,
      List<Discontinuity> jumps, String source) {
    boolean smooth = order >= 1;
    double threshold = TOLERANCE * slopeScale;
    int rise = -1;
    int fall = -1;
    int prev = -1;
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isFinite(slopes[i]) || near(xs[i], jumps)) {
        continue;
      }
      if (prev >= 0) {
        double d = slopes[i] - slopes[prev];
        double noise = threshold + 64 * Math.ulp(Math.max(Math.abs(slopes[i]), Math.abs(slopes[prev])));
        if (rise < 0 && d > noise) {
          rise = i;
        }
        if (fall < 0 && -d > noise) {
          fall = i;
        }
      }
      prev = i;
    }
    boolean monotone = rise < 0 || fall < 0;
    String monoText = monotone
        ? "f' " + (rise >= 0 ? "non-decreasing" : fall >= 0 ? "non-increasing" : "constant") + " where defined"
        : "f' rises at x = " + Numbers.exact(xs[rise]) + " and falls at x = " + Numbers.exact(xs[fall]);
    String value = smooth && monotone ? "yes" : smooth || monotone ? "partly" : "no";
    Mark mark = smooth && monotone ? Mark.YES : smooth || monotone ? Mark.PARTLY : Mark.NO;
    String evidence = (smooth ? "smooth (" : "not smooth (") + DeclaredProperties.continuityName(order)
        + "); " + monoText + " (" + source + ")";
    boolean declaredSmooth = declared.continuouslyDifferentiable();
    String declaredValue = declaredSmooth && declared.monotonicDerivative() ? "yes"
        : declaredSmooth || declared.monotonicDerivative() ? "partly" : "no";
    String note = smooth && monotone ? "" : smooth ? "f' not monotonic" : monotone ? "not smooth"
        : "not smooth, f' not monotonic";
    return Verdict.compared(Property.SMOOTH_MONOTONIC_DERIVATIVE, mark, value, note, evidence,
        declaredValue);
  }

  private static boolean near(double x, List<Discontinuity> jumps) {
    for (Discontinuity d : jumps) {
      if (d.order() <= 1 && Math.abs(x - d.x()) <= 1e-6 * Math.max(1, Math.abs(d.x()))) {
        return true;
      }
    }
    return false;
  }

  /** {smallest, largest} of the values that are not NaN (∞ and −∞ if there are none). */
  static double[] span(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double y : values) {
      if (!Double.isNaN(y)) {
        min = Math.min(min, y);
        max = Math.max(max, y);
      }
    }
    return new double[] {min, max};
  }
}
