package org.activations.analysis;

import org.activations.Activation;
import org.activations.Range;

/**
 * The guard around every call into the plugin under analysis. An exception becomes a
 * {@link Concern#THROWS} finding with its input, and the call reads as NaN; every value computed
 * anywhere in the analysis is checked here against the declared range and for NaN, so that no
 * value escapes those checks; every call ticks the {@link Budget}.
 */
final class Evaluations {
  /** The clock is read about this often: reading it costs as much as a few hundred cheap calls. */
  private static final long CLOCK_NANOS = 200_000;
  /** The most calls between two readings of the clock. */
  private static final int MAX_CLOCK_EVERY = 1 << 13;

  private final Activation f;
  private final Range range;
  private final Budget budget;
  private final FindingLog log;
  private int calls;
  /** Calls between two readings of the clock: adapted so that they are about CLOCK_NANOS apart. */
  private int clockEvery = 16;
  private long lastClock = System.nanoTime();
  /** The loop of {@link #fAndDf}'s calls. */
  private final CallLoop loop;
  /** Inputs whose values another log has checked already, sorted: their defects are not logged. */
  private double[] checkedElsewhere = new double[0];

  Evaluations(Activation f, Budget budget, FindingLog log) {
    this.f = f;
    this.range = f.info().range();
    this.budget = budget;
    this.log = log;
    this.loop = CallLoop.forFunction(f);
  }

  /** The function under analysis (for calls that have their own guard, as the batch checks). */
  Activation function() {
    return f;
  }

  /** The log findings go to. */
  FindingLog log() {
    return log;
  }

  /**
   * From now on, a defect of f or f' at one of {@code xs} (outside the range, NaN, an exception) is
   * not logged here: another log, the far sweep's, holds it already, and it would count twice.
   */
  void checkedElsewhere(double[] xs) {
    double[] sorted = xs.clone();
    java.util.Arrays.sort(sorted);
    checkedElsewhere = sorted;
  }

  /**
   * True if the defect {@code key} at x needs no new finding: the far sweep checked f and f' (not
   * f'(y)) at x in its own log, or this log has counted it ({@link FindingLog#counted}).
   */
  private boolean counted(String key, double x) {
    boolean swept = !key.startsWith("nan/output") && !key.endsWith("Output")
        && checkedElsewhere.length > 0 && java.util.Arrays.binarySearch(checkedElsewhere, x) >= 0;
    return swept || log.counted(key, x);
  }

  /** Ticks the budget at x; see {@link Budget#tick(double)}. */
  void tick(double x) {
    if (++calls < clockEvery) {
      budget.at(x);
      return;
    }
    calls = 0;
    clock(x);
  }

  /** Reads the clock (see {@link Budget#tick(double)}) and adapts how often it is read. */
  private void clock(double x) {
    long now = System.nanoTime();
    long since = now - lastClock;
    lastClock = now;
    if (since < CLOCK_NANOS / 2 && clockEvery < MAX_CLOCK_EVERY) {
      clockEvery *= 2;
    } else if (since > 2 * CLOCK_NANOS) {
      clockEvery = 1; // f has slowed down: read the clock at once, then grow again
    }
    budget.tick(x);
  }

  /** f(x), checked; NaN if f threw. */
  double f(double x) {
    tick(x);
    double y;
    try {
      y = f.apply(x);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      threw("apply", x, e);
      return Double.NaN;
    }
    checkValue(x, y);
    return y;
  }

  /** f'(x), checked for NaN; NaN if it threw. */
  double df(double x) {
    tick(x);
    double d;
    try {
      d = f.derivative(x);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      threw("derivative", x, e);
      return Double.NaN;
    }
    checkDerivative(x, d);
    return d;
  }

  private void checkDerivative(double x, double d) {
    // at ±∞ NaN can be right (f' has no limit there): SpecialInputs judges those two
    if (Double.isNaN(d) && !Double.isNaN(x) && !Double.isInfinite(x)) {
      Concern c = special(x) ? Concern.SPECIAL_INPUT : Concern.DERIVATIVE;
      if (!counted("nan/derivative/" + c, x)) {
        log.add("nan/derivative/" + c, Finding.fail(c, x, "f'(" + Numbers.exact(x) + ") is NaN"));
      }
    }
  }

  /** f'(y) for the output y = f(x), checked for NaN; NaN if it threw. */
  double dfy(double y, double x) {
    tick(x);
    double d;
    try {
      d = f.derivativeFromOutput(y);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      threw("derivativeFromOutput", y, e);
      return Double.NaN;
    }
    if (Double.isNaN(d) && !Double.isNaN(y) && !counted("nan/output/" + special(x), x)) {
      Concern c = special(x) ? Concern.SPECIAL_INPUT : Concern.DERIVATIVE_FROM_OUTPUT;
      log.add("nan/output/" + special(x), Finding.fail(c, x, "f'(y) is NaN for y = f(" + Numbers.exact(x)
          + ") = " + Numbers.exact(y)));
    }
    return d;
  }

  /**
   * f and f' at xs[from..to), into fs and ds, checked as {@link #f(double)} and {@link #df(double)}
   * check one value, but with one guard per run of calls: the far sweep's tens of millions of points
   * would spend more time in the checks, called point by point, than in most functions.
   */
  void fAndDf(double[] xs, double[] fs, double[] ds, int from, int to) {
    // in runs of clockEvery calls, the clock read after each run
    for (int i = from; i < to; clock(xs[i - 1])) {
      int end = Math.min(to, i + clockEvery);
      try {
        loop.values(f, xs, fs, i, end, budget);
        i = end;
      } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
        i = loop.at;
        threw("apply", xs[i], e);
        fs[i++] = Double.NaN;
      }
    }
    for (int i = from; i < to; clock(xs[i - 1])) {
      int end = Math.min(to, i + clockEvery);
      try {
        loop.slopes(f, xs, ds, i, end, budget);
        i = end;
      } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
        i = loop.at;
        threw("derivative", xs[i], e);
        ds[i++] = Double.NaN;
      }
    }
    for (int i = from; i < to; i++) {
      if (!range.containsRounded(fs[i])) { // NaN included
        checkValue(xs[i], fs[i]);
      }
      if (Double.isNaN(ds[i])) {
        checkDerivative(xs[i], ds[i]);
      }
    }
  }

  /** f at every x. */
  double[] f(double[] xs) {
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ys[i] = f(xs[i]);
    }
    return ys;
  }

  /** f' at every x. */
  double[] df(double[] xs) {
    double[] ds = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ds[i] = df(xs[i]);
    }
    return ds;
  }

  /** f'(y) at every output ys[i] = f(xs[i]). */
  double[] dfy(double[] ys, double[] xs) {
    double[] ds = new double[ys.length];
    for (int i = 0; i < ys.length; i++) {
      ds[i] = Double.isNaN(ys[i]) ? Double.NaN : dfy(ys[i], xs[i]);
    }
    return ds;
  }

  /** Records an exception thrown by the plugin from {@code method} at {@code x}. */
  void threw(String method, double x, Throwable e) {
    if (counted("throws/" + method, x)) {
      return;
    }
    log.add("throws/" + method, Finding.fail(Concern.THROWS, x, method + "(" + Numbers.exact(x)
        + ") threw " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
  }

  private void checkValue(double x, double y) {
    if (Double.isNaN(y)) {
      // at ±∞ NaN can be right (f has no limit there): SpecialInputs judges those two
      if (!Double.isNaN(x) && !Double.isInfinite(x) && !counted("nan/apply/" + special(x), x)) {
        Concern c = special(x) ? Concern.SPECIAL_INPUT : Concern.RANGE;
        log.add("nan/apply/" + special(x), Finding.fail(c, x, "f(" + Numbers.exact(x) + ") is NaN"));
      }
      return;
    }
    if (!range.containsRounded(y) && !counted("outside/" + Double.isInfinite(x), x)) {
      Concern c = Double.isInfinite(x) ? Concern.SPECIAL_INPUT : Concern.RANGE;
      log.add("outside/" + Double.isInfinite(x), Finding.fail(c, x, "f(" + Numbers.exact(x) + ") = " + Numbers.exact(y)
          + " lies outside the declared range " + range));
    }
  }

  /** The inputs that {@link SpecialInputs} probes: ±0, infinite, huge or subnormal. */
  static boolean special(double x) {
    double a = Math.abs(x);
    return Double.isInfinite(x) || a >= Double.MAX_VALUE / 2 || a < Double.MIN_NORMAL;
  }
}
