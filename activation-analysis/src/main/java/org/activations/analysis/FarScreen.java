package org.activations.analysis;

import java.util.SplittableRandom;

/**
 * The dense screen of the outer sweep, |x| in [1e-300, 1e-10] and [1e10, 1e300] on both sides of 0,
 * where the shared sample is too thin to meet a narrow band. It evaluates f and f' at one jittered
 * point in every log-stratum, streamed in chunks so that memory stays small, in two passes: every
 * stratum of relative width {@value #COARSE_STEP}, then the strata of relative width {@value #STEP}
 * chunk by chunk in a seeded random order, until it is stopped or out of time (so that a stop
 * leaves the second pass thinned evenly over the whole range, not cut off at some x).
 *
 * <p>Every value is checked as it is computed (range, NaN, exceptions: see {@link Evaluations}).
 * The places where f jumps or kinks, where the trapezoid rule with f' misses f, or where a function
 * declared monotonic turns, are scored ({@link SuspectPlaces}), and the points around the most
 * suspicious places are returned to join the sample, where the full analysis decides what they are. (f'(y) is
 * left to the sample: beyond 1e10 most functions have saturated, so f'(y) sees a few outputs only.)
 *
 * <p>With one point in every stratum of relative width s, a band of relative width w contains a
 * point for certain when w >= 2s, and with probability at least 1 - (1 - w/(2s))^2 when w < 2s
 * (0.75 for w = s); a share φ of the second pass's chunks hits it with φ times that.
 */
final class FarScreen {
  /** The relative width of a stratum of the second, fine pass. */
  static final double STEP = 1e-4;
  /** The relative width of a stratum of the first, coarse pass. */
  static final double COARSE_STEP = 2e-3;
  /** Strata per chunk. */
  private static final int CHUNK = 1 << 14;
  /** Strata evaluated before and after a chunk's own, for the scores and the places' points. */
  private static final int BEFORE = SuspectPlaces.AROUND + 1;
  private static final int AFTER = SuspectPlaces.AROUND + 3;
  /** The four outer parts: {lowest magnitude, highest magnitude, sign}. */
  private static final double[][] PARTS = {
      {SamplePoints.CORE_HIGH, SamplePoints.FAR_HIGH, -1},
      {SamplePoints.FAR_LOW, SamplePoints.CORE_LOW, -1},
      {SamplePoints.FAR_LOW, SamplePoints.CORE_LOW, 1},
      {SamplePoints.CORE_HIGH, SamplePoints.FAR_HIGH, 1}};
  /** The natural log of the ratio of the ends of each part. */
  private static final double PART_LOG = Math.log(SamplePoints.FAR_HIGH / SamplePoints.CORE_HIGH);

  private final Evaluations ev;
  private final long salt;
  private final SplittableRandom rnd;
  private final double[] xs = new double[BEFORE + CHUNK + AFTER];
  private final double[] fs = new double[xs.length];
  private final double[] ds = new double[xs.length];
  private final SuspectPlaces places;
  private volatile boolean stopped;
  private long points;
  private double lastX = Double.NaN;
  private boolean coarseDone;
  private long fineStrata;
  private long fineDone;

  /** A screen of the function behind {@code ev}, jittered by {@code seed}. */
  FarScreen(Evaluations ev, long seed) {
    this.ev = ev;
    this.rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.salt = rnd.nextLong();
    this.places = new SuspectPlaces(xs, fs, ds, ev.function().info().declared().monotonic());
  }

  /**
   * Screens the outer sweep until {@link #stop()} (after the coarse pass) or for at most
   * {@code nanos}; the points around the most suspicious places, sorted.
   */
  double[] screen(long nanos) {
    long deadline = System.nanoTime() + nanos;
    try {
      coarseDone = pass(COARSE_STEP, deadline, false);
      if (coarseDone) {
        pass(STEP, deadline, true);
      }
    } catch (Budget.Exhausted e) {
      // out of CPU time: what was screened counts
    }
    return places.points();
  }

  /** Ends the screen at the next chunk once the coarse pass is done. Any thread may call it. */
  void stop() {
    stopped = true;
  }

  /** True if the time ran out before the coarse pass was done. */
  boolean cutShort() {
    return !coarseDone;
  }

  /** The last input the screen evaluated (NaN before the first). */
  double lastX() {
    return lastX;
  }

  /** The number of points evaluated. */
  long points() {
    return points;
  }

  /**
   * The probability that a band of relative width w in the outer sweep contains a point of either
   * pass; 0 if not even the coarse pass finished.
   */
  double hitProbability(double w) {
    if (!coarseDone) {
      return 0;
    }
    double share = fineStrata == 0 ? 0 : (double) fineDone / fineStrata;
    return 1 - (1 - hit(w, COARSE_STEP)) * (1 - share * hit(w, STEP));
  }

  /** The probability that one jittered point per stratum of width s hits a band of width w. */
  private static double hit(double w, double s) {
    double q = Math.max(0, 1 - w / (2 * s));
    return 1 - q * q;
  }

  /**
   * One pass over the four parts with strata of relative width {@code step}: the chunks in order,
   * or, if {@code stoppable}, in a seeded random order until stopped; true if every chunk was
   * screened before the deadline.
   */
  private boolean pass(double step, long deadline, boolean stoppable) {
    double logStep = Math.log1p(step);
    int strata = (int) Math.ceil(PART_LOG / logStep);
    int chunksPerPart = (strata + CHUNK - 1) / CHUNK;
    int[] order = new int[PARTS.length * chunksPerPart];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (stoppable) {
      fineStrata = (long) strata * PARTS.length;
      for (int i = order.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    for (int c : order) {
      if (System.nanoTime() - deadline > 0 || stoppable && stopped) {
        return false;
      }
      int from = (c % chunksPerPart) * CHUNK;
      int to = Math.min(strata, from + CHUNK);
      screenChunk(c / chunksPerPart, from, to, step, logStep);
      if (stoppable) {
        fineDone += to - from;
      }
    }
    return true;
  }

  /**
   * Screens the strata [from, to) of a part, with context on either side:
   * in increasing x, so upwards in magnitude for x > 0 and downwards for x < 0.
   */
  private void screenChunk(int part, int from, int to, double step, double logStep) {
    // the context reaches past the part's ends, so that its first and last intervals are scored;
    // each stratum's point depends on its index alone, so the part's own points stay where they are
    int a = from - BEFORE;
    int b = to + AFTER;
    int m = b - a;
    boolean negative = PARTS[part][2] < 0;
    double base = Math.exp(Math.log(PARTS[part][0]) + a * logStep);
    double ratio = 1 + step;
    long stream = salt + Double.doubleToLongBits(step) * 31 + part;
    for (int j = 0; j < m; j++) {
      double magnitude = base * (1 + step * jitter(stream + (long) (a + j) * 0x9E3779B97F4A7C15L));
      base *= ratio;
      if (negative) {
        xs[m - 1 - j] = -magnitude;
      } else {
        xs[j] = magnitude;
      }
    }
    for (int i = 0; i < m; i++) {
      lastX = xs[i];
      fs[i] = ev.f(lastX);
      ds[i] = ev.df(lastX);
    }
    points += m;
    // the chunk's own intervals: those that start at its strata, in array positions
    // and, in a part's first chunk, the interval from the context's last stratum to the part's
    // first, which holds the part's end (|x| = 1e10 or 1e-300)
    int start = from == 0 ? 1 : 0;
    int first = negative ? m - 1 - (to - a) : from - a - start;
    int last = negative ? m - 2 - (from - a) + start : to - a - 1;
    places.score(Math.max(6, first), Math.min(last, m - 8), m);
  }

  /** A uniform double in [0, 1) from a 64-bit hash of z (SplitMix64's finalizer). */
  private static double jitter(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return (z >>> 11) * 0x1p-53;
  }

}
