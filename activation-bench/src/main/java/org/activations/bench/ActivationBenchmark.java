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
 * Batch forward and fused backward of every discovered function on the default (plain Java)
 * engine, with the baselines in the same class and run: {@code System.arraycopy} of the same array,
 * a multiply loop over the three streams of a backward pass, and the naive loops that other Java
 * libraries use. Scores are ns per call on {@code size} elements; divide two scores of the same size
 * for a ratio. The function is a parameter of the kernels' state only, so baselines run once per
 * type and size. Three forks, and warm-ups long enough that the kernels reach their final
 * compilation before the first measurement (docs/performance.md); the engine is fixed by the
 * builtin module's system property.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "-Dorg.activations.engine=java")
public class ActivationBenchmark {

  /** The arrays: inputs in [−8, 8], outputs, an upstream gradient, a result. */
  @State(Scope.Thread)
  public static class Data {
    @Param({"float", "double"})
    public String type;

    @Param({"4096", "262144", "8388608"})
    public int size;

    BatchArrays arrays;

    @Setup
    public void fill() {
      arrays = BatchArrays.uniform(type, size, 8);
    }
  }

  /** The function under test, discovered through the registry, and its outputs for the backward. */
  @State(Scope.Thread)
  public static class Function {
    @Param({"sigmoid", "tanh", "relu", "linear", "binary_step"})
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

  @Benchmark
  public Object backward(Data d, Function fn) {
    return d.arrays.backward(fn.f);
  }

  /** Baseline: copying the same array, the memory limit of a forward pass. */
  @Benchmark
  public Object arraycopy(Data d) {
    return d.arrays.copy();
  }

  /** Baseline: out[i] = a[i] * b[i], the three streams of a backward pass. */
  @Benchmark
  public Object multiply(Data d) {
    return d.arrays.multiply();
  }

  /** Baseline: the naive sigmoid loop, 1 / (1 + Math.exp(-x)). */
  @Benchmark
  public Object naiveSigmoid(Data d) {
    return d.arrays.naive("sigmoid");
  }

  /** Baseline: the Math.tanh loop. */
  @Benchmark
  public Object mathTanh(Data d) {
    return d.arrays.naive("tanh");
  }

  /** Baseline: relu as a ternary, which HotSpot 17 does not vectorise. */
  @Benchmark
  public Object ternaryRelu(Data d) {
    return d.arrays.naive("ternary_relu");
  }
}
