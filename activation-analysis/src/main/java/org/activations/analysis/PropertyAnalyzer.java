package org.activations.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
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
  /** The default number of regularly spaced points where the derivatives are checked carefully. */
  public static final int DEFAULT_POINTS = DerivativeValidation.REGULAR_POINTS;
  /** The fewest careful derivative points allowed. */
  public static final int MIN_POINTS = 100;
  /** The wall-clock backstop, in budgets: for a function that blocks rather than computes. */
  private static final int WALL_FACTOR = 3;
  /** The share of the budget the thread-safety check may wait for its threads. */
  private static final double THREAD_SHARE = 0.1;

  private final long seed;
  private final Duration timeout;
  private final int points;
  private volatile double[] shared;

  /**
   * An engine with the given sample seed, time budget per function, and number of regularly spaced
   * points where the derivatives are checked carefully (besides the exact points and every point
   * the screen flags).
   *
   * @throws IllegalArgumentException if the timeout is not positive or points is below 100
   */
  public PropertyAnalyzer(long seed, Duration timeout, int points) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout (" + timeout + ") must be positive");
    }
    if (points < MIN_POINTS) {
      throw new IllegalArgumentException("points (" + points + ") must be >= " + MIN_POINTS);
    }
    this.seed = seed;
    this.timeout = timeout;
    this.points = points;
  }

  /**
   * An engine with the given seed and time budget and the default number of derivative points.
   *
   * @throws IllegalArgumentException if the timeout is not positive
   */
  public PropertyAnalyzer(long seed, Duration timeout) {
    this(seed, timeout, DEFAULT_POINTS);
  }

  /** An engine with the default seed, time budget and derivative points. */
  public PropertyAnalyzer() {
    this(DEFAULT_SEED, DEFAULT_TIMEOUT);
  }

  /** The number of regularly spaced careful derivative points. */
  public int points() {
    return points;
  }

  /** The seed of the sample. */
  public long seed() {
    return seed;
  }

  /** The time budget per function. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The sampling and tolerances in one sentence of a fixed shape (the JSON reports read its numbers):
   * the window grid, the sweep, the tolerance, the jump resolution (relative), the careful
   * derivative points and the seed; then the time budget.
   */
  public String settings() {
    return "grid of " + SamplePoints.WINDOW_POINTS + " steps on [-" + (int) SamplePoints.WINDOW + ", "
        + (int) SamplePoints.WINDOW + "], logarithmic sweep to ±" + Numbers.show(SamplePoints.FAR_HIGH)
        + " and ±∞; tolerance " + Numbers.show(TOLERANCE) + " × scale of f on the window; jumps located to "
        + Numbers.show(Math.ulp(1.0)) + "; derivatives checked at " + points + " points (seed " + seed + ")";
  }

  /** Analyses {@code f}; never throws because of f. See {@link #analyze(Activation, String, AnalysisListener)}. */
  public PropertyReport analyze(Activation f, String origin) {
    return analyze(f, origin, AnalysisListener.NONE);
  }

  /**
   * Analyses {@code f} as {@link #analyze(Activation, String)} does, and also races the first calls
   * on new instances from {@code fresh} (such as {@code () -> registry.get(spec)}): a lazily
   * initialised field that another thread can see half-built shows only there.
   */
  public PropertyReport analyze(Activation f, Supplier<? extends Activation> fresh, String origin) {
    return analyze(f, fresh, origin, AnalysisListener.NONE);
  }

  /**
   * Analyses {@code f} on a daemon worker thread within the time budget. Whatever f does (throw,
   * hang, return garbage), this returns a report: findings say what went wrong.
   *
   * @param origin where its provider came from, for the report
   * @param listener hears the stages of the analysis
   */
  public PropertyReport analyze(Activation f, String origin, AnalysisListener listener) {
    return analyze(f, null, origin, listener);
  }

  /**
   * Analyses {@code f}, with new instances from {@code fresh} for the first-calls race (null: no
   * such race), on a daemon worker thread within the time budget. See
   * {@link #analyze(Activation, String, AnalysisListener)}.
   *
   * @param fresh new instances of f's spec, or null
   * @param origin where its provider came from, for the report
   * @param listener hears the stages of the analysis
   */
  public PropertyReport analyze(Activation f, Supplier<? extends Activation> fresh, String origin,
      AnalysisListener listener) {
    Objects.requireNonNull(f, "f");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(listener, "listener");
    long start = System.nanoTime();
    String name = spec(f);
    FindingLog log = new FindingLog();
    Budget budget = new Budget(timeout.toNanos());
    String[] stage = {"first"};
    AnalysisListener tracking = (function, now) -> {
      stage[0] = now;
      listener.stage(function, now);
    };
    FunctionAnalysis analysis = new FunctionAnalysis(f, fresh, name, sample(), seed, budget, log,
        tracking, (long) (timeout.toMillis() * THREAD_SHARE), timeout.toNanos(), points);
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
      // the budget counts CPU time; a function that blocks (sleeps, waits) is stopped by the clock
      worker.join(WALL_FACTOR * timeout.toMillis() + 1);
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
      // an Error that the guard does not turn into a finding (OutOfMemoryError, an
      // ExceptionInInitializerError of the plugin's own), or a failure of the engine itself
      // (its input is not known: the batch and thread checks call the plugin past the budget)
      log.add(Finding.fail(Concern.THROWS, "the analysis stopped in its " + stage[0] + " stage: " + t
          + " (the rest of this function's analysis is lost; the other functions' go on)"));
    }
    return new PropertyReport(name, origin, verdicts, analysis.discontinuities(), analysis.derivatives(), analysis.farSweep(),
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
