package org.activations.bench;

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
 * the memory limit of a forward pass; and the fused backward against {@code multiply}, a loop over
 * the same three streams. Divide {@code forward} by {@code arraycopy}, {@code backward} by
 * {@code multiply}, for the ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(3)
public class PackPiecewiseBenchmark {

  /** 8 Mi floats in [−8, 8], outputs, an upstream gradient and a result. */
  @State(Scope.Thread)
  public static class Data {
    @Param({"8388608"})
    public int size;

    @Param({"float"})
    public String type;

    BatchArrays arrays;

    @Setup
    public void fill() {
      arrays = BatchArrays.uniform(type, size, 8);
    }
  }

  /** The function under test, discovered through the registry, and its outputs for the backward. */
  @State(Scope.Thread)
  public static class Function {
    @Param({"leaky_relu", "prelu", "rrelu", "relu6", "hard_tanh", "hard_sigmoid", "hard_swish",
        "hardshrink", "softshrink", "threshold"})
    public String function;

    Activation f;

    @Setup
    public void discover(Data d) {
      f = ActivationRegistry.load().get(function);
      d.arrays.forward(f);
    }
  }

  @Benchmark
  public Object forward(Data d, Function fn) {
    return d.arrays.forward(fn.f);
  }

  /** The fused backward pass: from y where the function has the output form, else from x. */
  @Benchmark
  public Object backward(Data d, Function fn) {
    return d.arrays.backward(fn.f);
  }

  /** Baseline: gradIn[i] = upstream[i]·y[i], the three streams of a backward pass. */
  @Benchmark
  public Object multiply(Data d) {
    return d.arrays.multiply();
  }

  /** Baseline: copying the same array. */
  @Benchmark
  public Object arraycopy(Data d) {
    return d.arrays.copy();
  }
}
