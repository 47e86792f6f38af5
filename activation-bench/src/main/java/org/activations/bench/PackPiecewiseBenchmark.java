package org.activations.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
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
 * The plugin pack's piecewise-linear functions (and hard_swish), batch forward on 8 Mi floats in
 * [−8, 8], against {@code arraycopy}, {@code System.arraycopy} of the same array in the same run:
 * the memory limit of a forward pass. Divide {@code forward} by {@code arraycopy} for the ratio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(3)
public class PackPiecewiseBenchmark {

  /** 8 Mi floats in [−8, 8] and an output array. */
  @State(Scope.Thread)
  public static class Data {
    @Param({"8388608"})
    public int size;

    @Param({"float"})
    public String type;

    float[] x;
    float[] y;

    @Setup
    public void fill() {
      SplittableRandom random = new SplittableRandom(42);
      x = new float[size];
      y = new float[size];
      for (int i = 0; i < size; i++) {
        x[i] = (float) random.nextDouble(-8, 8);
      }
    }
  }

  /** The function under test, discovered through the registry. */
  @State(Scope.Thread)
  public static class Function {
    @Param({"leaky_relu", "prelu", "rrelu", "relu6", "hard_tanh", "hard_sigmoid", "hard_swish",
        "hardshrink", "softshrink", "threshold"})
    public String function;

    Activation f;

    @Setup
    public void discover() {
      f = ActivationRegistry.load().get(function);
    }
  }

  @Benchmark
  public Object forward(Data d, Function fn) {
    fn.f.apply(d.x, 0, d.y, 0, d.size);
    return d.y;
  }

  /** Baseline: copying the same array. */
  @Benchmark
  public Object arraycopy(Data d) {
    System.arraycopy(d.x, 0, d.y, 0, d.size);
    return d.y;
  }
}
