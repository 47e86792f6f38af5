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
  private static final double K = Math.sqrt(2 / Math.PI);

  /** Inputs in [−4, 4] and an output array, float or double. */
  @State(Scope.Thread)
  public static class Data {
    @Param({"double", "float"})
    public String type;

    @Param({"1048576"})
    public int size;

    float[] xf;
    float[] yf;
    double[] xd;
    double[] yd;
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
      SplittableRandom random = new SplittableRandom(42);
      xd = new double[size];
      yd = new double[size];
      xf = new float[size];
      yf = new float[size];
      for (int i = 0; i < size; i++) {
        xd[i] = random.nextDouble(-4, 4);
        xf[i] = (float) xd[i];
      }
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
      if (type.equals("float")) {
        f.apply(xf, 0, yf, 0, size);
        return yf;
      }
      f.apply(xd, 0, yd, 0, size);
      return yd;
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
    if (d.type.equals("float")) {
      for (int i = 0; i < d.size; i++) {
        double x = d.xf[i];
        d.yf[i] = (float) (x / (1 + Math.exp(-x)));
      }
      return d.yf;
    }
    for (int i = 0; i < d.size; i++) {
      double x = d.xd[i];
      d.yd[i] = x / (1 + Math.exp(-x));
    }
    return d.yd;
  }

  @Benchmark
  public Object geluTanh(Data d) {
    return d.run(d.geluTanh);
  }

  /** Baseline: 0.5 x (1 + tanh(√(2/π)(x + 0.044715 x³))). */
  @Benchmark
  public Object naiveGeluTanhLoop(Data d) {
    if (d.type.equals("float")) {
      for (int i = 0; i < d.size; i++) {
        double x = d.xf[i];
        d.yf[i] = (float) (0.5 * x * (1 + Math.tanh(K * (x + 0.044715 * x * x * x))));
      }
      return d.yf;
    }
    for (int i = 0; i < d.size; i++) {
      double x = d.xd[i];
      d.yd[i] = 0.5 * x * (1 + Math.tanh(K * (x + 0.044715 * x * x * x)));
    }
    return d.yd;
  }

  @Benchmark
  public Object mish(Data d) {
    return d.run(d.mish);
  }

  /** Baseline: x tanh(log1p(e^x)). */
  @Benchmark
  public Object naiveMishLoop(Data d) {
    if (d.type.equals("float")) {
      for (int i = 0; i < d.size; i++) {
        double x = d.xf[i];
        d.yf[i] = (float) (x * Math.tanh(Math.log1p(Math.exp(x))));
      }
      return d.yf;
    }
    for (int i = 0; i < d.size; i++) {
      double x = d.xd[i];
      d.yd[i] = x * Math.tanh(Math.log1p(Math.exp(x)));
    }
    return d.yd;
  }

  @Benchmark
  public Object softplus(Data d) {
    return d.run(d.softplus);
  }

  /** Baseline: log1p(e^x). */
  @Benchmark
  public Object naiveSoftplusLoop(Data d) {
    if (d.type.equals("float")) {
      for (int i = 0; i < d.size; i++) {
        d.yf[i] = (float) Math.log1p(Math.exp(d.xf[i]));
      }
      return d.yf;
    }
    for (int i = 0; i < d.size; i++) {
      d.yd[i] = Math.log1p(Math.exp(d.xd[i]));
    }
    return d.yd;
  }

  @Benchmark
  public Object logSigmoid(Data d) {
    return d.run(d.logSigmoid);
  }

  /** Baseline: −log1p(e^−x). */
  @Benchmark
  public Object naiveLogSigmoidLoop(Data d) {
    if (d.type.equals("float")) {
      for (int i = 0; i < d.size; i++) {
        d.yf[i] = (float) -Math.log1p(Math.exp(-d.xf[i]));
      }
      return d.yf;
    }
    for (int i = 0; i < d.size; i++) {
      d.yd[i] = -Math.log1p(Math.exp(-d.xd[i]));
    }
    return d.yd;
  }

  @Benchmark
  public Object elu(Data d) {
    return d.run(d.elu);
  }

  /** Baseline: x &gt; 0 ? x : e^x − 1. */
  @Benchmark
  public Object naiveEluLoop(Data d) {
    if (d.type.equals("float")) {
      for (int i = 0; i < d.size; i++) {
        double x = d.xf[i];
        d.yf[i] = (float) (x > 0 ? x : Math.exp(x) - 1);
      }
      return d.yf;
    }
    for (int i = 0; i < d.size; i++) {
      double x = d.xd[i];
      d.yd[i] = x > 0 ? x : Math.exp(x) - 1;
    }
    return d.yd;
  }

  @Benchmark
  public Object selu(Data d) {
    return d.run(d.selu);
  }

  /** Baseline: λ (x &gt; 0 ? x : α (e^x − 1)). */
  @Benchmark
  public Object naiveSeluLoop(Data d) {
    double scale = 1.0507009873554804934193349852946;
    double alpha = 1.6732632423543772848170429916717;
    if (d.type.equals("float")) {
      for (int i = 0; i < d.size; i++) {
        double x = d.xf[i];
        d.yf[i] = (float) (scale * (x > 0 ? x : alpha * (Math.exp(x) - 1)));
      }
      return d.yf;
    }
    for (int i = 0; i < d.size; i++) {
      double x = d.xd[i];
      d.yd[i] = scale * (x > 0 ? x : alpha * (Math.exp(x) - 1));
    }
    return d.yd;
  }

  @Benchmark
  public Object celu(Data d) {
    return d.run(d.celu);
  }

  /** Baseline: celu(alpha = 2), x &gt; 0 ? x : α (e^(x/α) − 1). */
  @Benchmark
  public Object naiveCeluLoop(Data d) {
    if (d.type.equals("float")) {
      for (int i = 0; i < d.size; i++) {
        double x = d.xf[i];
        d.yf[i] = (float) (x > 0 ? x : 2 * (Math.exp(x / 2) - 1));
      }
      return d.yf;
    }
    for (int i = 0; i < d.size; i++) {
      double x = d.xd[i];
      d.yd[i] = x > 0 ? x : 2 * (Math.exp(x / 2) - 1);
    }
    return d.yd;
  }
}
