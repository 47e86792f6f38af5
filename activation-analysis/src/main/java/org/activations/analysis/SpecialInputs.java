package org.activations.analysis;

import org.activations.DeclaredProperties;

/**
 * The values of f, f' and f'(y) at NaN, ±∞, ±0 and the extreme doubles: NaN in gives NaN out, the
 * values at ±∞ are the limits (consistent with the values at ±MAX_VALUE, with the declared range,
 * which {@link Evaluations} checks, and with the declared saturation), -0 and 0 give the same value.
 */
final class SpecialInputs {
  /** How far a value at ±∞ may be from the value at ±MAX_VALUE, relative to the scale. */
  static final double LIMIT_TOLERANCE = 1e-9;
  private static final double[] EXTREMES = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE};

  private final Evaluations ev;
  private final FindingLog log;
  private final boolean outputForm;

  SpecialInputs(Evaluations ev) {
    this.ev = ev;
    this.log = ev.log();
    this.outputForm = ev.function().hasDerivativeFromOutput();
  }

  /** Runs every check; {@code scale} and {@code slopeScale} are the sizes of f and f' on the window. */
  void check(double scale, double slopeScale) {
    nanGivesNan();
    for (double x : EXTREMES) {
      double y = ev.f(x);
      ev.df(x);
      if (outputForm && !Double.isNaN(y)) {
        ev.dfy(y, x);
      }
    }
    if (Double.doubleToRawLongBits(ev.f(0.0)) != Double.doubleToRawLongBits(ev.f(-0.0))
        && ev.f(0.0) != ev.f(-0.0)) {
      log.add(Finding.fail(Concern.SPECIAL_INPUT, -0.0, "f(-0) = " + Numbers.exact(ev.f(-0.0))
          + " differs from f(0) = " + Numbers.exact(ev.f(0.0))));
    }
    DeclaredProperties d = ev.function().info().declared();
    limit(1, scale, slopeScale, d.saturation().positive());
    limit(-1, scale, slopeScale, d.saturation().negative());
  }

  private void nanGivesNan() {
    double y = ev.f(Double.NaN);
    if (!Double.isNaN(y)) {
      log.add(Finding.fail(Concern.SPECIAL_INPUT, Double.NaN, "f(NaN) = " + Numbers.exact(y)
          + ", not NaN"));
    }
    double d = ev.df(Double.NaN);
    if (!Double.isNaN(d)) {
      log.add(Finding.fail(Concern.SPECIAL_INPUT, Double.NaN, "f'(NaN) = " + Numbers.exact(d)
          + ", not NaN"));
    }
    if (outputForm) {
      double dy = ev.dfy(Double.NaN, Double.NaN);
      if (!Double.isNaN(dy)) {
        log.add(Finding.fail(Concern.SPECIAL_INPUT, Double.NaN, "f'(y = NaN) = " + Numbers.exact(dy)
            + ", not NaN"));
      }
    }
  }

  /** The limit at side·∞ against the values at side·MAX_VALUE and side·1e300. */
  private void limit(int side, double scale, double slopeScale, boolean saturates) {
    double inf = side * Double.POSITIVE_INFINITY;
    double atInf = ev.f(inf);
    double atMax = ev.f(side * Double.MAX_VALUE);
    double atFar = ev.f(side * SamplePoints.FAR_HIGH);
    double tol = LIMIT_TOLERANCE * scale;
    if (Double.isNaN(atInf)) {
      double atNear = ev.f(side * Math.nextDown(SamplePoints.FAR_HIGH) * (1 - SamplePoints.CORE_STEP));
      boolean hasLimit = Math.abs(atMax - atFar) <= tol && Math.abs(atNear - atFar) <= tol
          || Double.isInfinite(atMax);
      if (hasLimit) {
        log.add("limit/nan/f/" + side, Finding.fail(Concern.SPECIAL_INPUT, inf, "f(" + Numbers.exact(inf)
            + ") is NaN, but f tends to " + Numbers.exact(atMax)));
      }
    }
    boolean levelled = Math.abs(atMax - atFar) <= tol;
    boolean consistent = levelled || !Double.isFinite(atMax)
        ? Math.abs(atInf - atMax) <= tol || atInf == atMax
        : Double.isInfinite(atInf) && Math.signum(atInf) == Math.signum(atMax - atFar);
    if (!Double.isNaN(atInf) && !consistent) {
      log.add("limit/f/" + side, Finding.fail(Concern.SPECIAL_INPUT, inf, "f(" + Numbers.exact(inf)
          + ") = " + Numbers.exact(atInf) + " is not the limit: f(" + Numbers.exact(side * Double.MAX_VALUE)
          + ") = " + Numbers.exact(atMax) + ", f(" + Numbers.exact(side * SamplePoints.FAR_HIGH) + ") = "
          + Numbers.exact(atFar)));
    }
    double dInf = ev.df(inf);
    double dMax = ev.df(side * Double.MAX_VALUE);
    double slopeTol = LIMIT_TOLERANCE * Math.max(slopeScale, Double.MIN_NORMAL);
    if (Double.isNaN(dInf)) {
      double dFar = ev.df(side * SamplePoints.FAR_HIGH);
      double dNear = ev.df(side * Math.nextDown(SamplePoints.FAR_HIGH) * (1 - SamplePoints.CORE_STEP));
      boolean hasLimit = Math.abs(dFar - dMax) <= slopeTol && Math.abs(dNear - dMax) <= slopeTol;
      if (hasLimit) {
        log.add("limit/nan/" + side, Finding.fail(Concern.SPECIAL_INPUT, inf, "f'(" + Numbers.exact(inf)
            + ") is NaN, but f' tends to " + Numbers.exact(dMax) + " (f'(" + Numbers.exact(side * Double.MAX_VALUE)
            + ") = " + Numbers.exact(dMax) + ")"));
      }
    }
    if (!Double.isNaN(dInf) && Double.isFinite(dMax) && !(Math.abs(dInf - dMax) <= slopeTol)) {
      log.add("limit/df/" + side, Finding.fail(Concern.SPECIAL_INPUT, inf, "f'(" + Numbers.exact(inf)
          + ") = " + Numbers.exact(dInf) + " is not the limit: f'(" + Numbers.exact(side * Double.MAX_VALUE)
          + ") = " + Numbers.exact(dMax)));
    }
    if (saturates && !Double.isNaN(dInf) && !(Math.abs(dInf) <= slopeTol)) {
      log.add("limit/saturation/" + side, Finding.fail(Concern.SPECIAL_INPUT, inf, "f'("
          + Numbers.exact(inf) + ") = " + Numbers.exact(dInf) + ", but f' is declared to vanish there"));
    }
    if (outputForm && !Double.isNaN(atInf) && !Double.isNaN(dInf)) {
      double dy = ev.dfy(atInf, inf);
      if (!Double.isNaN(dy) && !(Math.abs(dy - dInf) <= slopeTol)) {
        log.add("limit/dfy/" + side, Finding.fail(Concern.SPECIAL_INPUT, inf, "f'(y) = "
            + Numbers.exact(dy) + " at y = f(" + Numbers.exact(inf) + ") = " + Numbers.exact(atInf)
            + ", but f'(" + Numbers.exact(inf) + ") = " + Numbers.exact(dInf)));
      }
    }
  }
}
