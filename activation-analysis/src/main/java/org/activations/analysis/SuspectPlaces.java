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
  /** Slopes below this have lost their precision to underflow (2^52 times the smallest normal). */
  private static final double TINY_SLOPE = Double.MIN_NORMAL * 0x1p52;

  private record Place(double score, double[] xs) {}

  private final double[] xs;
  private final double[] fs;
  private final double[] ds;
  /** The local stencil: points i − CENTRE .. i − CENTRE + STENCIL − 1 around interval i. */
  private static final int CENTRE = 6;
  private static final int STENCIL = 14;
  private final double[] tx = new double[STENCIL];
  private final double[] tf = new double[STENCIL];
  private final double[] td = new double[STENCIL];
  private final double[] scores = new double[STENCIL];
  private final boolean monotonic;
  private final PriorityQueue<Place> places =
      new PriorityQueue<>(Comparator.comparingDouble(Place::score));

  /** Places in the chunks that the screen writes to xs, fs (f) and ds (f'). */
  SuspectPlaces(double[] xs, double[] fs, double[] ds, boolean monotonic) {
    this.xs = xs;
    this.fs = fs;
    this.ds = ds;
    this.monotonic = monotonic;
  }

  /**
   * Scores the intervals first..last (inclusive) of the m points (6 &le; first, last &le; m - 8) and
   * keeps the worst places. Where an interval's trapezoid residual rises above the noise of f, it
   * and its two neighbours are scored on a stencil in the interval's own coordinate
   * t = (x − x_i)/h, so that divided differences of f and slopes do not underflow at |x| = 1e300
   * (where log x or 1/x would otherwise look like jumps), and the jump-or-kink score is the largest
   * of the three: with jittered strata a jump's own interval can score below a wider neighbour.
   */
  void score(int first, int last, int m) {
    for (int i = first; i <= last; i++) {
      // the trapezoid residual: below the noise of f, no candidate of either kind can be there
      double r = Math.abs(fs[i + 1] - fs[i] - 0.5 * (xs[i + 1] - xs[i]) * (ds[i] + ds[i + 1]));
      // NOISE ulps of f are at least NOISE * 2^-53 * |f|: a cheap gate, wider than the noise
      if (r > HALF_EPSILON_NOISE * Math.max(Math.abs(fs[i]), Math.abs(fs[i + 1]))
          || !(r >= 0) && Double.isFinite(fs[i]) != Double.isFinite(fs[i + 1])) {
        double h = xs[i + 1] - xs[i];
        for (int j = 0; j < STENCIL; j++) {
          int k = i - CENTRE + j;
          tx[j] = (xs[k] - xs[i]) / h;
          tf[j] = fs[k];
          td[j] = ds[k] * h;
        }
        // where f's slope is below the normal doubles, f' rounds to 0 or a few bits: no trapezoid
        double worst = Math.abs(fs[i + 1] - fs[i]) < TINY_SLOPE * h ? 0
            : DerivativeScreen.trapezoidRatio(tx, tf, td, CENTRE) / DerivativeScreen.SCREEN_FACTOR;
        for (int j = 1; j + 2 < STENCIL; j++) {
          scores[j] = Discontinuities.score(tx, tf, j);
        }
        int at = i;
        for (int j = CENTRE - 1; j <= CENTRE + 1; j++) {
          double standout = Discontinuities.standout(scores, tf, j) / STANDOUT;
          if (standout > worst) {
            worst = standout;
            at = i - CENTRE + j;
          }
        }
        if (worst > 1) {
          keep(worst, at, m);
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
    int positive = 0;
    int negative = 0;
    for (int i = from; i < to; i++) {
      positive += ds[i] > 0 ? 1 : 0;
      negative += ds[i] < 0 ? 1 : 0;
    }
    if (positive == 0 || negative == 0) {
      return; // the common case, without the largest |f'|
    }
    double largest = 0;
    for (int i = from; i < to; i++) {
      if (Math.abs(ds[i]) > largest && Double.isFinite(ds[i])) {
        largest = Math.abs(ds[i]);
      }
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
