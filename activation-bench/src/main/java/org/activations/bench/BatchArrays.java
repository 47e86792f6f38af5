package org.activations.bench;

import java.util.SplittableRandom;
import org.activations.Activation;

/**
 * The arrays of one batch call, float or double, and the calls the benchmarks time on them: inputs
 * x, outputs y, an upstream gradient u in [−1, 1] and the gradient g. Every benchmark streams a
 * kernel and its baseline over one such set, so that both read and write the same memory.
 */
final class BatchArrays {
  /** True for floats, false for doubles. */
  final boolean floats;
  final int size;
  final float[] xf;
  final float[] yf;
  final float[] uf;
  final float[] gf;
  final double[] xd;
  final double[] yd;
  final double[] ud;
  final double[] gd;

  private BatchArrays(double[] x, double[] u, boolean floats) {
    this.floats = floats;
    this.size = x.length;
    xf = floats ? toFloats(x) : null;
    uf = floats ? toFloats(u) : null;
    yf = floats ? new float[size] : null;
    gf = floats ? new float[size] : null;
    xd = floats ? null : x;
    ud = floats ? null : u;
    yd = floats ? null : new double[size];
    gd = floats ? null : new double[size];
  }

  /**
   * {@code size} inputs uniform in [−bound, bound] and then the upstream gradient, from one stream
   * seeded alike in every run; {@code type} is "float" or "double".
   */
  static BatchArrays uniform(String type, int size, double bound) {
    if (!type.equals("float") && !type.equals("double")) {
      throw new IllegalArgumentException("type is float or double, not '" + type + "'");
    }
    SplittableRandom random = new SplittableRandom(42);
    double[] x = new double[size];
    double[] u = new double[size];
    for (int i = 0; i < size; i++) {
      x[i] = random.nextDouble(-bound, bound);
    }
    for (int i = 0; i < size; i++) {
      u[i] = random.nextDouble(-1, 1);
    }
    return new BatchArrays(x, u, type.equals("float"));
  }

  private static float[] toFloats(double[] x) {
    float[] f = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = (float) x[i];
    }
    return f;
  }

  /** f's batch forward of x into y; returns y. */
  Object forward(Activation f) {
    if (floats) {
      f.apply(xf, 0, yf, 0, size);
      return yf;
    }
    f.apply(xd, 0, yd, 0, size);
    return yd;
  }

  /** f's fused backward from x, y and u into g; returns g. */
  Object backward(Activation f) {
    if (floats) {
      f.backward(xf, yf, uf, gf, 0, size);
      return gf;
    }
    f.backward(xd, yd, ud, gd, 0, size);
    return gd;
  }

  /** Baseline of a forward pass, its memory limit: {@code System.arraycopy} of x into y. */
  Object copy() {
    if (floats) {
      System.arraycopy(xf, 0, yf, 0, size);
      return yf;
    }
    System.arraycopy(xd, 0, yd, 0, size);
    return yd;
  }

  /** Baseline of a backward pass: g[i] = u[i]·y[i], over the same three streams. */
  Object multiply() {
    if (floats) {
      float[] u = uf;
      float[] y = yf;
      float[] g = gf;
      for (int i = 0; i < g.length; i++) {
        g[i] = u[i] * y[i];
      }
      return g;
    }
    double[] u = ud;
    double[] y = yd;
    double[] g = gd;
    for (int i = 0; i < g.length; i++) {
      g[i] = u[i] * y[i];
    }
    return g;
  }

  /** The naive loop of {@code function} ({@link NaiveLoops}) over x into y; returns y. */
  Object naive(String function) {
    if (floats) {
      NaiveLoops.run(function, xf, yf);
      return yf;
    }
    NaiveLoops.run(function, xd, yd);
    return yd;
  }
}
