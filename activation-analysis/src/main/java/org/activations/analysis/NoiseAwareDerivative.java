package org.activations.analysis;

import java.util.function.DoubleUnaryOperator;

/**
 * A numerical derivative that knows its limits: it estimates the computational noise of f at the
 * point, chooses the step from that noise and the local scale, shrinks the step until the estimates
 * at h, h/2 and h/4 agree (so the stencil never spans a feature of f), and says when no step
 * resolves f' (noise or oscillation below the smallest useful step).
 *
 * <p>Noise: σ from the sixth differences of f at 8 points 2^-26, 2^-36 and 2^-46 times
 * max(|x|, 2^-20) apart (the smallest of the three), as in Moré
 * and Wild's ECnoise (σ² ≈ γ₆·mean(Δ⁶f)², γ₆ = (6!)²/12!), and never below ulp(f(x))/2. Estimate:
 * central differences D(h), D(h/2), D(h/4) extrapolated with Richardson's rule; the truncation
 * error is |R(h/2) − R(h)|, the rounding error {@value #ROUNDING_FACTOR}·σ/h. The first step is
 * {@value #FIRST_STEP}·max(|x|, 1), jittered by a seeded factor in [1, 1.5) (the stencil's position is
 * random); it is divided by 4 while the differences of
 * D do not shrink by a factor near 4, or f at x ± 3h/4 is not what the polynomial through the
 * stencil predicts (a feature hides between its points), or the truncation exceeds {@value #AGREEMENT} relative plus twice the
 * rounding error, at most {@value #MAX_LEVELS} times, and never beyond the clearance to a special point.
 */
final class NoiseAwareDerivative {
  /** The first step, relative to max(|x|, 1). */
  static final double FIRST_STEP = 0x1p-7;
  /** Relative agreement of the h, h/2, h/4 extrapolations that accepts a step. */
  static final double AGREEMENT = 1e-7;
  /** The rounding error of the extrapolated difference, in units of σ/h. */
  static final double ROUNDING_FACTOR = 8;
  /** The range of D(h) − D(h/2) over D(h/2) − D(h/4) that counts as asymptotic (4 for smooth f). */
  static final double MIN_RATIO = 2;
  static final double MAX_RATIO = 8;
  /** How many times the step may be divided by 4. */
  static final int MAX_LEVELS = 20;
  /** The noise probe's spacings relative to max(|x|, 2^-20). */
  private static final double[] NOISE_SPACINGS = {0x1p-26, 0x1p-36, 0x1p-46};
  private static final double GAMMA6 = 518400.0 / 479001600.0;
  /** The stencil's points in units of h, and where between them f is probed for structure. */
  private static final double[] NODES = {-1, -0.5, -0.25, 0, 0.25, 0.5, 1};
  private static final double PROBE = 0.75;
  private static final int[] SIXTH = {1, -6, 15, -20, 15, -6, 1};

  /**
   * An estimate.
   *
   * @param value the extrapolated derivative, NaN if unresolved
   * @param error a bound on its error: truncation plus rounding
   * @param step the step used
   * @param noise the estimated noise σ of f at x
   * @param unresolved why no step resolved f', or null
   */
  record Estimate(double value, double error, double step, double noise, String unresolved) {
    boolean resolved() {
      return unresolved == null;
    }
  }

  private NoiseAwareDerivative() {}

  /**
   * The noise σ of f at x: the smallest ECnoise estimate over the spacings in {@link #NOISE_SPACINGS}
   * and a 64th of the first step (true noise is the same at every spacing; structure of f, which
   * the estimate must not mistake for noise, fades as the spacing shrinks), leaving out a spacing
   * at which f is exactly constant (a cancelling f flat in its last bits shows no noise there).
   */
  static double noise(DoubleUnaryOperator f, double x) {
    double s = Math.max(Math.abs(x), 0x1p-20);
    double sigma = Double.POSITIVE_INFINITY;
    double fx = f.applyAsDouble(x);
    double[] spacings = {FIRST_STEP / 64 * Math.max(Math.abs(x), 1), NOISE_SPACINGS[0] * s,
        NOISE_SPACINGS[1] * s, NOISE_SPACINGS[2] * s};
    for (double d : spacings) {
      double[] v = new double[8];
      double level = 0;
      boolean constant = true;
      for (int j = 0; j < 8; j++) {
        v[j] = f.applyAsDouble(x + (j - 4) * d);
        level = Math.max(level, Math.abs(v[j]));
        constant &= v[j] == v[0];
      }
      if (constant) {
        continue; // f flat in its last bits at this spacing: no information about its noise
      }
      double sum = 0;
      for (int start = 0; start < 2; start++) {
        double diff = 0;
        for (int k = 0; k < SIXTH.length; k++) {
          diff += SIXTH[k] * (v[start + k] / level);
        }
        sum += diff * diff;
      }
      double estimate = Math.sqrt(GAMMA6 * sum / 2) * level;
      sigma = Math.min(sigma, Double.isNaN(estimate) ? Double.POSITIVE_INFINITY : estimate);
    }
    double floor = 0.5 * Math.ulp(Math.abs(fx));
    return Double.isInfinite(sigma) ? floor : Math.max(sigma, floor);
  }

  /**
   * Estimates f'(x), with the stencil kept within {@code clearance} of x and the first step
   * multiplied by {@code jitter}.
   */
  static Estimate estimate(DoubleUnaryOperator f, double x, double clearance, double jitter) {
    double sigma = noise(f, x);
    if (!Double.isFinite(sigma)) {
      return new Estimate(Double.NaN, Double.NaN, 0, sigma, "f is not finite near x");
    }
    double h = exact(x, Math.min(FIRST_STEP * Math.max(Math.abs(x), 1) * jitter, clearance / 4));
    double smallest = 0x1p-44 * Math.max(Math.abs(x), Double.MIN_NORMAL);
    String reason = "the estimates at h, h/2, h/4 disagree at every step (oscillation or a feature"
        + " narrower than the step)";
    double fx = f.applyAsDouble(x);
    Estimate best = null;
    for (int level = 0; level <= MAX_LEVELS && h > smallest; level++) {
      double[] d = new double[3];
      double[] plus = new double[3];
      double[] minus = new double[3];
      for (int k = 0; k < 3; k++) {
        double hk = h / (1 << k);
        plus[k] = f.applyAsDouble(x + hk);
        minus[k] = f.applyAsDouble(x - hk);
        d[k] = (plus[k] - minus[k]) / (2 * hk);
      }
      double r1 = (4 * d[1] - d[0]) / 3;
      double r2 = (4 * d[2] - d[1]) / 3;
      double truncation = Math.abs(r2 - r1);
      double rounding = ROUNDING_FACTOR * sigma / h;
      if (!Double.isFinite(r2) || !Double.isFinite(truncation)) {
        return new Estimate(Double.NaN, Double.NaN, h, sigma, "f is not finite on the stencil");
      }
      if (truncation <= AGREEMENT * Math.abs(r2) + 2 * rounding
          && asymptotic(d[0] - d[1], d[1] - d[2], rounding)
          && smoothInside(f, x, h, fx, plus, minus, AGREEMENT * Math.abs(r2) * h + 16 * sigma)) {
        if (rounding > 0.5 * Math.abs(r2) && rounding > 0) {
          return new Estimate(r2, truncation + rounding, h, sigma,
              "the noise of f (" + Numbers.show(sigma) + ") swamps the difference at the step");
        }
        return new Estimate(r2, truncation + rounding, h, sigma, null);
      }
      if (best == null || truncation + rounding < best.error()) {
        best = new Estimate(r2, truncation + rounding, h, sigma, null);
      }
      if (rounding > Math.abs(r2)) {
        // noise-limited: the tightest bound found is still a fair test of the analytic value
        return new Estimate(best.value(), best.error(), best.step(), sigma, "the noise of f ("
            + Numbers.show(sigma) + ") swamps every step that resolves f");
      }
      h = exact(x, h / 4);
    }
    return new Estimate(Double.NaN, Double.NaN, h, sigma, reason);
  }

  /**
   * True if the differences of D(h), D(h/2), D(h/4) shrink as a smooth function's do (by about 4,
   * with one sign) or are both within the rounding: estimates that merely happen to agree (a step
   * that aliases an oscillation) do not shrink that way.
   */
  private static boolean asymptotic(double d1, double d2, double rounding) {
    if (Math.abs(d1) <= rounding && Math.abs(d2) <= rounding) {
      return true;
    }
    double ratio = d1 / d2;
    return ratio >= MIN_RATIO && ratio <= MAX_RATIO;
  }

  /**
   * True if f at x ± 3h/4 is what the polynomial through the stencil (x, x ± h/4, x ± h/2, x ± h)
   * predicts, within {@code tolerance}: no feature hides between the stencil's points.
   */
  private static boolean smoothInside(DoubleUnaryOperator f, double x, double h, double fx,
      double[] plus, double[] minus, double tolerance) {
    double[] values = {minus[0], minus[1], minus[2], fx, plus[2], plus[1], plus[0]};
    for (int side : new int[] {-1, 1}) {
      double predicted = 0;
      for (int j = 0; j < NODES.length; j++) {
        predicted += lagrange(j, side * PROBE) * values[j];
      }
      double actual = f.applyAsDouble(x + side * PROBE * h);
      if (!(Math.abs(actual - predicted) <= tolerance)) {
        return false;
      }
    }
    return true;
  }

  /** The j-th Lagrange basis polynomial of {@link #NODES} at t. */
  private static double lagrange(int j, double t) {
    double l = 1;
    for (int k = 0; k < NODES.length; k++) {
      if (k != j) {
        l *= (t - NODES[k]) / (NODES[j] - NODES[k]);
      }
    }
    return l;
  }

  /** h rounded so that x ± h are exact. */
  private static double exact(double x, double h) {
    double r = (x + h) - x;
    return r > 0 ? r : h;
  }
}
