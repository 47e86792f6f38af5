package org.activations.tools.cli;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.activations.Activation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH benchmarks behind {@code activations bench}, run in forked JVMs: scalar {@code apply} in a
 * loop, the batch forward and the fused backward of one function, and {@code System.arraycopy} of the
 * same arrays. The forked JVM finds the function itself: the spec and the plugin path are parameters,
 * loaded in the setup. Scores are ns per call on {@code size} elements.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FunctionBenchmark {

  /** The arrays: inputs in [-8, 8], an upstream gradient in [-1, 1], outputs and results. */
  @State(Scope.Thread)
  public static class Arrays {
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

  /** f.apply on one element at a time, as code without batch calls does. */
  @Benchmark
  public Object scalar(Arrays a, Function fn) {
    Activation f = fn.f;
    if (a.xf != null) {
      float[] x = a.xf;
      float[] y = a.yf;
      for (int i = 0; i < x.length; i++) {
        y[i] = f.applyFloat(x[i]);
      }
      return y;
    }
    double[] x = a.xd;
    double[] y = a.yd;
    for (int i = 0; i < x.length; i++) {
      y[i] = f.apply(x[i]);
    }
    return y;
  }

  /** The batch forward. */
  @Benchmark
  public Object forward(Arrays a, Function fn) {
    if (a.xf != null) {
      fn.f.apply(a.xf, 0, a.yf, 0, a.size);
      return a.yf;
    }
    fn.f.apply(a.xd, 0, a.yd, 0, a.size);
    return a.yd;
  }

  /** The fused backward, from the outputs where the function has the output form. */
  @Benchmark
  public Object backward(Arrays a, Function fn) {
    if (a.xf != null) {
      fn.f.backward(a.xf, fn.outf, a.uf, a.gf, 0, a.size);
      return a.gf;
    }
    fn.f.backward(a.xd, fn.outd, a.ud, a.gd, 0, a.size);
    return a.gd;
  }

  /** The memory limit of a forward pass: copying the same array. */
  @Benchmark
  public Object arraycopy(Arrays a) {
    if (a.xf != null) {
      System.arraycopy(a.xf, 0, a.yf, 0, a.size);
      return a.yf;
    }
    System.arraycopy(a.xd, 0, a.yd, 0, a.size);
    return a.yd;
  }
}
