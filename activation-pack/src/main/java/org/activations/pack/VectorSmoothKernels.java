package org.activations.pack;

import static jdk.incubator.vector.VectorOperators.EXP;
import static jdk.incubator.vector.VectorOperators.LOG;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The smooth functions' float forwards on the Vector API: {@link FloatForms}' formulas in double
 * lanes (floats widen to doubles exactly), each rounded back to float once; gelu's Φ from one
 * polynomial over the whole range (below). Loaded only when
 * {@code jdk.incubator.vector} is present. A vector holding NaN or
 * an infinity, and the tail that fills no vector, go through the function's own loop.
 *
 * <p>The loops are written out per function, not shared: a loop that called its formula through an
 * interface would see every function at that call, and HotSpot would box the vectors.
 */
final class VectorSmoothKernels implements FloatKernels {
  private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
  /** As many float lanes as D has double lanes. */
  private static final VectorSpecies<Float> F =
      VectorSpecies.of(float.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
  /** √(1/2). */
  private static final double SQRT_HALF = 0x1.6a09e667f3bcdp-1;
  /**
   * gelu's erfc(u) = t·e^(−u² + P(s)), t = 2/(2 + u): one polynomial for every lane, where the
   * plain form's table by interval would need gathers. s = A·t + B maps t in [2/12.5, 1] to
   * [−1, 1];
   * P is our Chebyshev interpolant (mpmath, 40 digits) of ln(erfc(u)/t) + u², highest degree first,
   * relative error of erfc below 2.7e-10 on [0, 10.5] (a 200th of a float ulp). Beyond u = 10.5,
   * s is held at −1: erfc is below 1e-49 there, and gelu below any float, whatever P does.
   */
  private static final double A = 0x1.30c30c30c30c3p+1;
  private static final double B = -0x1.6186186186186p+0;
  private static final double[] P = {0x1.87744d9b3f500p-18, -0x1.7e19209bf5775p-18,
      -0x1.5c481aa51299cp-15, 0x1.3f77cf505f400p-14, 0x1.3f30bbcdf58ffp-13, -0x1.348be66c9ac35p-11,
      -0x1.17c646cb52168p-12, 0x1.fc3cff7ebd29dp-9, -0x1.42a3677150c48p-10, -0x1.edf0a2c96088ep-6,
      0x1.11e03d96a407ap-6, 0x1.2633475c74f81p-1, -0x1.2056161149806p-1};
  /** Called reflectively by {@link PackEngine}. */
  VectorSmoothKernels() {}

  @Override
  public SlopeStep slopeStep(FloatSlope split) {
    return new VectorSlopeStep(split);
  }

  @Override
  public FloatForward hardSigmoid(FloatForward plain) {
    return (x, y, offset, length) -> VectorClampKernels.hardSigmoid(x, y, offset, length, plain);
  }

  @Override
  public FloatForward hardSwish(FloatForward plain) {
    return (x, y, offset, length) -> VectorClampKernels.hardSwish(x, y, offset, length, plain);
  }

  /** Whether no lane is NaN or infinite. */
  private static boolean finite(FloatVector v) {
    return v.abs().compare(VectorOperators.LE, Float.MAX_VALUE).allTrue();
  }

  private static DoubleVector widen(FloatVector v) {
    return (DoubleVector) v.convertShape(VectorOperators.F2D, D, 0);
  }

  private static void store(DoubleVector r, float[] y, int i) {
    ((FloatVector) r.convertShape(VectorOperators.D2F, F, 0)).intoArray(y, i);
  }

  /**
   * r rounded to float and held at the declared minimum rounded (the same as holding r at the
   * minimum and rounding, since rounding keeps order), if {@code least} is not −∞ (see
   * {@link FloatForms#least}): the max costs 0.2 ns an element, a fifth of swish's.
   */
  private static void store(DoubleVector r, float least, float[] y, int i) {
    FloatVector f = (FloatVector) r.convertShape(VectorOperators.D2F, F, 0);
    (least == Float.NEGATIVE_INFINITY ? f : f.max(least)).intoArray(y, i);
  }

  /** The elements from i to end that fill no vector, through the function's own loop. */
  static void tail(FloatForward plain, float[] x, float[] y, int i, int end) {
    if (i < end) {
      plain.apply(x, y, i, end - i);
    }
  }

  /** {@link FloatForms#log1p} in lanes. */
  private static DoubleVector log1p(DoubleVector e) {
    DoubleVector w = e.add(1.0);
    return w.lanewise(LOG).add(e.sub(w.sub(1.0)));
  }

  @Override
  public FloatForward swish(double beta, double minimum, FloatForward plain) {
    float least = FloatForms.least(minimum);
    return (x, y, offset, length) -> {
      int i = offset;
      for (int end = offset + F.loopBound(length); i < end; i += F.length()) {
        FloatVector f = FloatVector.fromArray(F, x, i);
        if (!finite(f)) {
          plain.apply(x, y, i, F.length());
          continue;
        }
        DoubleVector v = widen(f);
        store(v.div(v.mul(-beta).lanewise(EXP).add(1.0)), least, y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

  @Override
  public FloatForward expLinear(double scale, double scaleAlpha, double k, FloatForward plain) {
    // |z| = k·|x| < SMALL only if |x| < SMALL/k: a test on the float lanes first, which costs a
    // fraction of one on the double lanes (1.37 against 1.82 ns an element in a driver)
    float smallX = Math.nextUp((float) (FloatForms.SMALL / k));
    return (x, y, offset, length) -> {
      int i = offset;
      for (int end = offset + F.loopBound(length); i < end; i += F.length()) {
        FloatVector f = FloatVector.fromArray(F, x, i);
        if (!finite(f)) {
          plain.apply(x, y, i, F.length());
          continue;
        }
        DoubleVector v = widen(f);
        // e^z − 1 overflows to ∞ for large positive z, whose lanes take the linear side
        DoubleVector z = v.mul(k);
        DoubleVector m1 = z.lanewise(EXP).sub(1.0);
        if (f.abs().compare(VectorOperators.LT, smallX).anyTrue()) {
          VectorMask<Double> small = z.abs().compare(VectorOperators.LT, FloatForms.SMALL);
          m1 = m1.blend(z.mul(z).fma(z.mul(1.0 / 24).add(1.0 / 6).mul(z).add(0.5), z), small);
        }
        // x ≥ 0 on the linear side keeps the sign of −0
        store(m1.mul(scaleAlpha).blend(v.mul(scale), v.compare(VectorOperators.GE, 0.0)), y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

  @Override
  public FloatForward softplus(double beta, FloatForward plain) {
    double over = 1 / beta;
    return (x, y, offset, length) -> {
      int i = offset;
      for (int end = offset + F.loopBound(length); i < end; i += F.length()) {
        FloatVector f = FloatVector.fromArray(F, x, i);
        if (!finite(f)) {
          plain.apply(x, y, i, F.length());
          continue;
        }
        DoubleVector z = widen(f).mul(beta);
        DoubleVector e = z.abs().neg().lanewise(EXP);
        store(z.max(0.0).add(log1p(e)).mul(over), y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

  @Override
  public FloatForward logSigmoid(FloatForward plain) {
    return (x, y, offset, length) -> {
      int i = offset;
      for (int end = offset + F.loopBound(length); i < end; i += F.length()) {
        FloatVector f = FloatVector.fromArray(F, x, i);
        if (!finite(f)) {
          plain.apply(x, y, i, F.length());
          continue;
        }
        DoubleVector v = widen(f);
        DoubleVector l = log1p(v.abs().neg().lanewise(EXP));
        // −l for x > 0 keeps the sign of a result that underflows to −0
        store(v.sub(l).blend(l.neg(), v.compare(VectorOperators.GT, 0.0)), y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

  @Override
  public FloatForward mish(double minimum, FloatForward plain) {
    float least = FloatForms.least(minimum);
    return (x, y, offset, length) -> {
      int i = offset;
      for (int end = offset + F.loopBound(length); i < end; i += F.length()) {
        FloatVector f = FloatVector.fromArray(F, x, i);
        if (!finite(f)) {
          plain.apply(x, y, i, F.length());
          continue;
        }
        DoubleVector v = widen(f);
        // tanh(log(1 + u)) = n/(n + 2) with n = u(u + 2); beyond x = 40 it is 1 in double
        DoubleVector u = v.min(FloatForms.MISH_CEILING).lanewise(EXP);
        DoubleVector n = u.add(2.0).mul(u);
        store(v.mul(n).div(n.add(2.0)), least, y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

  @Override
  public FloatForward geluTanh(double minimum, FloatForward plain) {
    float least = FloatForms.least(minimum);
    double twoK = -2 * GeluTanh.K;
    return (x, y, offset, length) -> {
      int i = offset;
      for (int end = offset + F.loopBound(length); i < end; i += F.length()) {
        FloatVector f = FloatVector.fromArray(F, x, i);
        if (!finite(f)) {
          plain.apply(x, y, i, F.length());
          continue;
        }
        DoubleVector v = widen(f);
        // 0.5x(1 + tanh w) = x/(1 + e^(−2w)): no cancellation for x < 0
        DoubleVector w = v.mul(v).mul(GeluTanh.CUBIC).fma(v, v).mul(twoK);
        store(v.div(w.lanewise(EXP).add(1.0)), least, y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

  @Override
  public FloatForward gelu(double minimum, FloatForward plain) {
    if (FloatForms.least(minimum) != Float.NEGATIVE_INFINITY) {
      return plain; // a minimum next to a float midpoint; gelu's own is not
    }
    return (x, y, offset, length) -> tail(plain, x, y,
        geluLoop(x, y, offset, offset + F.loopBound(length)), offset + length);
  }

  /**
   * gelu's vectors from i to end; returns end. Written as one method longer than C2 inlines (325
   * bytes of bytecode), so that it is compiled on its own: inlined into its callers it took C2 past
   * its NodeCountInliningCutoff, the last store stayed out of line, and the vectors were boxed (5.6
   * against 3 ns an element, depending on the fork). No test for NaN and ±∞: they come out right.
   */
  private static int geluLoop(float[] x, float[] y, int i, int end) {
    for (; i < end; i += F.length()) {
      DoubleVector v = widen(FloatVector.fromArray(F, x, i));
      DoubleVector u = v.abs().mul(SQRT_HALF);
      DoubleVector t = DoubleVector.broadcast(D, 2.0).div(u.add(2.0));
      DoubleVector s = t.fma(A, B).max(-1.0);
      DoubleVector p = DoubleVector.broadcast(D, P[0]);
      p = p.fma(s, DoubleVector.broadcast(D, P[1]));
      p = p.fma(s, DoubleVector.broadcast(D, P[2]));
      p = p.fma(s, DoubleVector.broadcast(D, P[3]));
      p = p.fma(s, DoubleVector.broadcast(D, P[4]));
      p = p.fma(s, DoubleVector.broadcast(D, P[5]));
      p = p.fma(s, DoubleVector.broadcast(D, P[6]));
      p = p.fma(s, DoubleVector.broadcast(D, P[7]));
      p = p.fma(s, DoubleVector.broadcast(D, P[8]));
      p = p.fma(s, DoubleVector.broadcast(D, P[9]));
      p = p.fma(s, DoubleVector.broadcast(D, P[10]));
      p = p.fma(s, DoubleVector.broadcast(D, P[11]));
      p = p.fma(s, DoubleVector.broadcast(D, P[12]));
      // Φ(−|x|) = erfc(u)/2
      DoubleVector q = u.mul(u).neg().add(p).lanewise(EXP).mul(t).mul(0.5);
      VectorMask<Double> negative = v.compare(VectorOperators.LT, 0.0);
      // x held at −40, where q is 0, so that −∞ gives −0
      store(v.max(FloatForms.GELU_FLOOR).mul(q.neg().add(1.0).blend(q, negative)), y, i);
    }
    return end;
  }
}
