package org.activations.corpus;

import static org.activations.corpus.Fixtures.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.activations.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each thread-safety, throwing and timeout flaw shows at its witness. The races are shown by two
 * threads that run until the first wrong answer (a few milliseconds in practice; at most the time
 * limit). The endless loop of {@code flawed_hangs_on_nan} is never entered here: its loop
 * condition is shown never to hold at NaN instead.
 */
class RobustnessFlawsTest {
  private static final long RACE_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(20);

  /**
   * Runs the two attempts on two threads, each over and over, until one of them sees a wrong
   * answer (returns true) or the budget is spent.
   */
  private static boolean raceObserved(Callable<Boolean> attemptA, Callable<Boolean> attemptB)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicBoolean seen = new AtomicBoolean();
    try {
      long end = System.nanoTime() + RACE_BUDGET_NANOS;
      Future<?> a = pool.submit(() -> repeat(attemptA, end, seen));
      Future<?> b = pool.submit(() -> repeat(attemptB, end, seen));
      a.get();
      b.get();
      return seen.get();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Void repeat(Callable<Boolean> attempt, long end, AtomicBoolean seen)
      throws Exception {
    while (!seen.get() && System.nanoTime() < end) {
      if (attempt.call()) {
        seen.set(true);
      }
    }
    return null;
  }

  @Test
  @Timeout(60)
  void cachedLastInputIsRightOnOneThreadAndWrongOnTwo() throws Exception {
    Activation shared = fn("flawed_cached_last_input");
    for (double x = -10; x <= 10; x += 0.5) {
      assertEquals(Fixtures.sigmoid(x), shared.apply(x), 2 * Math.ulp(1.0));
    }
    // different |x|, since the cache holds exp(-|x|)
    Callable<Boolean> negative = () -> wrongOnce(shared, -3);
    Callable<Boolean> positive = () -> wrongOnce(shared, 2);
    assertTrue(raceObserved(negative, positive), "no wrong answer within the budget");
  }

  private static boolean wrongOnce(Activation f, double x) {
    double expected = Fixtures.sigmoid(x);
    for (int i = 0; i < 10_000; i++) {
      if (Math.abs(f.apply(x) - expected) > 1e-12) {
        return true;
      }
    }
    return false;
  }

  @Test
  @Timeout(60)
  void sharedBatchBufferIsWrongOnTwoThreads() throws Exception {
    Activation shared = fn("flawed_shared_batch_buffer");
    double[] ones = filled(4096, 1.0);
    double[] twos = filled(4096, 2.0);
    assertTrue(raceObserved(() -> batchWrong(shared, ones), () -> batchWrong(shared, twos)),
        "no wrong answer within the budget");
    double[] y = new double[4096];
    shared.apply(ones, 0, y, 0, y.length);
    assertEquals(Math.tanh(1), y[4095], "right on one thread");
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  private static boolean batchWrong(Activation f, double[] x) {
    double[] y = new double[x.length];
    f.apply(x, 0, y, 0, x.length);
    double expected = Math.tanh(x[0]);
    for (double v : y) {
      if (v != expected) {
        return true;
      }
    }
    return false;
  }

  @Test
  void throwsAtExtremum() {
    Activation f = fn("flawed_throws_at_extremum");
    assertThrows(ArithmeticException.class, () -> f.apply(ThrowingFlaws.PEAK));
    assertThrows(ArithmeticException.class, () -> f.apply(-ThrowingFlaws.PEAK));
    assertEquals(0.0, f.derivative(ThrowingFlaws.PEAK));
    assertTrue(f.apply(0.6) < 1);
  }

  @Test
  void throwsAtKink() {
    Activation f = fn("flawed_throws_at_kink");
    assertThrows(IllegalStateException.class, () -> f.derivative(ThrowingFlaws.KINK));
    assertEquals(0.125, f.apply(ThrowingFlaws.KINK));
    assertEquals(1.0, f.derivative(Math.nextUp(ThrowingFlaws.KINK)));
  }

  @Test
  void throwsOnBand() {
    Activation f = fn("flawed_throws_on_band");
    assertThrows(ArrayIndexOutOfBoundsException.class, () -> f.apply(7.95));
    assertThrows(ArrayIndexOutOfBoundsException.class, () -> f.derivative(-7.9375));
    assertEquals(Fixtures.sigmoid(7.9), f.apply(7.9), 4 * Math.ulp(1.0));
    assertEquals(Fixtures.sigmoid(8), f.apply(8), 4 * Math.ulp(1.0));
  }

  @Test
  void outputFormRejectsZero() {
    Activation f = fn("flawed_output_form_rejects_zero");
    double y = f.apply(-1);
    assertEquals(0.0, y);
    assertTrue(f.info().range().contains(y));
    assertThrows(IllegalArgumentException.class, () -> f.derivativeFromOutput(y));
  }

  @Test
  void throwsOnNan() {
    Activation f = fn("flawed_throws_on_nan");
    assertThrows(IllegalArgumentException.class, () -> f.apply(Double.NaN));
  }

  @Test
  void throwsHugeNegative() {
    Activation f = fn("flawed_throws_huge_negative");
    assertThrows(ArithmeticException.class, () -> f.apply(-1e200));
    assertEquals(0.0, f.apply(-1e99));
  }

  @Test
  @Timeout(10)
  void slowHugeInputs() {
    Activation f = fn("flawed_slow_huge_inputs");
    long start = System.nanoTime();
    assertEquals(1.0, f.apply(1e250));
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(TimeoutFlaws.SLOW_MILLIS));
  }

  @Test
  @Timeout(10)
  void slowNearZero() {
    Activation f = fn("flawed_slow_near_zero");
    long start = System.nanoTime();
    assertEquals(1e-5 / (1 + 1e-5), f.apply(1e-5));
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(TimeoutFlaws.SLOW_MILLIS));
  }

  @Test
  @Timeout(10)
  void hangsOnNanOnly() {
    // at NaN the bracket is [NaN, NaN] from the start and stays so: the loop never ends
    double bound = 1 + Math.cbrt(Math.abs(Double.NaN));
    assertFalse(TimeoutFlaws.HangsOnNan.converged(-bound, bound));
    assertFalse(TimeoutFlaws.HangsOnNan.converged(-bound + (bound - -bound) / 2, bound));
    Activation f = fn("flawed_hangs_on_nan");
    assertEquals(Double.POSITIVE_INFINITY, f.apply(Double.POSITIVE_INFINITY));
    assertEquals(1.0, f.apply(2), 2 * Math.ulp(1.0));
    assertEquals(-2.0, f.apply(-10), 2 * Math.ulp(2.0));
    assertEquals(0.0, f.apply(0));
    double big = 1e300;
    double t = f.apply(big);
    assertEquals(1.0, (t + t * t * t) / big, 1e-14);
  }

  @Test
  void throwsAssertionError() {
    Activation f = fn("flawed_throws_assertion_error");
    assertThrows(AssertionError.class, () -> f.derivative(3.00005));
    assertEquals(Fixtures.tanhPrime(2.9999), f.derivative(2.9999), 1e-16);
  }

  @Test
  @Timeout(10)
  void deadlocksOnBandOnly() {
    assertTrue(TimeoutFlaws.DeadlocksOnBand.blocks(4.25005));
    assertFalse(TimeoutFlaws.DeadlocksOnBand.blocks(Math.nextDown(4.25)));
    Activation f = fn("flawed_deadlocks_on_band");
    assertEquals(Math.tanh(4.2502), f.apply(4.2502));
    assertEquals(Math.tanh(4.2499), f.apply(4.2499));
  }

  @Test
  @Timeout(60)
  void lazyTableRaceShowsOnFreshInstances() throws Exception {
    Activation warm = fn("flawed_lazy_table_race");
    assertEquals(Fixtures.sigmoid(3), warm.apply(3), 2 * Math.ulp(1.0));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      long end = System.nanoTime() + RACE_BUDGET_NANOS;
      boolean seen = false;
      while (!seen && System.nanoTime() < end) {
        Activation fresh = fn("flawed_lazy_table_race");
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        Callable<Boolean> firstCalls = () -> {
          start.await();
          return Math.abs(fresh.apply(3) - Fixtures.sigmoid(3)) > 1e-12;
        };
        Future<Boolean> a = pool.submit(firstCalls);
        Future<Boolean> b = pool.submit(firstCalls);
        seen = a.get() | b.get();
      }
      assertTrue(seen, "no wrong first call within the budget");
    } finally {
      pool.shutdownNow();
    }
  }
}
