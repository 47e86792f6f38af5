package org.activations.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.activations.Activation;

/**
 * The same instance called from {@value #THREADS} threads at once on shuffled inputs (half of
 * them on one common shuffle, so the same input arrives in several threads at once), alternating
 * f, f', f'(y) and batch calls of {@value #BATCH} elements, must give the single-threaded results bit for bit: a
 * function that keeps state in fields (a cache of its last input) fails with the input.
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

  private final Evaluations ev;
  private final SplittableRandom rnd;

  ThreadSafetyCheck(Evaluations ev, long seed) {
    this.ev = ev;
    this.rnd = new SplittableRandom(seed);
  }

  /** Runs the check on the inputs {@code xs}; the budget's deadline bounds the wait. */
  void check(double[] xs, long waitMillis) {
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
    AtomicReference<String> mismatch = new AtomicReference<>();
    AtomicReference<Double> at = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    int[] common = shuffle(n, rnd.split());
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    for (int t = 0; t < THREADS; t++) {
      // half the threads share one shuffle, so that the same input arrives in several threads at
      // once (a cache of the last input answers one with another's value); the others have their own
      int[] order = t % 2 == 0 ? common : shuffle(n, rnd.split());
      Thread thread = new Thread(() -> {
        try {
          go.await();
          SplittableRandom pick = new SplittableRandom(order.length + order[0]);
          for (int r = 0; r < ROUNDS && mismatch.get() == null; r++) {
            for (int k = 0; k < order.length; k++) {
              // even rounds: the shuffle; odd rounds: a small pool, so threads meet on one input
              int i = r % 2 == 0 ? order[k] : common[pick.nextInt(POOL)];
              String m = r % 2 == 0 ? compare(f, xs[i], y[i], d[i], output ? dy[i] : Double.NaN, output)
                  : applyOnly(f, xs[i], y[i]);
              if (m == null && r % 2 == 0 && k % BATCH == 0 && k + BATCH <= order.length) {
                m = batch(f, xs, y, order, k);
              }
              if (m != null) {
                at.compareAndSet(null, xs[i]);
                mismatch.compareAndSet(null, m);
                return;
              }
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
          // exceptions are the single-threaded checks' business; here only the results count
        }
      }, "activations-thread-safety-" + t);
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    go.countDown();
    long end = System.currentTimeMillis() + waitMillis;
    for (Thread thread : threads) {
      try {
        thread.join(Math.max(1, end - System.currentTimeMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (mismatch.get() != null) {
      ev.log().add(Finding.fail(Concern.THREAD_SAFETY, at.get(), mismatch.get() + " when "
          + THREADS + " threads share the instance (single-threaded results differ)"));
    }
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
