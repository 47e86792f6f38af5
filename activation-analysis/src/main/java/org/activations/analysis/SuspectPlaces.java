package org.activations.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The most suspicious places of the {@link FarScreen}'s chunks: intervals where f jumps or kinks
 * (they stand out from their neighbours), where the trapezoid rule with f' misses f, or, for a
 * function declared monotonic, where f turns or f' takes the rarer sign. It keeps the points around
 * the {@value #PLACES} worst, for the full analysis to measure.
 */
final class SuspectPlaces {
  /** The most places kept. */
  static final int PLACES = 32;
  /** Points kept on either side of a place. */
  static final int AROUND = 8;
  private static final double HALF_EPSILON_NOISE = Discontinuities.NOISE * 0x1p-53;
  /**
   * How much an interval's jump-or-kink score must stand out from its neighbours' to make a place
   * suspect: jittered strata alone make a smooth function's scores differ by tens, while a jump or a
   * kink of 1e-4 relative stands out by thousands or more.
   */
  private static final double STANDOUT = 1e3;

  private record Place(double score, double[] xs) {}

  private final double[] xs;
  private final double[] fs;
  private final double[] ds;
  private final double[] scores;
  private final boolean monotonic;
  private final PriorityQueue<Place> places =
      new PriorityQueue<>(Comparator.comparingDouble(Place::score));

  /** Places in the chunks that the screen writes to xs, fs (f) and ds (f'). */
  SuspectPlaces(double[] xs, double[] fs, double[] ds, boolean monotonic) {
    this.xs = xs;
    this.fs = fs;
    this.ds = ds;
    this.scores = new double[xs.length];
    this.monotonic = monotonic;
  }

  /** Scores the intervals first..last (inclusive) of the m points and keeps the worst places. */
  void score(int first, int last, int m) {
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

  /** The points around the places kept, sorted and distinct. */
  double[] points() {
    return places.stream().flatMapToDouble(p -> Arrays.stream(p.xs())).sorted().distinct().toArray();
  }
}
