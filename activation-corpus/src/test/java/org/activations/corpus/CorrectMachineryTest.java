package org.activations.corpus;

import static org.activations.corpus.Fixtures.fn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.activations.Activation;
import org.junit.jupiter.api.Test;

/**
 * The correct entries with machinery of their own and with closed range ends are right where a
 * verifier will look: kernels bit for bit with offsets and in place, the per-thread cache under two
 * threads, the closed ends attained where the description says.
 */
class CorrectMachineryTest {

  @Test
  void customKernelsAreBitForBitTheScalarResults() {
    Activation f = fn("tricky_custom_kernels");
    Random random = new Random(10);
    int n = 37;
    double[] x = new double[n + 3];
    float[] xf = new float[n + 3];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextGaussian() * 3;
      xf[i] = (float) x[i];
    }
    double[] y = new double[n + 5];
    f.apply(x, 3, y, 5, n);
    float[] yf = new float[n + 5];
    f.apply(xf, 3, yf, 5, n);
    for (int i = 0; i < n; i++) {
      assertEquals(f.apply(x[3 + i]), y[5 + i]);
      assertEquals(f.applyFloat(xf[3 + i]), yf[5 + i]);
    }
    double[] inPlace = x.clone();
    f.apply(inPlace, 2, inPlace, 2, n);
    for (int i = 0; i < n; i++) {
      assertEquals(f.apply(x[2 + i]), inPlace[2 + i]);
    }
    double[] outputs = new double[n + 3];
    f.apply(x, 0, outputs, 0, n + 3);
    double[] upstream = new double[n + 3];
    for (int i = 0; i < upstream.length; i++) {
      upstream[i] = random.nextGaussian();
    }
    double[] expected = new double[n + 3];
    for (int i = 3; i < n + 3; i++) {
      expected[i] = upstream[i] * f.derivativeFromOutput(outputs[i]);
    }
    double[] gradIn = new double[n + 3];
    f.backward(null, outputs, upstream, gradIn, 3, n);
    assertArrayEquals(expected, gradIn);
    double[] grad = upstream.clone();
    f.backward(null, outputs, grad, grad, 3, n);
    for (int i = 3; i < n + 3; i++) {
      assertEquals(expected[i], grad[i]);
    }
  }

  @Test
  void threadLocalCacheIsRightOnTwoThreads() throws Exception {
    Activation shared = fn("tricky_thread_local_cache");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = pool.submit(() -> wrongAnswers(shared, -3));
      Future<Integer> b = pool.submit(() -> wrongAnswers(shared, 2));
      assertEquals(0, a.get() + b.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private static int wrongAnswers(Activation f, double x) {
    double expected = Fixtures.sigmoid(x);
    int wrong = 0;
    for (int i = 0; i < 200_000; i++) {
      if (Math.abs(f.apply(x + (i & 1)) - Fixtures.sigmoid(x + (i & 1))) > 1e-15) {
        wrong++;
      }
    }
    return Math.abs(f.apply(x) - expected) > 1e-15 ? wrong + 1 : wrong;
  }

  @Test
  void closedRangeEndsAreAttainedWhereDescribed() {
    assertEquals(1.0, fn("tricky_sin_2x").apply(Math.PI / 4));
    assertEquals(-1.0, fn("tricky_sin_2x").apply(-Math.PI / 4));
    assertEquals(1.0, fn("tricky_smooth_clamp").apply(2));
    assertEquals(-1.0, fn("tricky_smooth_clamp").apply(-1));
    assertEquals(-1.0, fn("tricky_dropping_tanh").apply(0));
    assertEquals(-1.0, fn("tricky_dropping_tanh").apply(-0.0));
    assertEquals(1.0, fn("tricky_gaussian").apply(0));
    assertEquals(1.0, fn("tricky_rational_closed_ends").apply(1));
    assertEquals(-1.0, fn("tricky_rational_closed_ends").apply(-1));
    assertEquals(0.0, fn("tricky_cancelling_forward").apply(0));
    assertEquals(1.0, fn("tricky_step_at_half").apply(0.5));
    assertEquals(0.0, fn("tricky_step_at_half").apply(Math.nextDown(0.5)));
  }

  @Test
  void openRangeEndsAreOnlyReachedByRounding() {
    assertEquals(true, fn("tricky_gaussian").apply(10) > 0);
    assertEquals(0.0, fn("tricky_gaussian").apply(30), "underflow, not an attained end");
    assertEquals(true, fn("tricky_huge_scale").apply(5) < 1e300);
    assertEquals(1e300, fn("tricky_huge_scale").apply(40));
    assertEquals(true, fn("tricky_exp_tail_subnormal").apply(-740) > 0);
    assertEquals(true, fn("tricky_arctan_flat_tail").apply(1e7) < Math.PI / 2);
  }

  @Test
  void limitsAtInfinity() {
    assertEquals(Double.POSITIVE_INFINITY, fn("tricky_log_log_growth").apply(Double.POSITIVE_INFINITY));
    assertEquals(0.0, fn("tricky_log_log_growth").derivative(Double.NEGATIVE_INFINITY));
    assertEquals(Math.PI / 2, fn("tricky_arctan_flat_tail").apply(Double.POSITIVE_INFINITY));
    assertEquals(1.0, fn("tricky_cancelling_forward").derivative(Double.POSITIVE_INFINITY));
    assertEquals(0.0, fn("tricky_gaussian").derivative(Double.NEGATIVE_INFINITY));
    assertEquals(-1.0, fn("tricky_dropping_tanh").apply(Double.NEGATIVE_INFINITY));
    assertEquals(1e-6, fn("tricky_tiny_second_jump").derivative(Double.POSITIVE_INFINITY));
    assertEquals(true, Double.isNaN(fn("tricky_sin_2x").apply(Double.POSITIVE_INFINITY)),
        "sin(2x) has no limit");
  }

  @Test
  void iterativeInverseIsExactAtSubnormalsAndAccurateElsewhere() {
    Activation f = fn("tricky_iterative_inverse");
    assertEquals(Double.MIN_VALUE, f.apply(Double.MIN_VALUE));
    assertEquals(-3 * Double.MIN_VALUE, f.apply(-3 * Double.MIN_VALUE));
    assertEquals(1.0, f.apply(2));
    assertEquals(2.0, f.apply(10));
    for (double x : new double[] {1e-300, 0.3, 7, 1e10, 1e300}) {
      double t = f.apply(x);
      assertEquals(1.0, (t + t * t * t) / x, 4 * Math.ulp(1.0), "x = " + x);
    }
  }
}
