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
 * The rounding error counts the stencil values' own rounding, not only σ. For |x| &lt; 1 a second
 * series of steps starts at {@value #FIRST_STEP}·|x| when the first does not resolve f' tightly,
 * and the tighter estimate is kept (x³/3 near x = 1e-19 needs steps at the scale of x).
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
  static final int MAX_LEVELS = 40;
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
   * @param why why no step resolved f', or null
   */
  record Estimate(double value, double error, double step, double noise, Unresolved why) {
    boolean resolved() {
      return why == null;
    }

    /** Why no step resolved f', in words, or null. */
    String unresolved() {
      return why == null ? null : why.text(noise);
    }
  }

  /**
   * Why no step resolved f'. Worded only when a finding is written: most unresolved points are
   * not reported one by one, and formatting σ at each cost 7 % of an analysis (measured).
   */
  enum Unresolved {
    NOT_FINITE_NEAR("f is not finite near x"),
    NOT_FINITE("f is not finite on the stencil"),
    ROUNDING("the rounding of f swamps the difference at every step (f' is below what f's values"
        + " resolve)"),
    NOISE_AT_STEP("the noise of f (σ) swamps the difference at the step"),
    NOISE_AT_EVERY_STEP("the noise of f (σ) swamps every step that resolves f"),
    DISAGREE("the estimates at h, h/2, h/4 disagree at every step (oscillation or a feature"
        + " narrower than the step)");

    private final String text;

    Unresolved(String text) {
      this.text = text;
    }

    /** The reason in words, with the noise σ of f at the point. */
    String text(double noise) {
      return text.replace("σ", Numbers.show(noise));
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
    return noise(f, x, Math.max(Math.abs(x), 0x1p-20), Math.max(Math.abs(x), 1));
  }

  /**
   * The noise of f at x measured with spacings relative to {@code scale} (the first one to
   * {@code firstScale}): near 0, {@link #noise(DoubleUnaryOperator, double)} measures on the scale of
   * 2^-20 and 1, which is right for a derivative's step but blind to structure at the scale of x.
   */
  static double noise(DoubleUnaryOperator f, double x, double scale, double firstScale) {
    double s = scale;
    double sigma = Double.POSITIVE_INFINITY;
    double fx = f.applyAsDouble(x);
    double[] spacings = {FIRST_STEP / 64 * firstScale, NOISE_SPACINGS[0] * s,
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
    double floor = Math.max(0.5 * Math.ulp(Math.abs(fx)), Double.MIN_VALUE); // 0 has noise too
    return Double.isInfinite(sigma) ? floor : Math.max(sigma, floor);
  }

  /**
   * Estimates f'(x), with the stencil kept within {@code clearance} of x and the first step
   * multiplied by {@code jitter}.
   */
  static Estimate estimate(DoubleUnaryOperator f, double x, double clearance, double jitter) {
    double sigma = noise(f, x);
    if (!Double.isFinite(sigma)) {
      return new Estimate(Double.NaN, Double.NaN, 0, sigma, Unresolved.NOT_FINITE_NEAR);
    }
    double first = Math.min(FIRST_STEP * Math.max(Math.abs(x), 1) * jitter, clearance / 4);
    Estimate e = estimateFrom(f, x, sigma, first);
    double relative = Math.min(FIRST_STEP * Math.abs(x) * jitter, clearance / 4);
    boolean tight = e.resolved() && e.error() <= 1e-6 * Math.abs(e.value());
    if (tight || Math.abs(x) >= 1 || !(relative < e.step())) {
      return e;
    }
    // Near 0 the steps that start at the scale of 1 may run out, or only loosely resolve f',
    // before they come down to the scale of x (x³/3 at x = 1e-19 needs steps near 1e-21, where
    // its values' rounding is 1e-74, not 1e-56): start again there, keep the tighter estimate.
    Estimate near = estimateFrom(f, x, sigma, relative);
    if (near.resolved() != e.resolved()) {
      return near.resolved() ? near : e;
    }
    if (!Double.isFinite(near.error())) {
      return e;
    }
    return !Double.isFinite(e.error()) || near.error() < e.error() ? near : e;
  }

  private static Estimate estimateFrom(DoubleUnaryOperator f, double x, double sigma, double first) {
    double h = exact(x, first);
    double smallest = 0x1p-44 * Math.max(Math.abs(x), Double.MIN_NORMAL);
    double fx = f.applyAsDouble(x);
    Estimate best = null;
    Estimate swamped = null;
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
      // the noise at x, but never below the rounding of the values at x ± h themselves: where
      // h is far above |x| (x³/3 at x = 1e-19, stepped by 1e-13) they are far larger than f(x)
      double atStencil = Math.max(0.5 * Math.ulp(Math.max(Math.abs(plus[0]), Math.abs(minus[0]))),
          Double.MIN_VALUE);
      double rounding = ROUNDING_FACTOR * Math.max(sigma, atStencil) / h;
      if (!Double.isFinite(r2) || !Double.isFinite(truncation)) {
        return new Estimate(Double.NaN, Double.NaN, h, sigma, Unresolved.NOT_FINITE);
      }
      if (truncation <= AGREEMENT * Math.abs(r2) + 2 * rounding
          && asymptotic(d[0] - d[1], d[1] - d[2], rounding)
          && smoothInside(f, x, h, fx, plus, minus,
              AGREEMENT * Math.abs(r2) * h + 16 * Math.max(sigma, atStencil))) {
        if (rounding > 0.5 * Math.abs(r2) && rounding > 0) {
          if (atStencil > sigma && level < MAX_LEVELS) {
            // the values' own rounding swamps it, and shrinks faster than the step: go on
            if (swamped == null || truncation + rounding < swamped.error()) {
              swamped = new Estimate(r2, truncation + rounding, h, sigma, Unresolved.ROUNDING);
            }
            h = exact(x, h / 4);
            continue;
          }
          return new Estimate(r2, truncation + rounding, h, sigma, Unresolved.NOISE_AT_STEP);
        }
        return new Estimate(r2, truncation + rounding, h, sigma, null);
      }
      if (best == null || truncation + rounding < best.error()) {
        best = new Estimate(r2, truncation + rounding, h, sigma, null);
      }
      if (rounding > Math.abs(r2) && sigma >= atStencil) {
        // noise-limited (a smaller step only raises σ/h; the values' own rounding, which shrinks
        // with them, is not this limit): the tightest bound found is still a fair test
        return new Estimate(best.value(), best.error(), best.step(), sigma,
            Unresolved.NOISE_AT_EVERY_STEP);
      }
      h = exact(x, h / 4);
    }
    return swamped != null ? swamped
        : new Estimate(Double.NaN, Double.NaN, h, sigma, Unresolved.DISAGREE);
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
