package org.activations.analysis;

import org.activations.DeclaredProperties;

/**
 * Whether f is monotonic: the signs of successive differences over the whole sample, beyond the
 * rounding noise of f; for a function declared monotonic also the sign of the analytic f' at every
 * sample point, so that a wrong-signed f' fails with its point.
 */
final class MonotonicCheck {
  /** Rounding noise of a difference, in ulps of f. */
  static final double NOISE = 4;
  /** A wrong-signed f' counts beyond this fraction of the largest |f'| on the window. */
  static final double SIGN_TOLERANCE = 1e-12;

  private final Evaluations ev;

  MonotonicCheck(Evaluations ev) {
    this.ev = ev;
  }

  Verdict check(double[] xs, double[] fs, double[] dfs, double slopeScale) {
    DeclaredProperties d = ev.function().info().declared();
    double up = 0;
    double down = 0;
    int rise = -1;
    int fall = -1;
    for (int i = 0; i + 1 < xs.length; i++) {
      double a = fs[i];
      double b = fs[i + 1];
      if (!Double.isFinite(a) || !Double.isFinite(b)) {
        continue;
      }
      double noise = NOISE * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
      if (b - a > noise) {
        up += b - a;
        rise = pick(rise, i, xs);
      } else if (a - b > noise) {
        down += a - b;
        fall = pick(fall, i, xs);
      }
    }
    boolean monotone = rise < 0 || fall < 0;
    String evidence;
    if (monotone) {
      evidence = (rise >= 0 ? "non-decreasing" : fall >= 0 ? "non-increasing" : "constant")
          + " over " + xs.length + " sampled points from " + Numbers.exact(xs[0]) + " to "
          + Numbers.exact(xs[xs.length - 1]);
    } else {
      int bad = up >= down ? fall : rise;
      evidence = (up >= down ? "rises overall but falls: " : "falls overall but rises: ") + "f("
          + Numbers.exact(xs[bad]) + ") = " + Numbers.exact(fs[bad]) + ", f(" + Numbers.exact(xs[bad + 1])
          + ") = " + Numbers.exact(fs[bad + 1]);
    }
    if (d.monotonic()) {
      if (!monotone) {
        ev.log().add(Finding.fail(Concern.MONOTONIC, xs[up >= down ? fall : rise],
            "declared monotonic, but " + evidence));
      }
      derivativeSign(xs, dfs, up >= down ? 1 : -1, slopeScale);
    }
    String note = monotone ? "" : "rises and falls";
    return Verdict.compared(Property.MONOTONIC, Mark.of(monotone), ShapeVerdicts.yesNo(monotone), note,
        evidence, ShapeVerdicts.yesNo(d.monotonic()));
  }

  /** The first index, preferring one on the everyday window. */
  private static int pick(int old, int i, double[] xs) {
    if (old < 0) {
      return i;
    }
    boolean oldIn = Math.abs(xs[old]) <= SamplePoints.WINDOW;
    boolean newIn = Math.abs(xs[i]) <= SamplePoints.WINDOW;
    return !oldIn && newIn ? i : old;
  }

  private void derivativeSign(double[] xs, double[] dfs, int direction, double slopeScale) {
    double threshold = SIGN_TOLERANCE * slopeScale;
    int bad = -1;
    for (int i = 0; i < xs.length; i++) {
      if (direction * dfs[i] < -threshold) {
        bad = pick(bad, i, xs);
      }
    }
    if (bad >= 0) {
      ev.log().add(Finding.fail(Concern.MONOTONIC, xs[bad], "declared monotonic "
          + (direction > 0 ? "non-decreasing" : "non-increasing") + ", but f'(" + Numbers.exact(xs[bad])
          + ") = " + Numbers.exact(dfs[bad])));
    }
  }
}
