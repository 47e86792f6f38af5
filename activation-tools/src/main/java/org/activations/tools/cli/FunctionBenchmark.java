package org.activations.tools.cli;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.activations.Activation;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH benchmark behind {@code activations bench}, run in a forked JVM per function: scalar
 * {@code apply} in a loop, the batch forward, the fused backward and {@code System.arraycopy} of the
 * same arrays, each timed on its own within every invocation and summed in JMH counters. The forked
 * JVM finds the function itself: the spec and the plugin path are parameters, loaded in the setup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FunctionBenchmark {
  /** Instantiated by JMH's generated code. */
  public FunctionBenchmark() {}

  /** The arrays: inputs in [-8, 8], an upstream gradient in [-1, 1], outputs and results. */
  @State(Scope.Thread)
  public static class Arrays {
    /** Instantiated by JMH for each thread. */
    public Arrays() {}

    /** float or double. */
    @Param("float")
    public String type;

    /** Elements per call. */
    @Param("65536")
    public int size;

    float[] xf;
    float[] yf;
    float[] uf;
    float[] gf;
    double[] xd;
    double[] yd;
    double[] ud;
    double[] gd;

    /** Fills the arrays of the type. */
    @Setup
    public void fill() {
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
      } else {
        xd = new double[size];
        yd = new double[size];
        ud = new double[size];
        gd = new double[size];
        for (int i = 0; i < size; i++) {
          xd[i] = random.nextDouble(-8, 8);
          ud[i] = random.nextDouble(-1, 1);
        }
      }
    }
  }

  /** The function, found by its spec on the class path and the plugin path, and its outputs. */
  @State(Scope.Thread)
  public static class Function {
    /** Instantiated by JMH for each thread. */
    public Function() {}

    /** The function's spec, as the registry takes it. */
    @Param("")
    public String spec;

    /** The plugin path, entries joined by the path separator; empty for none. */
    @Param("")
    public String pluginPath;

    Activation f;
    float[] outf;
    double[] outd;

    /** Finds the function and computes its outputs, which the backward pass reads. */
    @Setup
    public void find(Arrays a) {
      f = PluginPath.of(pluginPath.isEmpty() ? List.of() : List.of(pluginPath)).registry().get(spec);
      if (a.xf != null) {
        outf = new float[a.size];
        f.apply(a.xf, 0, outf, 0, a.size);
      } else {
        outd = new double[a.size];
        f.apply(a.xd, 0, outd, 0, a.size);
      }
    }
  }

  /** The nanoseconds each operation took in the current iteration, and the invocations. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Times {
    /** A fresh set of counters (JMH creates one per thread). */
    public Times() {}

    /** Scalar apply in a loop over the arrays. */
    public long scalarNanos;
    /** The batch forward. */
    public long forwardNanos;
    /** The fused backward. */
    public long backwardNanos;
    /** System.arraycopy of the same arrays. */
    public long copyNanos;
    /** Invocations. */
    public long calls;

    /** Starts an iteration from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      scalarNanos = 0;
      forwardNanos = 0;
      backwardNanos = 0;
      copyNanos = 0;
      calls = 0;
    }
  }

  /**
   * Each operation once, timed on its own, back to back: a change of load on the machine then
   * moves all four alike, and one fork measures a function.
   */
  @Benchmark
  public Object operations(Arrays a, Function fn, Times t) {
    long start = System.nanoTime();
    scalar(a, fn.f);
    long scalarEnd = System.nanoTime();
    forward(a, fn.f);
    long forwardEnd = System.nanoTime();
    backward(a, fn);
    long backwardEnd = System.nanoTime();
    copy(a);
    long copyEnd = System.nanoTime();
    t.scalarNanos += scalarEnd - start;
    t.forwardNanos += forwardEnd - scalarEnd;
    t.backwardNanos += backwardEnd - forwardEnd;
    t.copyNanos += copyEnd - backwardEnd;
    t.calls++;
    return a.xf != null ? a.gf : a.gd;
  }

  private static void scalar(Arrays a, Activation f) {
    if (a.xf != null) {
      float[] x = a.xf;
      float[] y = a.yf;
      for (int i = 0; i < x.length; i++) {
        y[i] = f.applyFloat(x[i]);
      }
    } else {
      double[] x = a.xd;
      double[] y = a.yd;
      for (int i = 0; i < x.length; i++) {
        y[i] = f.apply(x[i]);
      }
    }
  }

  private static void forward(Arrays a, Activation f) {
    if (a.xf != null) {
      f.apply(a.xf, 0, a.yf, 0, a.size);
    } else {
      f.apply(a.xd, 0, a.yd, 0, a.size);
    }
  }

  private static void backward(Arrays a, Function fn) {
    if (a.xf != null) {
      fn.f.backward(a.xf, fn.outf, a.uf, a.gf, 0, a.size);
    } else {
      fn.f.backward(a.xd, fn.outd, a.ud, a.gd, 0, a.size);
    }
  }

  private static void copy(Arrays a) {
    if (a.xf != null) {
      System.arraycopy(a.xf, 0, a.yf, 0, a.size);
    } else {
      System.arraycopy(a.xd, 0, a.yd, 0, a.size);
    }
  }
}
