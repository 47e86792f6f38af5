package org.activations.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * Finds jumps and kinks of a function anywhere on the sample, scale-free.
 *
 * <p>Each sample interval i is scored by how far its secant slope misses the slope interpolated
 * from the secants on either side, times its width: for a smooth function that is of order h³·g''',
 * for a kink of order h·(change of slope), for a jump the jump itself. An interval that stands out
 * {@value #STANDOUT} times from the intervals two and three away, and above the rounding noise of
 * g (in ulps), is a candidate. A candidate is bisected: first as a jump (keeping the half that changes more
 * than the outer slopes predict, down to adjacent doubles, where only a jump survives), then as a
 * kink (cutting the bracket into 16 parts and keeping the one that scores highest with its
 * neighbours, down to the
 * width where rounding noise would swamp the slope change), and confirmed only if the change of slope
 * is the same at four widths (2, 2.73, 8 and 32 times the bracket), which a continuous curvature never is.
 */
final class Discontinuities {
  /** How much a candidate must stand out from its neighbours. */
  static final double STANDOUT = 8;
  /** Rounding noise of g, in units of ε·|g|, below which nothing is a candidate. */
  static final double NOISE = 32;
  /** The most candidates bisected per search; the rest are reported as not verified. */
  static final int MAX_CANDIDATES = 3000;
  /** The smallest relative change of slope that is reported as a kink. */
  static final double MIN_RELATIVE_KINK = 1e-7;
  private static final int MAX_BISECTIONS = 400;
  /** A kink's bracket is cut into this many parts per step, and the part that scores highest kept. */
  private static final int PARTS = 16;
  /** How far beside a discontinuity its noise is measured, relative to max(1, |x|). */
  private static final double BESIDE = 0x1p-6;
  /** Below this |x| the noise beside a jump is measured on the scale of x. */
  private static final double TINY = 0x1p-20;
  /** The half-width of the probe at each exact point, relative to max(1, |x|). */
  private static final double EXACT_PROBE = 1e-6;

  private final DoubleUnaryOperator g;
  private final JumpEvidence evidence;
  private final int maxCandidates;
  private int skipped;

  /** A search on the function {@code g} (f, or f') that bisects at most {@code maxCandidates}. */
  Discontinuities(DoubleUnaryOperator g, int maxCandidates) {
    this.g = g;
    this.evidence = new JumpEvidence(g);
    this.maxCandidates = Math.max(1, maxCandidates);
  }

  /** A search on the function {@code g} with the default limit of candidates. */
  Discontinuities(DoubleUnaryOperator g) {
    this(g, MAX_CANDIDATES);
  }

  /** The number of candidates not examined in the last search (over {@link #MAX_CANDIDATES}). */
  int skipped() {
    return skipped;
  }

  /**
   * The jumps (order {@code base}) and kinks (order {@code base + 1}) of g on the sorted sample xs
   * with values vs, and at the exact points (where a jump on a sample point hides from the scan:
   * the intervals on either side of 0 are log-spaced and see only one side each).
   */
  List<Discontinuity> find(double[] xs, double[] vs, int base, double[] exact) {
    int n = xs.length;
    double[] score = new double[n];
    for (int i = 2; i + 3 < n; i++) {
      score[i] = score(xs, vs, i);
    }
    List<int[]> candidates = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 5; i + 6 < n; i++) {
      double ratio = standout(score, vs, i);
      if (ratio > 0) {
        candidates.add(new int[] {i});
        ratios.add(ratio);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      order.add(k);
    }
    order.sort(Comparator.comparingDouble((Integer k) -> -ratios.get(k)));
    skipped = Math.max(0, order.size() - maxCandidates);
    List<Discontinuity> found = new ArrayList<>();
    for (int k : order.subList(0, Math.min(order.size(), maxCandidates))) {
      int i = candidates.get(k)[0];
      examine(xs, vs, i, base).ifPresent(found::add);
    }
    for (double p : exact) {
      if (Double.isFinite(p) && Math.abs(p) < Double.MAX_VALUE / 4
          && found.stream().noneMatch(d -> Math.abs(d.x() - p) <= EXACT_PROBE * Math.max(1, Math.abs(p)))) {
        around(p, EXACT_PROBE * Math.max(1, Math.abs(p)), base).ifPresent(found::add);
      }
    }
    found.sort(Comparator.comparingDouble(Discontinuity::x));
    List<Discontinuity> distinct = new ArrayList<>();
    for (Discontinuity d : found) {
      if (distinct.isEmpty() || !same(distinct.get(distinct.size() - 1), d)) {
        distinct.add(d);
      }
    }
    return distinct;
  }

  private static boolean same(Discontinuity a, Discontinuity b) {
    return a.order() == b.order()
        && Math.abs(a.x() - b.x()) <= 1e-9 * Math.max(1, Math.abs(a.x()));
  }

  /**
   * How much interval i stands out from the intervals two and three away when it is a candidate
   * (see the class comment): their score ratio, infinite where they score 0; 0 when it is not a
   * candidate. Needs 4 <= i and i + 4 < scores.length.
   */
  static double standout(double[] scores, double[] vs, int i) {
    double s = scores[i];
    if (!(s > 0) || s < scores[i - 1] || s < scores[i + 1]) {
      return 0;
    }
    double ref = Math.max(Math.max(scores[i - 4], scores[i - 3]), Math.max(scores[i + 3], scores[i + 4]));
    double floor = NOISE * Math.ulp(maxAbs(vs, i - 1, i + 2));
    if (s > STANDOUT * ref && s > floor || Double.isInfinite(s)) {
      double ratio = ref > 0 ? s / ref : Double.POSITIVE_INFINITY;
      return ratio > 0 ? ratio : Double.POSITIVE_INFINITY; // an infinite score over an infinite ref
    }
    return 0;
  }

  /** The score of interval i (see the class comment); infinite where g turns non-finite. */
  static double score(double[] x, double[] v, int i) {
    for (int j = i - 1; j <= i + 2; j++) {
      if (!Double.isFinite(v[j])) {
        return Double.isFinite(v[i]) != Double.isFinite(v[i + 1]) ? Double.POSITIVE_INFINITY : 0;
      }
    }
    double sl = (v[i] - v[i - 1]) / (x[i] - x[i - 1]);
    double sm = (v[i + 1] - v[i]) / (x[i + 1] - x[i]);
    double sr = (v[i + 2] - v[i + 1]) / (x[i + 2] - x[i + 1]);
    double ml = 0.5 * (x[i] + x[i - 1]);
    double mm = 0.5 * (x[i + 1] + x[i]);
    double mr = 0.5 * (x[i + 2] + x[i + 1]);
    double predicted = sl + (sr - sl) * ((mm - ml) / (mr - ml));
    double s = Math.abs(sm - predicted) * (x[i + 1] - x[i]);
    return Double.isNaN(s) ? 0 : s;
  }

  private static double maxAbs(double[] v, int from, int to) {
    double m = 0;
    for (int j = from; j <= to; j++) {
      m = Math.max(m, Math.abs(v[j]));
    }
    return m;
  }

  /** Bisects the candidate interval i as a jump, then as a kink. */
  private Optional<Discontinuity> examine(double[] xs, double[] vs, int i, int base) {
    // the discontinuity raises the scores of its own interval and both neighbours: bracket all three
    double sl = (vs[i - 1] - vs[i - 2]) / (xs[i - 1] - xs[i - 2]);
    double sr = (vs[i + 3] - vs[i + 2]) / (xs[i + 3] - xs[i + 2]);
    Optional<Discontinuity> jump = jump(xs[i - 1], vs[i - 1], xs[i + 2], vs[i + 2], 0.5 * (sl + sr), base);
    return jump.isPresent() ? jump
        : kink(xs[i - 1], vs[i - 1], xs[i + 2], vs[i + 2], sl, sr, base + 1);
  }

  /** Probes [x - h, x + h] for a jump or a kink (a point whose derivative could not be resolved). */
  Optional<Discontinuity> around(double x, double h, int base) {
    double a = x - h;
    double b = x + h;
    double fa = g.applyAsDouble(a);
    double fb = g.applyAsDouble(b);
    double sl = (fa - g.applyAsDouble(a - h)) / h;
    double sr = (g.applyAsDouble(b + h) - fb) / h;
    Optional<Discontinuity> jump = jump(a, fa, b, fb, 0.5 * (sl + sr), base);
    return jump.isPresent() ? jump : kink(a, fa, b, fb, sl, sr, base + 1);
  }

  private Optional<Discontinuity> jump(double a, double fa, double b, double fb, double slope,
      int order) {
    double initial = Math.abs(fb - fa - slope * (b - a));
    for (int k = 0; k < MAX_BISECTIONS; k++) {
      double m = a + 0.5 * (b - a);
      if (m <= a || m >= b) {
        break;
      }
      double fm = g.applyAsDouble(m);
      if (Math.abs(fm - fa - slope * (m - a)) >= Math.abs(fb - fm - slope * (b - m))) {
        b = m;
        fb = fm;
      } else {
        a = m;
        fa = fm;
      }
    }
    double change = Math.abs(fb - fa);
    double noise = NOISE * Math.ulp(Math.max(Math.abs(fa), Math.abs(fb))) + 4 * Math.abs(slope) * (b - a)
        + NOISE * Double.MIN_NORMAL;
    if (Double.isFinite(fa) != Double.isFinite(fb)
        || change > noise && change >= 0.25 * initial && evidence.steadySides(a, fa, b, fb, change)
            // a function that cancels is noisier than its ulps: the jump must beat its real noise
            && change > NOISE * noiseBeside(a, b) && !evidence.stepOfItsRounding(a, fa, b, fb, slope)) {
      return Optional.of(new Discontinuity(Numbers.snap(a, b), order, fa, fb));
    }
    return Optional.empty();
  }

  private Optional<Discontinuity> kink(double a, double fa, double b, double fb, double sa,
      double sb, int order) {
    double initial = Math.abs(sb - sa);
    if (!(initial > 0)) {
      return Optional.empty();
    }
    double level = Math.max(Math.ulp(Math.max(Math.abs(fa), Math.abs(fb))),
        2 * noiseBeside(a, b));
    for (int k = 0; k < MAX_BISECTIONS; k++) {
      double step = (b - a) / PARTS;
      if (NOISE * level / step > initial / 64 || a + step <= a) {
        break;
      }
      double[] t = new double[PARTS + 5];
      double[] v = new double[PARTS + 5];
      for (int j = 0; j < t.length; j++) {
        t[j] = a + (j - 2) * step;
        v[j] = j == 2 ? fa : j == PARTS + 2 ? fb : g.applyAsDouble(t[j]);
      }
      int best = 2;
      for (int j = 2; j < PARTS + 2; j++) {
        if (score(t, v, j) > score(t, v, best)) {
          best = j;
        }
      }
      // the kink raises the scores of its part and both neighbours: keep all three
      a = t[best - 1];
      fa = v[best - 1];
      b = t[best + 2];
      fb = v[best + 2];
    }
    double w = b - a;
    double[] near = slopes(a, fa, b, fb, 2 * w);
    double[] mid = slopes(a, fa, b, fb, 8 * w);
    double[] far = slopes(a, fa, b, fb, 32 * w);
    // one width at an irrational-looking ratio: widths in powers of 2 can all be commensurate with
    // an oscillation of f, whose averaged slopes then drift together as if they were steady
    double[] odd = slopes(a, fa, b, fb, (1 + Math.sqrt(3)) * w);
    double kNear = near[1] - near[0];
    double kMid = mid[1] - mid[0];
    double kFar = far[1] - far[0];
    double kOdd = odd[1] - odd[0];
    double noise = NOISE * level / (2 * w);
    boolean steady = Math.abs(kNear - kMid) <= 0.125 * Math.abs(kNear)
        && Math.abs(kMid - kFar) <= 0.125 * Math.abs(kNear)
        && Math.abs(kOdd - kNear) <= 0.125 * Math.abs(kNear);
    boolean visible = Math.abs(kNear) > 8 * noise + Double.MIN_NORMAL && Math.abs(kNear) >= 0.25 * initial
        && Math.abs(kNear) >= MIN_RELATIVE_KINK * Math.max(Math.abs(near[0]), Math.abs(near[1]));
    if (steady && visible) {
      return Optional.of(new Discontinuity(Numbers.snap(a, b), order, near[0], near[1]));
    }
    return Optional.empty();
  }

  /**
   * The noise of g beside [a, b], the smaller of the two sides, far enough out that the noise
   * probe's points do not straddle the discontinuity itself.
   */
  private double noiseBeside(double a, double b) {
    double at = Math.max(Math.abs(a), Math.abs(b));
    if (at < TINY) {
      // far below 1 the noise is measured on the scale of x, so that a jump at 1e-120 is seen
      // against the noise there rather than against the noise of f at 2^-6
      double away = BESIDE * at;
      return Math.min(NoiseAwareDerivative.noise(g, a - away, at, at),
          NoiseAwareDerivative.noise(g, b + away, at, at));
    }
    double away = BESIDE * Math.max(1, at);
    return Math.min(NoiseAwareDerivative.noise(g, a - away), NoiseAwareDerivative.noise(g, b + away));
  }

  /** The one-sided slopes over a width omega just outside [a, b]. */
  private double[] slopes(double a, double fa, double b, double fb, double omega) {
    double left = (fa - g.applyAsDouble(a - omega)) / omega;
    double right = (g.applyAsDouble(b + omega) - fb) / omega;
    return new double[] {left, right};
  }
}
