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
 * The pack's smooth forwards timed in alternation with their baselines within each invocation, as
 * {@link PairedBenchmark} does for the built-ins: each function against its naive loop
 * ({@link NaiveLoops}), gelu against swish's forward. On this shared machine single forks of
 * {@link PackBenchmark} settle in a fast or a slow mode (30-45 % apart, the naive loops too), so
 * ratios of separate benchmarks scatter by more than the targets' margins; here kernel and baseline
 * share each fork's mode. The reporter divides the counters iteration by iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "-Dorg.activations.engine=java")
public class PackPairedBenchmark {
  /** The function whose forward gelu's is compared with. */
  static final String GELU_BASELINE = "swish";

  /** Inputs in [−4, 4] (as {@link PackBenchmark}'s), the function and its baseline. */
  @State(Scope.Thread)
  public static class Data {
    @Param({"float", "double"})
    public String type;

    @Param({"1048576"})
    public int size;

    @Param({"swish", "gelu_tanh", "mish", "softplus", "log_sigmoid", "elu", "selu", "celu",
        "gelu"})
    public String function;

    Activation f;
    /** gelu's baseline; null for the others, whose baseline is a naive loop. */
    Activation baselineFunction;
    BatchArrays arrays;

    @Setup
    public void fill() {
      ActivationRegistry registry = ActivationRegistry.load();
      f = registry.get(function.equals("celu") ? "celu(alpha=2)" : function);
      baselineFunction = function.equals("gelu") ? registry.get(GELU_BASELINE) : null;
      arrays = BatchArrays.uniform(type, size, 4);
    }

    void baseline() {
      if (baselineFunction != null) {
        arrays.forward(baselineFunction);
      } else {
        arrays.naive(function);
      }
    }
  }

  @Benchmark
  public Object forward(Data d, PairedBenchmark.Times t) {
    t.pair(() -> d.arrays.forward(d.f), d::baseline);
    return d.arrays.floats ? d.arrays.yf : d.arrays.yd;
  }
}
