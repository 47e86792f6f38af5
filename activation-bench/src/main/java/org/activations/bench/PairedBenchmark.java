package org.activations.bench;

import java.util.SplittableRandom;
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

  /** The arrays and the function. */
  @State(Scope.Thread)
  public static class Data {
    @Param({"float", "double"})
    public String type;

    @Param({"8388608"})
    public int size;

    @Param({"linear", "relu", "binary_step", "sigmoid", "tanh"})
    public String function;

    Activation f;
    float[] xf;
    float[] yf;
    float[] uf;
    float[] gf;
    double[] xd;
    double[] yd;
    double[] ud;
    double[] gd;
    boolean kernelFirst;

    @Setup
    public void fill() {
      f = ActivationRegistry.load().get(function);
      SplittableRandom random = new SplittableRandom(42);
      if (type.equals("float")) {
        xf = new float[size];
        yf = new float[size];
        uf = new float[size];
        gf = new float[size];
        for (int i = 0; i < size; i++) {
          xf[i] = (float) random.nextDouble(-8, 8);
          uf[i] = (float) random.nextDouble(-1, 1);
        }
        f.apply(xf, 0, yf, 0, size);
      } else {
        xd = new double[size];
        yd = new double[size];
        ud = new double[size];
        gd = new double[size];
        for (int i = 0; i < size; i++) {
          xd[i] = random.nextDouble(-8, 8);
          ud[i] = random.nextDouble(-1, 1);
        }
        f.apply(xd, 0, yd, 0, size);
      }
    }
  }

  /** The nanoseconds of kernel and baseline calls in the current iteration. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Times {
    public long kernelNanos;
    public long baselineNanos;

    @Setup(Level.Iteration)
    public void clear() {
      kernelNanos = 0;
      baselineNanos = 0;
    }
  }

  @Benchmark
  public Object forward(Data d, Times t) {
    d.kernelFirst = !d.kernelFirst;
    if (d.kernelFirst) {
      long a = System.nanoTime();
      forwardKernel(d);
      long b = System.nanoTime();
      copy(d);
      long c = System.nanoTime();
      t.kernelNanos += b - a;
      t.baselineNanos += c - b;
    } else {
      long a = System.nanoTime();
      copy(d);
      long b = System.nanoTime();
      forwardKernel(d);
      long c = System.nanoTime();
      t.baselineNanos += b - a;
      t.kernelNanos += c - b;
    }
    return d.xf != null ? d.yf : d.yd;
  }

  @Benchmark
  public Object backward(Data d, Times t) {
    d.kernelFirst = !d.kernelFirst;
    if (d.kernelFirst) {
      long a = System.nanoTime();
      backwardKernel(d);
      long b = System.nanoTime();
      multiply(d);
      long c = System.nanoTime();
      t.kernelNanos += b - a;
      t.baselineNanos += c - b;
    } else {
      long a = System.nanoTime();
      multiply(d);
      long b = System.nanoTime();
      backwardKernel(d);
      long c = System.nanoTime();
      t.baselineNanos += b - a;
      t.kernelNanos += c - b;
    }
    return d.xf != null ? d.gf : d.gd;
  }

  private static void forwardKernel(Data d) {
    if (d.xf != null) {
      d.f.apply(d.xf, 0, d.yf, 0, d.size);
    } else {
      d.f.apply(d.xd, 0, d.yd, 0, d.size);
    }
  }

  private static void copy(Data d) {
    if (d.xf != null) {
      System.arraycopy(d.xf, 0, d.yf, 0, d.size);
    } else {
      System.arraycopy(d.xd, 0, d.yd, 0, d.size);
    }
  }

  private static void backwardKernel(Data d) {
    if (d.xf != null) {
      d.f.backward(d.xf, d.yf, d.uf, d.gf, 0, d.size);
    } else {
      d.f.backward(d.xd, d.yd, d.ud, d.gd, 0, d.size);
    }
  }

  /** The baseline of a backward pass: g[i] = u[i] * y[i] over the same three arrays. */
  private static void multiply(Data d) {
    if (d.xf != null) {
      float[] u = d.uf;
      float[] y = d.yf;
      float[] g = d.gf;
      for (int i = 0; i < g.length; i++) {
        g[i] = u[i] * y[i];
      }
    } else {
      double[] u = d.ud;
      double[] y = d.yd;
      double[] g = d.gd;
      for (int i = 0; i < g.length; i++) {
        g[i] = u[i] * y[i];
      }
    }
  }
}
