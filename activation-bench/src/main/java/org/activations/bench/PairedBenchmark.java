package org.activations.bench;

import java.util.concurrent.TimeUnit;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kernel and baseline timed in alternation within each invocation, for ratios that hold on a shared
 * machine: consecutive benchmarks of {@link ActivationBenchmark} run seconds apart, and a change of
 * load between them (other processes competing for memory bandwidth) moves the ratio more than any
 * kernel change does. Here every invocation times the kernel and its baseline back to back (in
 * alternating order), and the counters {@code kernelNanos} and {@code baselineNanos} sum them per
 * iteration; the reporter divides them iteration by iteration. The forward's baseline is
 * {@code System.arraycopy} of the same arrays, the backward's the three-array multiply loop.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "-Dorg.activations.engine=java")
public class PairedBenchmark {

  /** The arrays and the function, and its outputs for the backward. */
  @State(Scope.Thread)
  public static class Data {
    @Param({"float", "double"})
    public String type;

    @Param({"8388608"})
    public int size;

    @Param({"linear", "relu", "binary_step", "sigmoid", "tanh"})
    public String function;

    Activation f;
    BatchArrays arrays;

    @Setup
    public void fill() {
      f = ActivationRegistry.load().get(function);
      arrays = BatchArrays.uniform(type, size, 8);
      arrays.forward(f);
    }
  }

  /** The nanoseconds of kernel and baseline calls in the current iteration. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Times {
    public long kernelNanos;
    public long baselineNanos;
    /** Whether the next pair runs the kernel first: it alternates call by call. */
    private boolean kernelFirst;

    @Setup(Level.Iteration)
    public void clear() {
      kernelNanos = 0;
      baselineNanos = 0;
    }

    /**
     * Runs kernel and baseline back to back, the kernel first in every other call, and adds each
     * one's nanoseconds.
     */
    void pair(Runnable kernel, Runnable baseline) {
      kernelFirst = !kernelFirst;
      long a = System.nanoTime();
      (kernelFirst ? kernel : baseline).run();
      long b = System.nanoTime();
      (kernelFirst ? baseline : kernel).run();
      long c = System.nanoTime();
      kernelNanos += kernelFirst ? b - a : c - b;
      baselineNanos += kernelFirst ? c - b : b - a;
    }
  }

  @Benchmark
  public Object forward(Data d, Times t) {
    t.pair(() -> d.arrays.forward(d.f), d.arrays::copy);
    return d.arrays.floats ? d.arrays.yf : d.arrays.yd;
  }

  @Benchmark
  public Object backward(Data d, Times t) {
    t.pair(() -> d.arrays.backward(d.f), d.arrays::multiply);
    return d.arrays.floats ? d.arrays.gf : d.arrays.gd;
  }
}
