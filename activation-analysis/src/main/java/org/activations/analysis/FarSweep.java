package org.activations.analysis;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.activations.Activation;

/**
 * Runs the {@link FarScreen} beside the rest of an analysis: on a thread of its own and a new
 * instance of the function when there are two cores and a new instance can be had, until the
 * analysis asks for its suspects; else in place, for {@value #IN_PLACE_NANOS} ns, when asked. Its
 * findings are kept apart until {@link #reportTo}, so that the analysis can measure again.
 */
final class FarSweep {
  /** The band width whose chance of being hit the report gives. */
  static final double BAND = 1e-4;
  /** The time of a screen run in place, on the analysing thread. */
  static final long IN_PLACE_NANOS = 600_000_000L;
  /**
   * How much longer than its time the screen may take before it is abandoned: it stops by itself
   * between chunks, so only a call into the plugin that blocks or runs very long takes longer.
   */
  private static final long GRACE_NANOS = 2_000_000_000L;

  private final Activation f;
  private final long seed;
  private final long nanos;
  private final Budget budget;
  private final FindingLog own = new FindingLog();
  private final FarScreen beside;
  private final FutureTask<double[]> task;
  private volatile FarScreen done;

  private FarSweep(Activation f, long seed, long nanos, Budget budget, Activation instance) {
    this.f = f;
    this.seed = seed;
    this.nanos = nanos;
    this.budget = instance == null ? budget : budget.child(nanos);
    this.beside = instance == null ? null
        : new FarScreen(new Evaluations(instance, this.budget, own), seed);
    this.task = beside == null ? null : new FutureTask<>(() -> beside.screen(nanos));
  }

  /**
   * Starts the screen of {@code f} (for at most {@code nanos}, within {@code budget}): beside the
   * analysis on an instance from {@code fresh} when it can and f passed the thread-safety check,
   * else later in place.
   */
  static FarSweep start(Activation f, Supplier<? extends Activation> fresh, String name, long seed,
      Budget budget, long nanos, boolean threadSafe) {
    // a function that failed the thread-safety check is screened in place: beside the analysis its
    // races would spoil the analysis's values (a provider may hand out one shared instance, as the
    // built-ins do, which is right for a thread-safe function)
    Activation instance = fresh == null || !threadSafe
        || Runtime.getRuntime().availableProcessors() < 2 ? null : newInstance(fresh);
    FarSweep sweep = new FarSweep(f, seed, nanos, budget, instance);
    if (sweep.task != null) {
      Thread thread = new Thread(sweep.task, "activations-far-sweep-" + name);
      thread.setDaemon(true);
      thread.start();
    }
    return sweep;
  }

  private static Activation newInstance(Supplier<? extends Activation> fresh) {
    try {
      return fresh.get();
    } catch (RuntimeException | LinkageError e) {
      return null; // the screen runs in place; the first-calls race reports a failing factory
    }
  }

  /**
   * The points around the most suspicious places of the outer sweep, sorted: stops the screen
   * beside (once its coarse pass is done) and waits for it, or runs one now on {@code ev}'s function.
   */
  double[] suspects(Evaluations ev) {
    if (task == null) {
      FarScreen inPlace = new FarScreen(new Evaluations(f, budget, own), seed);
      double[] points = inPlace.screen(Math.min(nanos, IN_PLACE_NANOS));
      done = inPlace;
      return points;
    }
    beside.stop();
    try {
      double[] points = task.get(nanos + GRACE_NANOS, TimeUnit.NANOSECONDS);
      done = beside;
      return points;
    } catch (TimeoutException e) {
      budget.abandon();
      own.add(Finding.fail(Concern.TIMEOUT, budget.lastX(), "the far sweep timed out after "
          + Numbers.show((nanos + GRACE_NANOS) / 1e9) + " s at x = " + Numbers.exact(budget.lastX())
          + " (f or f' blocks or runs very long there)"));
      return new double[0];
    } catch (ExecutionException e) {
      throw new IllegalStateException("the far sweep failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      budget.abandon();
      return new double[0];
    }
  }

  /** Adds the screen's findings to {@code log}, and a finding if it ran out of time early. */
  void reportTo(FindingLog log) {
    log.addAll(own);
    FarScreen screen = done;
    if (screen != null && screen.cutShort()) {
      // a key of its own: under TIMEOUT's, it would replace the sample's thinning finding
      log.add("timeout/far-sweep", Finding.cannotVerify(Concern.TIMEOUT, Double.NaN, "f and f' are"
          + " slow: the far sweep ran out of time at x = " + Numbers.exact(screen.lastX()) + " after "
          + screen.points()
          + " points, before one point per relative width " + Numbers.show(FarScreen.COARSE_STEP)
          + " (|x| > 1e10 and |x| < 1e-10): beyond it only the thinner shared sample looked"));
    }
  }

  /** What the screen covered, once it has finished its coarse pass. */
  Optional<FarSweepReport> result() {
    FarScreen screen = done;
    return screen == null || screen.cutShort() ? Optional.empty()
        : Optional.of(new FarSweepReport(screen.points(), BAND, screen.hitProbability(BAND)));
  }
}
