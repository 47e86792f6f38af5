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
 * The smooth functions' float forwards on the Vector API: floats widened to double lanes (exact),
 * the textbook formula in double with its overflow-free rearrangement, one rounding back to float.
 * The double work is 2^-40 of the value or better, so each result is the correctly rounded float
 * or its neighbour. Loaded only when {@code jdk.incubator.vector} is present. A vector holding NaN or
 * an infinity, and the tail that fills no vector, go through the function's own loop.
 *
 * <p>The loops are written out per function, not shared: a loop that called its formula through an
 * interface would see every function at that call, and HotSpot would box the vectors.
 */
final class VectorSmoothKernels implements SmoothKernels {
  private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
  /** As many float lanes as D has double lanes. */
  private static final VectorSpecies<Float> F =
      VectorSpecies.of(float.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
  /** Below 2^-10, e^z − 1 loses more than ten bits to cancellation: a Taylor polynomial serves. */
  private static final double SMALL = 0x1p-10;
  private static final double SQRT_HALF = 0x1.6a09e667f3bcdp-1;
  /**
   * erfc(u) = t·e^(−u² + P(s)), t = 2/(2 + u), s = A·t + B maps t in [2/12.5, 1] to [−1, 1]; P is
   * our Chebyshev interpolant (mpmath, 40 digits) of ln(erfc(u)/t) + u², highest degree first,
   * relative error of erfc below 2.7e-10 on [0, 10.5] (a 200th of a float ulp).
   */
  private static final double A = 0x1.30c30c30c30c3p+1;
  private static final double B = -0x1.6186186186186p+0;
  private static final double[] P = {0x1.87744d9b3f500p-18, -0x1.7e19209bf5775p-18,
      -0x1.5c481aa51299cp-15, 0x1.3f77cf505f400p-14, 0x1.3f30bbcdf58ffp-13, -0x1.348be66c9ac35p-11,
      -0x1.17c646cb52168p-12, 0x1.fc3cff7ebd29dp-9, -0x1.42a3677150c48p-10, -0x1.edf0a2c96088ep-6,
      0x1.11e03d96a407ap-6, 0x1.2633475c74f81p-1, -0x1.2056161149806p-1};

  /** Called reflectively by {@link PackEngine}. */
  VectorSmoothKernels() {}

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

  /** The elements from i to end that fill no vector, through the function's own loop. */
  private static void tail(FloatForward plain, float[] x, float[] y, int i, int end) {
    if (i < end) {
      plain.apply(x, y, i, end - i);
    }
  }

  /**
   * log(1 + e) for e in [0, 1]: log w, w = 1 + e, plus w's rounding error, 1 + e − w (its own
   * logarithm to within 2^-106), so that a tiny e is not lost where w rounds to 1.
   */
  private static DoubleVector log1p(DoubleVector e) {
    DoubleVector w = e.add(1.0);
    return w.lanewise(LOG).add(e.sub(w.sub(1.0)));
  }


  /** P(s) by Horner's rule, written out: a loop would carry the vector through a phi. */
  private static DoubleVector erfcExponent(DoubleVector s) {
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
    return p;
  }

  @Override
  public FloatForward swish(double beta, FloatForward plain) {
    return (x, y, offset, length) -> {
      int i = offset;
      for (int end = offset + F.loopBound(length); i < end; i += F.length()) {
        FloatVector f = FloatVector.fromArray(F, x, i);
        if (!finite(f)) {
          plain.apply(x, y, i, F.length());
          continue;
        }
        DoubleVector v = widen(f);
        store(v.div(v.mul(-beta).lanewise(EXP).add(1.0)), y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

  @Override
  public FloatForward expLinear(double scale, double scaleAlpha, double k, FloatForward plain) {
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
        VectorMask<Double> small = z.abs().compare(VectorOperators.LT, SMALL);
        if (small.anyTrue()) {
          m1 = m1.blend(z.mul(1.0 / 6).add(0.5).mul(z).fma(z, z), small);
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
  public FloatForward mish(FloatForward plain) {
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
        DoubleVector u = v.min(40.0).lanewise(EXP);
        DoubleVector n = u.add(2.0).mul(u);
        store(v.mul(n).div(n.add(2.0)), y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

  @Override
  public FloatForward geluTanh(FloatForward plain) {
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
        store(v.div(w.lanewise(EXP).add(1.0)), y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

  @Override
  public FloatForward gelu(FloatForward plain) {
    // no test for NaN and ±∞: they come out right, and C2 would stop inlining this long loop short
    return (x, y, offset, length) -> {
      int i = offset;
      for (int end = offset + F.loopBound(length); i < end; i += F.length()) {
        DoubleVector v = widen(FloatVector.fromArray(F, x, i));
        DoubleVector u = v.abs().mul(SQRT_HALF);
        DoubleVector t = DoubleVector.broadcast(D, 2.0).div(u.add(2.0));
        // beyond u = 10.5 (s = −1), erfc is below 1e-49, and gelu below any float, whatever P does;
        // beyond u = 27, erfc is 0 in double
        DoubleVector s = t.mul(A).add(B).max(-1.0);
        // Φ(−|x|) = erfc(u)/2
        DoubleVector q = u.mul(u).neg().add(erfcExponent(s)).lanewise(EXP).mul(t).mul(0.5);
        VectorMask<Double> negative = v.compare(VectorOperators.LT, 0.0);
        // x clamped at −40, where q is 0, so that −∞ gives −0
        store(v.max(-40.0).mul(q.neg().add(1.0).blend(q, negative)), y, i);
      }
      tail(plain, x, y, i, offset + length);
    };
  }

}
