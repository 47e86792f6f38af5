package org.activations.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.activations.Activation;

/**
 * The same instance called from {@value #THREADS} threads at once on shuffled inputs (half of
 * them on one common shuffle, so the same input arrives in several threads at once), alternating
 * f, f', f'(y) and batch calls of {@value #BATCH} elements, must give the single-threaded results bit for bit: a
 * function that keeps state in fields (a cache of its last input) fails with the input. Then, when
 * fresh instances can be had, {@value #FRESH_ROUNDS} new instances are each called first by the
 * threads at once: a lazily built table or cache that another thread can see half-built fails
 * there, which a warmed-up instance never shows. An instance with no state of its own to build
 * (the warmed instance itself, or final fields of immutable types only: {@link InstanceState}) is
 * not raced again.
 */
final class ThreadSafetyCheck {
  /** The threads calling at once. */
  static final int THREADS = 4;
  /** Elements of the batch calls the threads make between scalar calls. */
  static final int BATCH = 64;
  /** Inputs in the small pool that the threads share in alternate rounds. */
  static final int POOL = 2;
  /** How many times each thread runs over its shuffled inputs. */
  static final int ROUNDS = 16;
  /**
   * Fresh instances whose first calls the threads make at once: the corpus's lazy table race was
   * found on 40 of 40 runs with 256 (on 19 of 20 with 128); they cost about 0.15 s a function,
   * when the budget allows. Each round makes its own threads: threads made once and released round
   * after round met less often (the same race on 14 of 20 runs with a barrier, 17 of 20 with a
   * latch per round, 20 of 20 with new threads).
   */
  static final int FRESH_ROUNDS = 256;
  /** The delays between the threads' first calls on a fresh instance, round after round. */
  private static final long[] STAGGER_NANOS = {0, 1_000, 4_000, 16_000, 64_000, 2_000, 8_000, 32_000};

  private final Evaluations ev;
  private final SplittableRandom rnd;

  ThreadSafetyCheck(Evaluations ev, long seed) {
    this.ev = ev;
    this.rnd = new SplittableRandom(seed);
  }

  /**
   * Runs the check on the inputs {@code xs}; {@code waitMillis} bounds the wait for the threads.
   *
   * @param fresh new instances of the function for the first-calls race, or null if none
   */
  void check(double[] xs, long waitMillis, Supplier<? extends Activation> fresh) {
    Activation f = ev.function();
    boolean output = f.hasDerivativeFromOutput();
    int n = xs.length;
    double[] y = new double[n];
    double[] d = new double[n];
    double[] dy = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = ev.f(xs[i]);
      d[i] = ev.df(xs[i]);
      dy[i] = output && !Double.isNaN(y[i]) ? ev.dfy(y[i], xs[i]) : Double.NaN;
    }
    int[] common = shuffle(n, rnd.split());
    List<Consumer<Race>> bodies = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      // half the threads share one shuffle, so that the same input arrives in several threads at
      // once (a cache of the last input answers one with another's value); the others have their own
      int[] order = t % 2 == 0 ? common : shuffle(n, rnd.split());
      bodies.add(race -> {
        SplittableRandom pick = new SplittableRandom(order.length + order[0]);
        for (int r = 0; r < ROUNDS && !race.over(); r++) {
          for (int k = 0; k < order.length; k++) {
            // even rounds: the shuffle; odd rounds: a small pool, so threads meet on one input
            int i = r % 2 == 0 ? order[k] : common[pick.nextInt(POOL)];
            String m = r % 2 == 0 ? compare(f, xs[i], y[i], d[i], output ? dy[i] : Double.NaN, output)
                : applyOnly(f, xs[i], y[i]);
            if (m == null && r % 2 == 0 && k % BATCH == 0 && k + BATCH <= order.length) {
              m = batch(f, xs, y, order, k);
            }
            if (m != null) {
              race.report(xs[i], m);
              return;
            }
          }
        }
      });
    }
    Race race = together("activations-thread-safety-", bodies,
        System.currentTimeMillis() + waitMillis);
    if (race.over()) {
      ev.log().add(Finding.fail(Concern.THREAD_SAFETY, race.at.get(), race.mismatch.get() + " when "
          + THREADS + " threads share the instance (single-threaded results differ)"));
    } else if (fresh != null) {
      // a wait of its own: on a loaded machine the shared-instance rounds can use all of theirs
      firstCalls(fresh, xs, y, d, dy, output, System.currentTimeMillis() + waitMillis);
    }
  }

  /**
   * Each of up to {@value #FRESH_ROUNDS} fresh instances is called first by {@value #THREADS}
   * threads, all on the same inputs in the same order. Threads released at one instant all find
   * the state unbuilt and build their own; one that arrives while another is building sees it
   * half-built. So thread t starts t times a stagger that changes from instance to instance.
   */
  private void firstCalls(Supplier<? extends Activation> fresh, double[] xs, double[] y, double[] d,
      double[] dy, boolean output, long end) {
    int n = Math.min(xs.length, BATCH);
    int[] order = shuffle(xs.length, rnd.split());
    for (int round = 0; round < FRESH_ROUNDS && System.currentTimeMillis() < end; round++) {
      Activation g;
      try {
        g = fresh.get();
      } catch (RuntimeException | Error e) {
        return; // creating instances is the registry's and the load checks' business
      }
      if (g == null || round == 0 && InstanceState.nothingToBuild(ev.function(), g)) {
        return;
      }
      long stagger = STAGGER_NANOS[round % STAGGER_NANOS.length];
      List<Consumer<Race>> bodies = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long delay = t * stagger;
        bodies.add(race -> {
          long start = System.nanoTime();
          while (System.nanoTime() - start < delay) {
            Thread.onSpinWait();
          }
          for (int k = 0; k < n && !race.over(); k++) {
            int i = order[k];
            String m = compare(g, xs[i], y[i], d[i], output ? dy[i] : Double.NaN, output);
            if (m != null) {
              race.report(xs[i], m);
              return;
            }
          }
        });
      }
      Race race = together("activations-first-calls-", bodies, end);
      if (race.over()) {
        ev.log().add(Finding.fail(Concern.THREAD_SAFETY, race.at.get(), race.mismatch.get()
            + " when " + THREADS + " threads make the first calls on a new instance at once (a"
            + " lazily initialised field seen half-built)"));
        return;
      }
    }
  }

  /** The first mismatch that the threads of one race report, and its input. */
  private static final class Race {
    final AtomicReference<String> mismatch = new AtomicReference<>();
    final AtomicReference<Double> at = new AtomicReference<>();

    boolean over() {
      return mismatch.get() != null;
    }

    void report(double x, String m) {
      at.compareAndSet(null, x);
      mismatch.compareAndSet(null, m);
    }
  }

  /**
   * Runs each body on a daemon thread of its own, all released at once, and waits for them until
   * {@code end} (a plugin that hangs keeps its thread, which dies with the JVM). Exceptions are the
   * single-threaded checks' business: here only the results count.
   */
  private static Race together(String name, List<Consumer<Race>> bodies, long end) {
    Race race = new Race();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (Consumer<Race> body : bodies) {
      Thread thread = new Thread(() -> {
        try {
          go.await();
          body.accept(race);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
          // see above
        }
      }, name + threads.size());
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    go.countDown();
    for (Thread thread : threads) {
      try {
        thread.join(Math.max(1, end - System.currentTimeMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return race;
  }

  private static String compare(Activation f, double x, double y, double d, double dy,
      boolean output) {
    double fy = f.apply(x);
    if (!same(fy, y)) {
      return "f(" + Numbers.exact(x) + ") = " + Numbers.exact(fy) + " instead of " + Numbers.exact(y);
    }
    double fd = f.derivative(x);
    if (!same(fd, d)) {
      return "f'(" + Numbers.exact(x) + ") = " + Numbers.exact(fd) + " instead of " + Numbers.exact(d);
    }
    if (output && !Double.isNaN(y)) {
      double fdy = f.derivativeFromOutput(y);
      if (!same(fdy, dy)) {
        return "f'(y = " + Numbers.exact(y) + ") = " + Numbers.exact(fdy) + " instead of "
            + Numbers.exact(dy);
      }
    }
    return null;
  }

  /** The batch kernel on BATCH shuffled inputs: a kernel with an instance buffer fails here. */
  private static String batch(Activation f, double[] xs, double[] y, int[] order, int from) {
    double[] in = new double[BATCH];
    double[] out = new double[BATCH];
    for (int j = 0; j < BATCH; j++) {
      in[j] = xs[order[from + j]];
    }
    f.apply(in, 0, out, 0, BATCH);
    for (int j = 0; j < BATCH; j++) {
      double want = y[order[from + j]];
      if (!KernelChecks.close(out[j], want, KernelChecks.BATCH_ULPS)) {
        return "batch apply(double[]) gives " + Numbers.exact(out[j]) + " at x = " + Numbers.exact(in[j])
            + " instead of " + Numbers.exact(want);
      }
    }
    return null;
  }

  /** Only f, in a tight loop: the shortest time between two threads' calls on one input. */
  private static String applyOnly(Activation f, double x, double y) {
    double fy = f.apply(x);
    return same(fy, y) ? null
        : "f(" + Numbers.exact(x) + ") = " + Numbers.exact(fy) + " instead of " + Numbers.exact(y);
  }

  private static boolean same(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }

  private static int[] shuffle(int n, SplittableRandom rnd) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
