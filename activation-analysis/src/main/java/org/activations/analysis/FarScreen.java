package org.activations.analysis;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dense screen of the outer sweep, |x| in [1e-300, 1e-10] and [1e10, 1e300] on both sides of 0,
 * where the shared sample is too thin to meet a narrow band. It evaluates f and f' at one jittered
 * point in every log-stratum, streamed in chunks so that memory stays small, in two passes: every
 * stratum of relative width {@value #COARSE_STEP}, then a fine pass, chunk by chunk in a seeded
 * random order until it is done or out of time (so that a pass cut short is thinned evenly over the
 * whole range, not cut off at some x), whose points are never more than {@value #GAP} apart in
 * relative terms: its strata are a little narrower than that, shifted together by a seeded offset,
 * and each point jittered within {@value #FINE_JITTER} of its stratum. The chunks are shared out
 * among {@linkplain #worker workers}, one per thread, so that the analysis can help once it is done.
 *
 * <p>Every value is checked as it is computed (range, NaN, exceptions: see {@link Evaluations}).
 * The places where f jumps or kinks, where the trapezoid rule with f' misses f, or where a function
 * declared monotonic turns, are scored ({@link SuspectPlaces}), and the points around the most
 * suspicious places are returned to join the sample, where the full analysis decides what they are. (f'(y) is
 * left to the sample: beyond 1e10 most functions have saturated, so f'(y) sees a few outputs only.)
 *
 * <p>With one point jittered over the whole of every stratum of relative width s, as in the coarse
 * pass, a band of relative width w contains a point for certain when w >= 2s, and with probability
 * at least 1 - (1 - w/(2s))^2 when w < 2s. The fine pass, once done, puts a point in every band of
 * relative width {@value #GAP} for certain; a share φ of its chunks, with probability φ at least.
 */
final class FarScreen {
  /** The largest relative gap between neighbouring points of the fine pass. */
  static final double GAP = 1e-4;
  /** The share of its stratum over which a point of the fine pass is jittered. */
  static final double FINE_JITTER = 0.1;
  /**
   * The relative width s of a stratum of the fine pass: neighbours are at most (1 + s)(1 + js) apart
   * for jitter j, which is 1 + GAP here, less a margin of 1e-9 for the rounding of the strata's
   * ends (a product of up to 2^14 ratios within a chunk).
   */
  static final double STEP = strataFor(GAP * (1 - 1e-5), FINE_JITTER);
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
  /** 2^64 divided by the golden ratio: the step of the jitter's Weyl sequence. */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  /** The natural log of the ratio of the ends of each part. */
  private static final double PART_LOG = Math.log(SamplePoints.FAR_HIGH / SamplePoints.CORE_HIGH);

  /** One pass: its strata, and the order in which its chunks are screened. */
  private record Pass(double step, double logStep, int strata, int chunksPerPart, int[] order,
      double offset, double jitter) {

    static Pass of(double step, double offset, double jitter, SplittableRandom shuffle) {
      double logStep = Math.log1p(step);
      int strata = (int) Math.ceil(PART_LOG / logStep);
      int chunksPerPart = (strata + CHUNK - 1) / CHUNK;
      int[] order = new int[PARTS.length * chunksPerPart];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      for (int i = order.length - 1; shuffle != null && i > 0; i--) {
        int j = shuffle.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      return new Pass(step, logStep, strata, chunksPerPart, order, offset, jitter);
    }

    long allStrata() {
      return (long) strata * PARTS.length;
    }
  }

  private final long salt;
  private final boolean monotonic;
  private final Pass coarse;
  private final Pass fine;
  /** The next chunk to hand out: the coarse pass's, then the fine pass's. */
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger coarseLeft;
  private final AtomicLong fineDone = new AtomicLong();
  private final AtomicLong points = new AtomicLong();
  private volatile double lastX = Double.NaN;

  /**
   * A screen jittered by {@code seed} of a function declared {@code monotonic} or not. Its workers
   * stop when their budgets (of CPU time, so that a loaded machine does not thin the screen) run out.
   */
  FarScreen(boolean monotonic, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.salt = rnd.nextLong();
    this.monotonic = monotonic;
    this.coarse = Pass.of(COARSE_STEP, 0, 1, null);
    this.fine = Pass.of(STEP, rnd.nextDouble(), FINE_JITTER, rnd);
    this.coarseLeft = new AtomicInteger(coarse.order().length);
  }

  /** A worker that screens chunks of this screen on the function behind {@code ev}. */
  Worker worker(Evaluations ev) {
    return new Worker(ev);
  }

  /** True if the time ran out before the coarse pass was done. */
  boolean cutShort() {
    return coarseLeft.get() > 0;
  }

  /** True if the fine pass was done to the end: every band of relative width GAP holds a point. */
  boolean complete() {
    return fineDone.get() == fine.allStrata();
  }

  /** The last input a worker evaluated (NaN before the first). */
  double lastX() {
    return lastX;
  }

  /** The number of points evaluated. */
  long points() {
    return points.get();
  }

  /**
   * The probability that a band of relative width w in the outer sweep contains a point of either
   * pass, at least: 0 if not even the coarse pass finished. (A band narrower than the fine pass's
   * gap may fall between two of its points, so only the coarse pass counts for it.)
   */
  double hitProbability(double w) {
    if (cutShort()) {
      return 0;
    }
    if (complete() && w >= GAP) {
      return 1;
    }
    double share = w >= GAP ? (double) fineDone.get() / fine.allStrata() : 0;
    return 1 - (1 - hit(w, COARSE_STEP)) * (1 - share);
  }

  /** The probability that one jittered point per stratum of width s hits a band of width w. */
  private static double hit(double w, double s) {
    double q = Math.max(0, 1 - w / (2 * s));
    return 1 - q * q;
  }

  /** The stratum width s for which (1 + s)(1 + j s) = 1 + gap. */
  private static double strataFor(double gap, double j) {
    return (-(1 + j) + Math.sqrt((1 + j) * (1 + j) + 4 * j * gap)) / (2 * j);
  }

  /**
   * The magnitudes of the points of the strata [a, a + m) of a part, increasing, into {@code out}:
   * each depends on its stratum's index alone, whichever chunk it is computed for.
   */
  private void magnitudes(Pass pass, int part, int a, int m, double[] out) {
    double step = pass.step();
    double shift = pass.offset();
    double spread = pass.jitter() * 0x1p-53;
    // two interleaved chains of products, so that each waits half as long for the one before it
    double ratio = 1 + step;
    double even = Math.exp(Math.log(PARTS[part][0]) + a * pass.logStep());
    double odd = even * ratio;
    double ratio2 = ratio * ratio;
    // the jitter is a Weyl sequence of the golden ratio, started where the stratum's index puts it:
    // equidistributed, and cheaper than a hash of the index
    long weyl = salt + part * 0x632BE59BD9B4E019L + (long) a * GOLDEN;
    int j = 0;
    for (; j + 1 < m; j += 2) {
      out[j] = even * (1 + step * (shift + spread * ((weyl) >>> 11)));
      out[j + 1] = odd * (1 + step * (shift + spread * ((weyl + GOLDEN) >>> 11)));
      weyl += 2 * GOLDEN;
      even *= ratio2;
      odd *= ratio2;
    }
    if (j < m) {
      out[j] = even * (1 + step * (shift + spread * (weyl >>> 11)));
    }
  }

  /**
   * The magnitudes of the fine pass's points in the strata [from, to) of part {@code part} (0 to 3),
   * increasing, exactly as a worker computes them in its chunk: for a test of the gaps.
   */
  double[] fineMagnitudes(int part, int from, int to) {
    int chunkStart = from - from % CHUNK;
    double[] out = new double[BEFORE + CHUNK + AFTER];
    magnitudes(fine, part, chunkStart - BEFORE, out.length, out);
    return java.util.Arrays.copyOfRange(out, BEFORE + from - chunkStart, BEFORE + to - chunkStart);
  }

  /** The number of strata of each part in the fine pass. */
  int fineStrata() {
    return fine.strata();
  }

  /** The ends {lowest, highest} of the magnitudes of part {@code part}. */
  static double[] partEnds(int part) {
    return new double[] {PARTS[part][0], PARTS[part][1]};
  }

  /** Screens chunks on one thread, with buffers and suspect places of its own. */
  final class Worker {
    private final Evaluations ev;
    private final double[] xs = new double[BEFORE + CHUNK + AFTER];
    private final double[] fs = new double[xs.length];
    private final double[] ds = new double[xs.length];
    private final SuspectPlaces places = new SuspectPlaces(xs, fs, ds, monotonic);

    private Worker(Evaluations ev) {
      this.ev = ev;
    }

    /**
     * Screens the chunks that no other worker has taken until none is left or the budget of its
     * evaluations runs out; the points around the most suspicious places this worker met, sorted.
     */
    double[] screen() {
      int coarseChunks = coarse.order().length;
      int all = coarseChunks + fine.order().length;
      try {
        for (int k = next.getAndIncrement(); k < all; k = next.getAndIncrement()) {
          boolean isCoarse = k < coarseChunks;
          Pass pass = isCoarse ? coarse : fine;
          int c = pass.order()[isCoarse ? k : k - coarseChunks];
          int from = (c % pass.chunksPerPart()) * CHUNK;
          int to = Math.min(pass.strata(), from + CHUNK);
          screenChunk(pass, c / pass.chunksPerPart(), from, to);
          if (isCoarse) {
            coarseLeft.decrementAndGet();
          } else {
            fineDone.addAndGet(to - from);
          }
        }
      } catch (Budget.Exhausted e) {
        // out of CPU time: what was screened counts
      }
      return places.points();
    }

    /**
     * Screens the strata [from, to) of a part, with context on either side:
     * in increasing x, so upwards in magnitude for x > 0 and downwards for x < 0.
     */
    private void screenChunk(Pass pass, int part, int from, int to) {
      // the context reaches past the part's ends, so that its first and last intervals are scored;
      // each stratum's point depends on its index alone, so the part's own points stay where they are
      int a = from - BEFORE;
      int m = to + AFTER - a;
      boolean negative = PARTS[part][2] < 0;
      magnitudes(pass, part, a, m, xs);
      if (negative) {
        for (int i = 0, j = m - 1; i <= j; i++, j--) {
          double t = xs[i];
          xs[i] = -xs[j];
          xs[j] = -t;
        }
      }
      lastX = xs[m - 1];
      ev.fAndDf(xs, fs, ds, 0, m);
      points.addAndGet(m);
      // the chunk's own intervals: those that start at its strata, in array positions
      // and, in a part's first chunk, the interval from the context's last stratum to the part's
      // first, which holds the part's end (|x| = 1e10 or 1e-300)
      int start = from == 0 ? 1 : 0;
      int first = negative ? m - 1 - (to - a) : from - a - start;
      int last = negative ? m - 2 - (from - a) + start : to - a - 1;
      places.score(Math.max(6, first), Math.min(last, m - 8), m);
    }
  }
}
