package org.activations.tools.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;

/**
 * 8 threads share one registry and the same function instances for 10,000,000 calls in total,
 * scalar and batch; every result must be bit for bit the single-threaded one.
 */
class ConcurrencyStressTest {
  private static final int THREADS = 8;
  private static final long TOTAL_CALLS = 10_000_000;
  private static final int INPUTS = 50_000;

  @Test
  void sharedFunctionsGiveTheSingleThreadedResults() throws Exception {
    ActivationRegistry registry = ActivationRegistry.load();
    List<Activation> functions = registry.names().stream().map(registry::get).toList();
    SplittableRandom random = new SplittableRandom(8);
    double[] xs = new double[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      xs[i] = i % 3 == 0 ? random.nextDouble(-40, 40)
          : Double.longBitsToDouble(random.nextLong());
    }
    // Single-threaded expectations: f, f'(x) and f'(y) for every function and input.
    long[][][] expected = new long[functions.size()][3][INPUTS];
    for (int k = 0; k < functions.size(); k++) {
      Activation f = functions.get(k);
      for (int i = 0; i < INPUTS; i++) {
        expected[k][0][i] = Double.doubleToRawLongBits(f.apply(xs[i]));
        expected[k][1][i] = Double.doubleToRawLongBits(f.derivative(xs[i]));
        expected[k][2][i] = Double.doubleToRawLongBits(f.derivativeFromOutput(f.apply(xs[i])));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<long[]>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t * 7919;
      results.add(pool.submit(() -> {
        long calls = 0;
        long mismatches = 0;
        long batchElements = 0;
        int i = offset % INPUTS;
        while (calls < TOTAL_CALLS / THREADS) {
          for (int k = 0; k < functions.size(); k++) {
            // the same instances from the shared registry, looked up concurrently
            Activation f = k == 0 ? registry.get(functions.get(0).spec()) : functions.get(k);
            double y = f.apply(xs[i]);
            mismatches += Double.doubleToRawLongBits(y) != expected[k][0][i] ? 1 : 0;
            mismatches += Double.doubleToRawLongBits(f.derivative(xs[i])) != expected[k][1][i] ? 1 : 0;
            mismatches += Double.doubleToRawLongBits(f.derivativeFromOutput(y)) != expected[k][2][i]
                ? 1 : 0;
            calls += 3;
          }
          i = (i + 1) % INPUTS;
          if (i % 1000 == 0 && i + 64 <= INPUTS) {
            // a batch call on a slice shared by all threads as input, private as output
            for (int k = 0; k < functions.size(); k++) {
              double[] out = new double[64];
              functions.get(k).apply(xs, i, out, 0, 64);
              for (int j = 0; j < 64; j++) {
                mismatches += Double.doubleToRawLongBits(out[j]) != expected[k][0][i + j] ? 1 : 0;
              }
              calls++;
              batchElements += 64;
            }
          }
        }
        return new long[] {calls, mismatches, batchElements};
      }));
    }
    long calls = 0;
    long mismatches = 0;
    long batchElements = 0;
    for (Future<long[]> f : results) {
      calls += f.get()[0];
      mismatches += f.get()[1];
      batchElements += f.get()[2];
    }
    pool.shutdown();
    System.out.printf("[stress] %,d calls (scalar, and batch calls over %,d elements) on %d threads,"
        + " %d mismatches%n", calls, batchElements, THREADS, mismatches);
    assertEquals(0, mismatches);
    assertEquals(true, calls >= TOTAL_CALLS);
  }
}
