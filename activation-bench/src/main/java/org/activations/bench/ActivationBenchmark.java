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

  /** The arrays: inputs in [-8, 8], outputs, an upstream gradient, a result. */
  @State(Scope.Thread)
  public static class Data {
    @Param({"float", "double"})
    public String type;

    @Param({"4096", "262144", "8388608"})
    public int size;

    float[] xf;
    float[] yf;
    float[] uf;
    float[] gf;
    double[] xd;
    double[] yd;
    double[] ud;
    double[] gd;

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
          yf[i] = (float) random.nextDouble(-1, 1);
          uf[i] = (float) random.nextDouble(-1, 1);
        }
      } else {
        xd = new double[size];
        yd = new double[size];
        ud = new double[size];
        gd = new double[size];
        for (int i = 0; i < size; i++) {
          xd[i] = random.nextDouble(-8, 8);
          yd[i] = random.nextDouble(-1, 1);
          ud[i] = random.nextDouble(-1, 1);
        }
      }
    }
  }

  /** The function under test, discovered through the registry. */
  @State(Scope.Thread)
  public static class Function {
    @Param({"sigmoid", "tanh", "relu", "linear", "binary_step"})
    public String function;

    Activation f;

    @Setup
    public void discover() {
      f = ActivationRegistry.load().get(function);
    }
  }

  @Benchmark
  public Object forward(Data d, Function fn) {
    if (d.xf != null) {
      fn.f.apply(d.xf, 0, d.yf, 0, d.size);
      return d.yf;
    }
    fn.f.apply(d.xd, 0, d.yd, 0, d.size);
    return d.yd;
  }

  @Benchmark
  public Object backward(Data d, Function fn) {
    if (d.xf != null) {
      fn.f.backward(d.xf, d.yf, d.uf, d.gf, 0, d.size);
      return d.gf;
    }
    fn.f.backward(d.xd, d.yd, d.ud, d.gd, 0, d.size);
    return d.gd;
  }

  /** Baseline: copying the same array, the memory limit of a forward pass. */
  @Benchmark
  public Object arraycopy(Data d) {
    if (d.xf != null) {
      System.arraycopy(d.xf, 0, d.yf, 0, d.size);
      return d.yf;
    }
    System.arraycopy(d.xd, 0, d.yd, 0, d.size);
    return d.yd;
  }

  /** Baseline: out[i] = a[i] * b[i], the three streams of a backward pass. */
  @Benchmark
  public Object multiply(Data d) {
    if (d.xf != null) {
      float[] u = d.uf;
      float[] y = d.yf;
      float[] g = d.gf;
      for (int i = 0; i < g.length; i++) {
        g[i] = u[i] * y[i];
      }
      return g;
    }
    double[] u = d.ud;
    double[] y = d.yd;
    double[] g = d.gd;
    for (int i = 0; i < g.length; i++) {
      g[i] = u[i] * y[i];
    }
    return g;
  }

  /** Baseline: the naive sigmoid loop, 1 / (1 + Math.exp(-x)). */
  @Benchmark
  public Object naiveSigmoid(Data d) {
    if (d.xf != null) {
      float[] x = d.xf;
      float[] y = d.yf;
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) (1 / (1 + Math.exp(-x[i])));
      }
      return y;
    }
    double[] x = d.xd;
    double[] y = d.yd;
    for (int i = 0; i < x.length; i++) {
      y[i] = 1 / (1 + Math.exp(-x[i]));
    }
    return y;
  }

  /** Baseline: the Math.tanh loop. */
  @Benchmark
  public Object mathTanh(Data d) {
    if (d.xf != null) {
      float[] x = d.xf;
      float[] y = d.yf;
      for (int i = 0; i < x.length; i++) {
        y[i] = (float) Math.tanh(x[i]);
      }
      return y;
    }
    double[] x = d.xd;
    double[] y = d.yd;
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.tanh(x[i]);
    }
    return y;
  }

  /** Baseline: relu as a ternary, which HotSpot 17 does not vectorise. */
  @Benchmark
  public Object ternaryRelu(Data d) {
    if (d.xf != null) {
      float[] x = d.xf;
      float[] y = d.yf;
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] > 0 ? x[i] : 0;
      }
      return y;
    }
    double[] x = d.xd;
    double[] y = d.yd;
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] > 0 ? x[i] : 0;
    }
    return y;
  }
}
