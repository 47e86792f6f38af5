package org.activations.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.activations.Activation;
import org.apiguardian.api.API;

/**
 * The verification engine: measures every property of {@code PROPERTIES.md} on any activation,
 * validates its derivatives, its special values, its batch, backward and float methods and its
 * thread safety, and compares everything with what its provider declared. {@code check},
 * {@code table}, the report and the conformance kit all call {@link #analyze}, so they agree.
 *
 * <p>Robust to the plugin: every call goes through a guard (an exception is a finding with its
 * input), and each function is analysed on a daemon worker thread with a time budget; a function
 * that is too slow or hangs is abandoned with a "timed out after N s at x = …" finding, and the
 * caller goes on. See {@code docs/measurement.md} for what the sampling can and cannot guarantee.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PropertyAnalyzer {
  /** Relative tolerance of the shape comparisons, times the scale of f or f' on the window. */
  public static final double TOLERANCE = ShapeVerdicts.TOLERANCE;
  /** The default seed of the jittered sample. */
  public static final long DEFAULT_SEED = 20261129L;
  /** The default time budget per function. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /** The share of the budget the thread-safety check may wait for its threads. */
  private static final double THREAD_SHARE = 0.1;

  private final long seed;
  private final Duration timeout;
  private volatile double[] shared;

  /**
   * An engine with the given sample seed and time budget per function.
   *
   * @throws IllegalArgumentException if the timeout is not positive
   */
  public PropertyAnalyzer(long seed, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout (" + timeout + ") must be positive");
    }
    this.seed = seed;
    this.timeout = timeout;
  }

  /** An engine with the default seed and time budget. */
  public PropertyAnalyzer() {
    this(DEFAULT_SEED, DEFAULT_TIMEOUT);
  }

  /** The seed of the sample. */
  public long seed() {
    return seed;
  }

  /** The time budget per function. */
  public Duration timeout() {
    return timeout;
  }

  /** The sampling and tolerances, in words, for reports. */
  public String settings() {
    return "seed " + seed + "; jittered grid of " + SamplePoints.WINDOW_POINTS + " points on [-6, 6]"
        + " (gaps below " + Numbers.show(SamplePoints.WINDOW_GAP) + "), log sweep with relative steps of "
        + Numbers.show(SamplePoints.CORE_STEP) + " for 1e-10 <= |x| <= 1e10 and " + SamplePoints.OUTER_POINTS
        + " stratified points per sign beyond, to ±1e300; exact points 0, ±MIN_VALUE, ±MIN_NORMAL,"
        + " ±MAX_VALUE, ±∞, NaN, halves to ±10 and every declared special point ± 1 ulp; time budget "
        + timeout.toMillis() / 1000.0 + " s per function";
  }

  /** Analyses {@code f}; never throws because of f. See {@link #analyze(Activation, String, AnalysisListener)}. */
  public PropertyReport analyze(Activation f, String origin) {
    return analyze(f, origin, AnalysisListener.NONE);
  }

  /**
   * Analyses {@code f} on a daemon worker thread within the time budget. Whatever f does (throw,
   * hang, return garbage), this returns a report: findings say what went wrong.
   *
   * @param origin where its provider came from, for the report
   * @param listener hears the stages of the analysis
   */
  public PropertyReport analyze(Activation f, String origin, AnalysisListener listener) {
    Objects.requireNonNull(f, "f");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(listener, "listener");
    long start = System.nanoTime();
    String name = spec(f);
    FindingLog log = new FindingLog();
    Budget budget = new Budget(timeout.toNanos());
    FunctionAnalysis analysis = new FunctionAnalysis(f, name, sample(), seed, budget, log,
        listener, (long) (timeout.toMillis() * THREAD_SHARE));
    Object[] result = new Object[1];
    Thread worker = new Thread(() -> {
      try {
        result[0] = analysis.run();
      } catch (Budget.Exhausted e) {
        result[0] = e;
      } catch (RuntimeException | Error e) {
        result[0] = e;
      }
    }, "activations-analysis-" + name);
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(timeout.toMillis() + 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    budget.abandon();
    Object outcome = worker.isAlive() ? null : result[0];
    List<Verdict> verdicts = List.of();
    if (outcome instanceof List<?> list) {
      verdicts = list.stream().map(Verdict.class::cast).toList();
    } else if (outcome == null || outcome instanceof Budget.Exhausted) {
      log.add(Finding.fail(Concern.TIMEOUT, budget.lastX(), "timed out after "
          + timeout.toMillis() / 1000.0 + " s at x = " + Numbers.exact(budget.lastX())
          + " (the analysis was abandoned; raise --timeout if the function is merely slow)"));
    } else {
      Throwable t = (Throwable) outcome;
      log.add(Finding.fail(Concern.THROWS, "the analysis stopped: " + t));
    }
    return new PropertyReport(name, origin, verdicts, analysis.discontinuities(), analysis.derivatives(),
        log.findings(), settings(), java.time.Duration.ofNanos(System.nanoTime() - start));
  }

  private static String spec(Activation f) {
    try {
      return f.spec();
    } catch (RuntimeException e) {
      return f.getClass().getName();
    }
  }

  /** The shared sample, computed once per engine. */
  private double[] sample() {
    double[] s = shared;
    if (s == null) {
      synchronized (this) {
        if (shared == null) {
          shared = SamplePoints.shared(seed);
        }
        s = shared;
      }
    }
    return s;
  }
}
