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
 * The plugin pack's smooth functions, batch forward through the registry as a user calls them,
 * next to the naive loop of each formula in the same class and run ({@code swish} beside
 * {@code naiveSwishLoop}, and so on), on 1 Mi inputs in [−4, 4]. {@code gelu} has no naive Java loop
 * (Java has no erf): its target is a ratio to {@code swish}. Scores are µs per call on
 * {@code size} elements; divide two scores of one type and size for a ratio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(3)
public class PackBenchmark {
  /** Inputs in [−4, 4] and an output array, float or double. */
  @State(Scope.Thread)
  public static class Data {
    @Param({"double", "float"})
    public String type;

    @Param({"1048576"})
    public int size;

    BatchArrays arrays;
    Activation gelu;
    Activation geluTanh;
    Activation swish;
    Activation mish;
    Activation softplus;
    Activation logSigmoid;
    Activation elu;
    Activation selu;
    Activation celu;

    @Setup
    public void fill() {
      arrays = BatchArrays.uniform(type, size, 4);
      ActivationRegistry registry = ActivationRegistry.load();
      gelu = registry.get("gelu");
      geluTanh = registry.get("gelu_tanh");
      swish = registry.get("swish");
      mish = registry.get("mish");
      softplus = registry.get("softplus");
      logSigmoid = registry.get("log_sigmoid");
      elu = registry.get("elu");
      selu = registry.get("selu");
      celu = registry.get("celu(alpha=2)");
    }

    Object run(Activation f) {
      return arrays.forward(f);
    }
  }

  @Benchmark
  public Object gelu(Data d) {
    return d.run(d.gelu);
  }

  @Benchmark
  public Object swish(Data d) {
    return d.run(d.swish);
  }

  /** Baseline: x / (1 + e^−x). */
  @Benchmark
  public Object naiveSwishLoop(Data d) {
    return d.arrays.naive("swish");
  }

  @Benchmark
  public Object geluTanh(Data d) {
    return d.run(d.geluTanh);
  }

  /** Baseline: 0.5 x (1 + tanh(√(2/π)(x + 0.044715 x³))). */
  @Benchmark
  public Object naiveGeluTanhLoop(Data d) {
    return d.arrays.naive("gelu_tanh");
  }

  @Benchmark
  public Object mish(Data d) {
    return d.run(d.mish);
  }

  /** Baseline: x tanh(log1p(e^x)). */
  @Benchmark
  public Object naiveMishLoop(Data d) {
    return d.arrays.naive("mish");
  }

  @Benchmark
  public Object softplus(Data d) {
    return d.run(d.softplus);
  }

  /** Baseline: log1p(e^x). */
  @Benchmark
  public Object naiveSoftplusLoop(Data d) {
    return d.arrays.naive("softplus");
  }

  @Benchmark
  public Object logSigmoid(Data d) {
    return d.run(d.logSigmoid);
  }

  /** Baseline: −log1p(e^−x). */
  @Benchmark
  public Object naiveLogSigmoidLoop(Data d) {
    return d.arrays.naive("log_sigmoid");
  }

  @Benchmark
  public Object elu(Data d) {
    return d.run(d.elu);
  }

  /** Baseline: x &gt; 0 ? x : e^x − 1. */
  @Benchmark
  public Object naiveEluLoop(Data d) {
    return d.arrays.naive("elu");
  }

  @Benchmark
  public Object selu(Data d) {
    return d.run(d.selu);
  }

  /** Baseline: λ (x &gt; 0 ? x : α (e^x − 1)). */
  @Benchmark
  public Object naiveSeluLoop(Data d) {
    return d.arrays.naive("selu");
  }

  @Benchmark
  public Object celu(Data d) {
    return d.run(d.celu);
  }

  /** Baseline: celu(alpha = 2), x &gt; 0 ? x : α (e^(x/α) − 1). */
  @Benchmark
  public Object naiveCeluLoop(Data d) {
    return d.arrays.naive("celu");
  }
}
