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
 * instance of the function when there are two cores and a new instance can be had; once the rest
 * is done, the analysing thread screens the chunks left too, until the fine pass is done or each
 * thread has used its CPU time. Else in place, for {@value #IN_PLACE_NANOS} ns of CPU time at most,
 * when the analysis asks for its suspects. Its findings are kept apart until {@link #reportTo}, so
 * that the analysis can measure again.
 */
final class FarSweep {
  /** The band width whose chance of being hit the report gives: the fine pass's largest gap. */
  static final double BAND = FarScreen.GAP;
  /** The time of a screen run in place, on the analysing thread. */
  static final long IN_PLACE_NANOS = 600_000_000L;
  /**
   * How long the screen beside may go without a call into the plugin before it is abandoned: it
   * stops by itself when its CPU time is used, so only a call that blocks or runs very long is
   * waited for longer.
   */
  private static final long GRACE_NANOS = 2_000_000_000L;

  private final Activation f;
  private final long seed;
  private final long nanos;
  /** The budget of the screen beside, or the analysis's when the screen runs in place. */
  private final Budget budget;
  private final Budget analysisBudget;
  private final FindingLog own = new FindingLog();
  private final FarScreen beside;
  private final FutureTask<double[]> task;
  private volatile FarScreen done;

  private FarSweep(Activation f, long seed, long nanos, Budget budget, Activation instance) {
    this.f = f;
    this.seed = seed;
    this.nanos = nanos;
    this.analysisBudget = budget;
    this.budget = instance == null ? budget : budget.child(nanos);
    this.beside = instance == null ? null : screen();
    this.task = beside == null ? null
        : new FutureTask<>(beside.worker(new Evaluations(instance, this.budget, own))::screen);
  }

  private FarScreen screen() {
    return new FarScreen(f.info().declared().monotonic(), seed);
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
   * The points around the most suspicious places of the outer sweep, sorted: screens the chunks
   * that the screen beside has not taken yet on {@code ev}'s thread and function too, and waits
   * for it (its fine pass done or its time used); or runs a screen now, in place.
   */
  double[] suspects(Evaluations ev) {
    if (task == null) {
      FarScreen inPlace = screen();
      Budget part = analysisBudget.part(Math.min(nanos, IN_PLACE_NANOS));
      double[] points = inPlace.worker(new Evaluations(f, part, own)).screen();
      done = inPlace;
      return points;
    }
    double[] mine = beside.worker(new Evaluations(f, analysisBudget.part(nanos), own)).screen();
    try {
      double[] theirs = await();
      done = beside;
      return java.util.stream.DoubleStream.concat(java.util.Arrays.stream(mine),
          java.util.Arrays.stream(theirs)).sorted().distinct().toArray();
    } catch (TimeoutException e) {
      budget.abandon();
      own.add(Finding.fail(Concern.TIMEOUT, budget.lastX(), "the far sweep timed out: a call at x = "
          + Numbers.exact(budget.lastX()) + " has not returned after " + Numbers.show(GRACE_NANOS / 1e9)
          + " s (f or f' blocks or runs very long there)"));
      return mine;
    } catch (ExecutionException e) {
      throw new IllegalStateException("the far sweep failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      budget.abandon();
      return mine;
    }
  }

  /**
   * The screen beside's points, once it is done: waits as long as it calls the plugin at new inputs,
   * which it stops doing when its CPU time is used.
   *
   * @throws TimeoutException if one call has not returned for {@value #GRACE_NANOS} ns
   */
  private double[] await() throws TimeoutException, ExecutionException, InterruptedException {
    long seen = Double.doubleToRawLongBits(budget.lastX());
    while (true) {
      try {
        return task.get(GRACE_NANOS, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        long now = Double.doubleToRawLongBits(budget.lastX());
        if (now == seen) {
          throw e;
        }
        seen = now;
      }
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
