package org.activations.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.activations.SpecialPoint;

/**
 * The sorted points at which the analysis evaluates a function: seeded and jittered, so that no
 * feature can hide between the points of a fixed grid. Each cell of a grid holds one point, shifted
 * with all the others by a seeded offset and jittered within {@value #JITTER} of its cell, so that
 * neighbours are never more than 1 + {@value #JITTER} cells apart: a point jittered over its whole
 * cell could be two cells from the next.
 *
 * <ul>
 *   <li>the everyday window [-6, 6]: 2^17 points, no two more than {@value #WINDOW_GAP}
 *       apart, so every interval of that width contains one;
 *   <li>the core sweep, |x| in [1e-10, 1e10]: log cells of relative width {@value #CORE_STEP}, no
 *       two points more than 1e-4 apart in relative terms, so every band [a, a·(1 + 1e-4)] there
 *       contains a point;
 *   <li>the outer sweep, |x| in [1e-300, 1e-10] and [1e10, 1e300]: {@value #OUTER_POINTS}
 *       stratified log-uniform points per sign and side, for the measurers' view of the tails: the
 *       {@link FarScreen} covers this part densely and adds the places it suspects;
 *   <li>exact points: 0, ±MIN_VALUE, ±MIN_NORMAL, ±MAX_VALUE, the integers and halves up to 10, and
 *       for each function its declared special points with their next-up and next-down neighbours.
 * </ul>
 */
final class SamplePoints {
  /** The everyday window is [-WINDOW, WINDOW]. */
  static final double WINDOW = 6;
  /** Points on the window. */
  static final int WINDOW_POINTS = 1 << 17;
  /** The largest gap between window points. */
  static final double WINDOW_GAP = 1e-4;
  /** The share of its cell over which a point is jittered. */
  static final double JITTER = 0.09;
  /** The largest relative gap between points of the core sweep. */
  static final double CORE_GAP = 1e-4;
  /**
   * The core sweep's relative cell width: (1 + CORE_STEP)^(1 + JITTER) is 1 + CORE_GAP less a
   * margin for rounding.
   */
  static final double CORE_STEP = Math.expm1(Math.log1p(CORE_GAP * (1 - 1e-6)) / (1 + JITTER));
  static final double CORE_LOW = 1e-10;
  static final double CORE_HIGH = 1e10;
  static final double FAR_LOW = 1e-300;
  static final double FAR_HIGH = 1e300;
  /** Points per sign in each outer part of the sweep. */
  static final int OUTER_POINTS = 10_000;
  /** The largest integer (and half) sampled exactly. */
  private static final int EXACT_INTEGERS = 10;

  private SamplePoints() {}

  /** The points shared by every function for {@code seed}: sorted, distinct, finite. */
  static double[] shared(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] window = new double[WINDOW_POINTS];
    double step = 2 * WINDOW / WINDOW_POINTS;
    double offset = (1 - JITTER) * rnd.nextDouble();
    for (int i = 0; i < WINDOW_POINTS; i++) {
      window[i] = -WINDOW + step * (i + offset + JITTER * rnd.nextDouble());
    }
    double[] core = logBand(CORE_LOW, CORE_HIGH, CORE_STEP, rnd);
    double[] low = logUniform(FAR_LOW, CORE_LOW, OUTER_POINTS, rnd);
    double[] high = logUniform(CORE_HIGH, FAR_HIGH, OUTER_POINTS, rnd);
    int n = window.length + 2 * (core.length + low.length + high.length);
    double[] all = Arrays.copyOf(window, n);
    // in three ascending runs (the window, x > 0, x < 0), which the sort only merges: sorting
    // them interleaved took 150 ms of every run of the tools, before the JIT had compiled the sort
    int k = window.length;
    List<double[]> upwards = List.of(low, core, high);
    for (double[] part : upwards) {
      for (double m : part) {
        all[k++] = m;
      }
    }
    for (int p = upwards.size() - 1; p >= 0; p--) {
      double[] part = upwards.get(p);
      for (int i = part.length - 1; i >= 0; i--) {
        all[k++] = -part[i];
      }
    }
    Arrays.sort(all);
    return distinct(merge(all, exactPoints(List.of())));
  }

  /** The shared points with {@code specials} and their neighbours merged in. */
  static double[] forFunction(double[] shared, List<SpecialPoint> specials) {
    return distinct(merge(shared, exactPoints(specials)));
  }

  /** The sorted points {@code xs} with the sorted {@code extra} points merged in. */
  static double[] with(double[] xs, double[] extra) {
    return distinct(merge(xs, extra));
  }

  /** The exact points: 0, the extreme doubles, integers and halves, special points ± one ulp. */
  static double[] exactPoints(List<SpecialPoint> specials) {
    TreeSet<Double> xs = new TreeSet<>();
    xs.add(0.0);
    for (double v : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE}) {
      xs.add(v);
      xs.add(-v);
    }
    for (int i = 1; i <= 2 * EXACT_INTEGERS; i++) {
      xs.add(i / 2.0);
      xs.add(-i / 2.0);
    }
    for (SpecialPoint p : specials) {
      xs.add(p.x());
      xs.add(Math.nextUp(p.x()));
      xs.add(Math.nextDown(p.x()) + 0.0);
    }
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Positive magnitudes from lo to hi, one in each log cell of relative width {@code relStep}. */
  private static double[] logBand(double lo, double hi, double relStep, SplittableRandom rnd) {
    double logStep = Math.log1p(relStep);
    int n = (int) Math.ceil(Math.log(hi / lo) / logStep);
    double[] m = new double[n];
    double logLo = Math.log(lo);
    double offset = (1 - JITTER) * rnd.nextDouble();
    for (int i = 0; i < n; i++) {
      m[i] = Math.exp(logLo + logStep * (i + offset + JITTER * rnd.nextDouble()));
    }
    return m;
  }

  /** n stratified log-uniform magnitudes in [lo, hi]. */
  private static double[] logUniform(double lo, double hi, int n, SplittableRandom rnd) {
    double a = Math.log(lo);
    double w = (Math.log(hi) - a) / n;
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      m[i] = Math.exp(a + w * (i + rnd.nextDouble()));
    }
    return m;
  }

  private static double[] merge(double[] a, double[] b) {
    double[] out = new double[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      out[k++] = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    }
    return out;
  }

  /** Removes repeats (and turns -0.0 into 0.0) from a sorted array. */
  private static double[] distinct(double[] sorted) {
    double[] out = new double[sorted.length];
    int k = 0;
    for (double x : sorted) {
      double v = x + 0.0;
      if (k == 0 || v != out[k - 1]) {
        out[k++] = v;
      }
    }
    return Arrays.copyOf(out, k);
  }
}
