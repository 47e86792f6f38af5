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
 * the memory limit of a forward pass; and the fused backward against {@code multiply}, a loop over
 * the same three streams. Divide {@code forward} by {@code arraycopy}, {@code backward} by
 * {@code multiply}, for the ratios. (The backward reads x as its y, which is only a stand-in for
 * timing.)
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
    float[] upstream;
    float[] gradIn;

    @Setup
    public void fill() {
      SplittableRandom random = new SplittableRandom(42);
      x = new float[size];
      y = new float[size];
      upstream = new float[size];
      gradIn = new float[size];
      for (int i = 0; i < size; i++) {
        x[i] = (float) random.nextDouble(-8, 8);
        upstream[i] = (float) random.nextDouble(-1, 1);
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

  /** The fused backward pass: from y where the function has the output form, else from x. */
  @Benchmark
  public Object backward(Data d, Function fn) {
    fn.f.backward(d.x, d.x, d.upstream, d.gradIn, 0, d.size);
    return d.gradIn;
  }

  /** Baseline: gradIn[i] = upstream[i]·y[i], the three streams of a backward pass. */
  @Benchmark
  public Object multiply(Data d) {
    float[] u = d.upstream;
    float[] y = d.x;
    float[] g = d.gradIn;
    for (int i = 0; i < g.length; i++) {
      g[i] = u[i] * y[i];
    }
    return g;
  }

  /** Baseline: copying the same array. */
  @Benchmark
  public Object arraycopy(Data d) {
    System.arraycopy(d.x, 0, d.y, 0, d.size);
    return d.y;
  }
}
