package org.activations.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why every function of the built-ins and the pack writes its batch loops out instead of sharing
 * one: a few large batches through three functions in a fresh JVM (a forward pass over big
 * tensors), each function's loop its own ({@code own}) or one static loop that takes the scalar
 * function as a method reference ({@code shared}). The shared loop is compiled (on stack
 * replacement) while it runs, with a call site that has seen all three functions: it cannot inline
 * them. No warm-up: the first calls are the point. The three functions cost about 12 ns an element
 * (an exponential each), so the call's share, and the ratio, would be larger for cheaper ones.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 8)
@Fork(5)
@State(Scope.Thread)
public class LoopSharingBenchmark {
  /** Doubles per batch: 32 MiB. */
  private static final int SIZE = 1 << 22;

  /** A batch forward over whole arrays. */
  interface Forward {
    void apply(double[] x, double[] y);
  }

  /** {@code own}: a loop in each function; {@code shared}: one loop taking a method reference. */
  @Param({"own", "shared"})
  public String loops;

  private double[] x;
  private double[] y;
  private Forward[] functions;

  /** Normal inputs of standard deviation 4, and the three functions in the chosen shape. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    x = new double[SIZE];
    y = new double[SIZE];
    for (int i = 0; i < SIZE; i++) {
      x[i] = 4 * (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5);
    }
    if (!loops.equals("own") && !loops.equals("shared")) {
      throw new IllegalArgumentException("loops must be own or shared, got " + loops);
    }
    functions = loops.equals("own")
        ? new Forward[] {LoopSharingBenchmark::swishLoop, LoopSharingBenchmark::tanhLoop,
            LoopSharingBenchmark::softplusLoop}
        : new Forward[] {(a, b) -> shared(a, b, LoopSharingBenchmark::swish),
            (a, b) -> shared(a, b, LoopSharingBenchmark::tanh),
            (a, b) -> shared(a, b, LoopSharingBenchmark::softplus)};
  }

  /** One batch through each of the three functions. */
  @Benchmark
  public double[] threeFunctions() {
    for (Forward f : functions) {
      f.apply(x, y);
    }
    return y;
  }

  static double swish(double v) {
    double e = Math.exp(-Math.abs(v));
    return v > 0 ? v / (1 + e) : v * e / (1 + e);
  }

  static double tanh(double v) {
    double e = Math.exp(-2 * Math.abs(v));
    return Math.copySign((1 - e) / (1 + e), v);
  }

  static double softplus(double v) {
    return Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
  }

  static void shared(double[] x, double[] y, DoubleUnaryOperator f) {
    for (int i = 0; i < x.length; i++) {
      y[i] = f.applyAsDouble(x[i]);
    }
  }

  static void swishLoop(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = swish(x[i]);
    }
  }

  static void tanhLoop(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = tanh(x[i]);
    }
  }

  static void softplusLoop(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = softplus(x[i]);
    }
  }
}
