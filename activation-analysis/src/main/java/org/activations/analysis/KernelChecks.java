package org.activations.analysis;

import java.util.SplittableRandom;
import org.activations.Activation;

/**
 * The batch, backward and single-precision surfaces against the scalar double methods.
 *
 * <ul>
 *   <li>batch forward (double and float, at offsets, and in place) equals the scalar method within
 *       {@value #BATCH_ULPS} ulps (bit for bit is the SPI's default; a vectorised kernel may round
 *       differently);
 *   <li>backward (double and float, at an offset, and in place) equals upstream · f' elementwise
 *       within {@value #BATCH_ULPS} ulps, with f' from y where the function has the output form,
 *       and leaves the elements outside its range untouched;
 *   <li>{@code applyFloat}, {@code derivativeFloat} and {@code derivativeFromOutputFloat} are within
 *       {@value #FLOAT_ULPS} float ulp of the correctly rounded float of the double result.
 * </ul>
 */
final class KernelChecks {
  /** The allowed difference of a batch or backward element from the scalar result, in ulps. */
  static final int BATCH_ULPS = 4;
  /** The allowed difference of a float method from the rounded double result, in float ulps. */
  static final int FLOAT_ULPS = 1;
  private static final int OFFSET = 3;

  private final Evaluations ev;
  private final Activation f;
  private final SplittableRandom rnd;

  KernelChecks(Evaluations ev, long seed) {
    this.ev = ev;
    this.f = ev.function();
    this.rnd = new SplittableRandom(seed);
  }

  /** Runs the checks on the inputs {@code xs} (a few thousand; the special inputs among them). */
  void check(double[] xs) {
    guarded("batch apply(double[])", () -> batchDouble(xs));
    guarded("batch apply(float[])", () -> batchFloat(xs));
    guarded("backward(double[])", () -> backwardDouble(xs));
    guarded("backward(float[])", () -> backwardFloat(xs));
    floatMethods(xs);
  }

  private void guarded(String what, Runnable check) {
    ev.tick(0);
    try {
      check.run();
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      if (e instanceof Budget.Exhausted exhausted) {
        throw exhausted;
      }
      ev.threw(what, Double.NaN, e);
    }
  }

  private void batchDouble(double[] all) {
    // lengths that leave every remainder of an unrolled loop, besides the whole array
    for (int length : new int[] {all.length, all.length - 1, all.length - 2, all.length - 3, 1, 2, 3, 5, 7}) {
      if (length > 0 && !batchDoubleOf(java.util.Arrays.copyOf(all, length))) {
        return;
      }
    }
  }

  private boolean batchDoubleOf(double[] xs) {
    int n = xs.length;
    double[] in = new double[n + 2 * OFFSET];
    System.arraycopy(xs, 0, in, OFFSET, n);
    double[] out = new double[n + OFFSET];
    f.apply(in, OFFSET, out, 0, n);
    double[] place = in.clone();
    f.apply(place, OFFSET, place, OFFSET, n);
    for (int i = 0; i < n; i++) {
      double want = ev.f(xs[i]);
      if (!close(out[i], want, BATCH_ULPS) || !close(place[OFFSET + i], want, BATCH_ULPS)) {
        fail(Concern.BATCH, xs[i], "batch apply(double[]) of " + n + " elements gives "
            + Numbers.exact(out[i]) + " (in place " + Numbers.exact(place[OFFSET + i]) + ") at element "
            + i + ", x = " + Numbers.exact(xs[i]) + "; apply gives " + Numbers.exact(want));
        return false;
      }
    }
    return true;
  }

  private void batchFloat(double[] all) {
    for (int length : new int[] {all.length, all.length - 1, all.length - 2, all.length - 3, 1, 2, 3, 5, 7}) {
      if (length > 0 && !batchFloatOf(java.util.Arrays.copyOf(all, length))) {
        return;
      }
    }
  }

  private boolean batchFloatOf(double[] xs) {
    float[] fx = floats(xs);
    int n = fx.length;
    float[] in = new float[n + 2 * OFFSET];
    System.arraycopy(fx, 0, in, OFFSET, n);
    float[] out = new float[n + OFFSET];
    f.apply(in, OFFSET, out, 0, n);
    for (int i = 0; i < n; i++) {
      float want = f.applyFloat(fx[i]);
      if (!close(out[i], want, BATCH_ULPS)) {
        fail(Concern.BATCH, fx[i], "batch apply(float[]) of " + n + " elements gives " + out[i]
            + " at element " + i + ", x = " + fx[i] + "; applyFloat gives " + want);
        return false;
      }
    }
    return true;
  }

  private void backwardDouble(double[] xs) {
    int n = xs.length;
    boolean fromOutput = f.hasDerivativeFromOutput();
    double[] x = xs.clone();
    double[] y = new double[n];
    double[] up = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = ev.f(x[i]);
      up[i] = rnd.nextDouble(-4, 4);
    }
    double[] grad = new double[n];
    java.util.Arrays.fill(grad, 7.0);
    f.backward(x, y, up, grad, OFFSET, n - 2 * OFFSET);
    double[] place = up.clone();
    f.backward(x, y, place, place, OFFSET, n - 2 * OFFSET);
    for (int i = 0; i < n; i++) {
      boolean inside = i >= OFFSET && i < n - OFFSET;
      double d = fromOutput ? ev.dfy(y[i], x[i]) : ev.df(x[i]);
      double want = inside ? up[i] * d : 7.0;
      double wantPlace = inside ? want : up[i];
      if (!close(grad[i], want, BATCH_ULPS) || !close(place[i], wantPlace, BATCH_ULPS)) {
        fail(Concern.BACKWARD, x[i], "backward(double[]) gives " + Numbers.exact(grad[i]) + " (in place "
            + Numbers.exact(place[i]) + ") at element " + i + ", x = " + Numbers.exact(x[i]) + ", upstream "
            + Numbers.exact(up[i]) + (inside ? ", expected upstream · f' = " : ", outside the range, expected ")
            + Numbers.exact(inside ? want : 7.0));
        return;
      }
    }
  }

  private void backwardFloat(double[] xs) {
    boolean fromOutput = f.hasDerivativeFromOutput();
    float[] x = floats(xs);
    int n = x.length;
    float[] y = new float[n];
    float[] up = new float[n];
    for (int i = 0; i < n; i++) {
      y[i] = f.applyFloat(x[i]);
      up[i] = (float) rnd.nextDouble(-4, 4);
    }
    float[] grad = new float[n];
    f.backward(x, y, up, grad, OFFSET, n - 2 * OFFSET);
    for (int i = OFFSET; i < n - OFFSET; i++) {
      float d = fromOutput ? f.derivativeFromOutputFloat(y[i]) : f.derivativeFloat(x[i]);
      float want = up[i] * d;
      if (!close(grad[i], want, BATCH_ULPS)) {
        fail(Concern.BACKWARD, x[i], "backward(float[]) gives " + grad[i] + " at x = " + x[i]
            + ", upstream " + up[i] + ", expected upstream · f' = " + want);
        return;
      }
    }
  }

  /** The float methods against the rounded double results. */
  private void floatMethods(double[] xs) {
    boolean output = f.hasDerivativeFromOutput();
    for (float x : floats(xs)) {
      float y = callFloat("applyFloat", x, () -> f.applyFloat(x));
      check("applyFloat", x, y, (float) ev.f(x));
      check("derivativeFloat", x, callFloat("derivativeFloat", x, () -> f.derivativeFloat(x)),
          (float) ev.df(x));
      if (output && !Float.isNaN(y)) {
        check("derivativeFromOutputFloat(y = " + y + ")", x,
            callFloat("derivativeFromOutputFloat", y, () -> f.derivativeFromOutputFloat(y)),
            (float) ev.dfy(y, x));
      }
    }
  }

  private float callFloat(String what, float x, java.util.function.Supplier<Float> call) {
    ev.tick(x);
    try {
      return call.get();
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      ev.threw(what, x, e);
      return Float.NaN;
    }
  }

  private void check(String what, float x, float got, float want) {
    if (!close(got, want, FLOAT_ULPS)) {
      fail(Concern.FLOAT, x, what + " at x = " + x + " gives " + got + ", the rounded double result is "
          + want);
    }
  }

  private void fail(Concern concern, double x, String message) {
    ev.log().add(concern + "/" + message.substring(0, message.indexOf(' ')), Finding.fail(concern, x,
        message));
  }

  private static float[] floats(double[] xs) {
    float[] out = new float[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = (float) xs[i];
    }
    return out;
  }

  static boolean close(double got, double want, int ulps) {
    if (Double.isNaN(want) || Double.isNaN(got)) {
      return Double.isNaN(want) && Double.isNaN(got);
    }
    if (got == want) {
      return true;
    }
    return Double.isFinite(want) && Math.abs(got - want) <= ulps * Math.ulp(want);
  }

  static boolean close(float got, float want, int ulps) {
    if (Float.isNaN(want) || Float.isNaN(got)) {
      return Float.isNaN(want) && Float.isNaN(got);
    }
    if (got == want) {
      return true;
    }
    return Float.isFinite(want) && Math.abs(got - want) <= ulps * Math.ulp(want);
  }
}
