package org.activations.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
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
 * declared monotonic turns, are scored, and the points around the {@value #PLACES} most suspicious
 * places are returned to join the sample, where the full analysis decides what they are. (f'(y) is
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
  /** The most places returned. */
  static final int PLACES = 32;
  /** Points returned on either side of a place. */
  static final int AROUND = 8;
  /** Strata per chunk. */
  private static final int CHUNK = 1 << 14;
  /** Strata evaluated before and after a chunk's own, for the scores and the places' points. */
  private static final int BEFORE = AROUND + 1;
  private static final int AFTER = AROUND + 2;
  private static final double HALF_EPSILON_NOISE = Discontinuities.NOISE * 0x1p-53;
  /**
   * How much an interval's jump-or-kink score must stand out from its neighbours' to make a place
   * suspect: jittered strata alone make a smooth function's scores differ by tens, while a jump or a
   * kink of 1e-4 relative stands out by thousands or more.
   */
  private static final double STANDOUT = 1e3;
  /** The four outer parts: {lowest magnitude, highest magnitude, sign}. */
  private static final double[][] PARTS = {
      {SamplePoints.CORE_HIGH, SamplePoints.FAR_HIGH, -1},
      {SamplePoints.FAR_LOW, SamplePoints.CORE_LOW, -1},
      {SamplePoints.FAR_LOW, SamplePoints.CORE_LOW, 1},
      {SamplePoints.CORE_HIGH, SamplePoints.FAR_HIGH, 1}};
  /** The natural log of the ratio of the ends of each part. */
  private static final double PART_LOG = Math.log(SamplePoints.FAR_HIGH / SamplePoints.CORE_HIGH);

  private record Place(double score, double[] xs) {}

  private final Evaluations ev;
  private final long salt;
  private final SplittableRandom rnd;
  private final boolean monotonic;
  private final PriorityQueue<Place> places =
      new PriorityQueue<>(Comparator.comparingDouble(Place::score));
  private final double[] xs = new double[BEFORE + CHUNK + AFTER];
  private final double[] fs = new double[xs.length];
  private final double[] ds = new double[xs.length];
  private final double[] scores = new double[xs.length];
  private volatile boolean stopped;
  private long points;
  private boolean coarseDone;
  private long fineStrata;
  private long fineDone;

  /** A screen of the function behind {@code ev}, jittered by {@code seed}. */
  FarScreen(Evaluations ev, long seed) {
    this.ev = ev;
    this.rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.salt = rnd.nextLong();
    this.monotonic = ev.function().info().declared().monotonic();
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
    return placesPoints();
  }

  /** Ends the screen at the next chunk once the coarse pass is done. Any thread may call it. */
  void stop() {
    stopped = true;
  }

  /** True if the time ran out before the coarse pass was done. */
  boolean cutShort() {
    return !coarseDone;
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
      if (System.nanoTime() > deadline || stoppable && stopped) {
        return false;
      }
      int from = (c % chunksPerPart) * CHUNK;
      int to = Math.min(strata, from + CHUNK);
      screenChunk(c / chunksPerPart, from, to, strata, step, logStep);
      if (stoppable) {
        fineDone += to - from;
      }
    }
    return true;
  }

  /**
   * Screens the strata [from, to) of a part of {@code strata} strata, with context on either side:
   * in increasing x, so upwards in magnitude for x > 0 and downwards for x < 0.
   */
  private void screenChunk(int part, int from, int to, int strata, double step, double logStep) {
    int a = Math.max(0, from - BEFORE);
    int b = Math.min(strata, to + AFTER);
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
      fs[i] = ev.f(xs[i]);
      ds[i] = ev.df(xs[i]);
    }
    points += m;
    // the chunk's own intervals: those that start at its strata, in array positions
    int first = negative ? m - 1 - (to - a) : from - a;
    int last = negative ? m - 2 - (from - a) : to - a - 1;
    score(Math.max(5, first), Math.min(last, m - 7), m);
  }

  /** A uniform double in [0, 1) from a 64-bit hash of z (SplitMix64's finalizer). */
  private static double jitter(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return (z >>> 11) * 0x1p-53;
  }

  /** Scores the intervals first..last (inclusive) of the m points and keeps the worst places. */
  private void score(int first, int last, int m) {
    for (int i = first; i <= last; i++) {
      // the trapezoid residual: below the noise of f, no candidate of either kind can be there
      double r = Math.abs(fs[i + 1] - fs[i] - 0.5 * (xs[i + 1] - xs[i]) * (ds[i] + ds[i + 1]));
      // NOISE ulps of f are at least NOISE * 2^-53 * |f|: a cheap gate, wider than the noise
      if (r > HALF_EPSILON_NOISE * Math.max(Math.abs(fs[i]), Math.abs(fs[i + 1]))
          || !(r >= 0) && Double.isFinite(fs[i]) != Double.isFinite(fs[i + 1])) {
        double worst = DerivativeScreen.trapezoidRatio(xs, fs, ds, i) / DerivativeScreen.SCREEN_FACTOR;
        for (int k = i - 4; k <= i + 4; k++) {
          scores[k] = Discontinuities.score(xs, fs, k);
        }
        worst = Math.max(worst, Discontinuities.standout(scores, fs, i) / STANDOUT);
        if (worst > 1) {
          keep(worst, i, m);
        }
      }
    }
    if (monotonic && first <= last) {
      turns(first, last + 1, m);
      derivativeSigns(first, last + 1, m);
    }
  }

  /** For a function declared monotonic: keeps the first turn of the rarer direction of f. */
  private void turns(int from, int to, int m) {
    int up = 0;
    int down = 0;
    for (int i = from; i < to; i++) {
      double change = fs[i + 1] - fs[i];
      up += change > 0 ? 1 : 0;
      down += change < 0 ? 1 : 0;
    }
    if (up == 0 || down == 0) {
      return; // the common case, without the noise of each change
    }
    int rise = -1;
    int fall = -1;
    up = 0;
    down = 0;
    for (int i = from; i < to; i++) {
      double change = fs[i + 1] - fs[i];
      double noise = MonotonicCheck.NOISE * Math.ulp(Math.max(Math.abs(fs[i]), Math.abs(fs[i + 1])));
      if (change > noise) {
        up++;
        rise = rise < 0 ? i : rise;
      } else if (-change > noise) {
        down++;
        fall = fall < 0 ? i : fall;
      }
    }
    if (up > 0 && down > 0) {
      // the rarer direction is the suspect; with a tie, both are
      if (down <= up) {
        keep(Double.MAX_VALUE, fall, m);
      }
      if (up <= down) {
        keep(Double.MAX_VALUE, rise, m);
      }
    }
  }

  /** For a function declared monotonic: keeps the first point of the rarer sign of f'. */
  private void derivativeSigns(int from, int to, int m) {
    double largest = 0;
    int positive = 0;
    int negative = 0;
    for (int i = from; i < to; i++) {
      positive += ds[i] > 0 ? 1 : 0;
      negative += ds[i] < 0 ? 1 : 0;
      if (Math.abs(ds[i]) > largest && Double.isFinite(ds[i])) {
        largest = Math.abs(ds[i]);
      }
    }
    if (positive == 0 || negative == 0) {
      return;
    }
    double threshold = MonotonicCheck.SIGN_TOLERANCE * largest;
    positive = 0;
    negative = 0;
    int firstPositive = -1;
    int firstNegative = -1;
    for (int i = from; i < to; i++) {
      if (ds[i] > threshold) {
        positive++;
        firstPositive = firstPositive < 0 ? i : firstPositive;
      } else if (ds[i] < -threshold) {
        negative++;
        firstNegative = firstNegative < 0 ? i : firstNegative;
      }
    }
    if (positive > 0 && negative > 0) {
      keep(Double.MAX_VALUE, positive < negative ? firstPositive : firstNegative, m);
    }
  }

  private void keep(double score, int i, int m) {
    if (places.size() == PLACES && score <= places.peek().score()) {
      return;
    }
    places.add(new Place(score, Arrays.copyOfRange(xs, Math.max(0, i - AROUND),
        Math.min(m, i + AROUND + 2))));
    if (places.size() > PLACES) {
      places.poll();
    }
  }

  private double[] placesPoints() {
    return places.stream().flatMapToDouble(p -> Arrays.stream(p.xs())).sorted().distinct().toArray();
  }
}
