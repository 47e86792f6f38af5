package org.activations.builtin;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Sigmoid and tanh on the Vector API, in the widest lanes the machine has (16 floats or 8 doubles
 * with AVX-512). Loaded only when {@code jdk.incubator.vector} is present; the tails that do not fill
 * a vector go through the scalar code.
 *
 * <p>Sigmoid uses the sign-split form: e = exp(−|x|), r = 1 / (1 + e), σ = r for x ≥ 0 and e·r
 * otherwise, so the exponential never overflows (1 / (1 + exp(−x)) gives 0 instead of a subnormal for
 * x below −88 in float). Floats are computed in float lanes; doubles with the quotient corrected by its
 * exact remainder (an fma), as the scalar code does. Tanh uses the Vector API's TANH for doubles and
 * an EXP-based form for floats (see {@link #tanh(float[], float[], int, int)}). Accuracy,
 * measured against the shared reference files by {@code BatchKernelsTest}: within 2 ulp for floats and
 * doubles, as the bound for vectorised paths; NaN and ±∞ as the scalar path.
 */
final class VectorKernels implements Kernels {
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

  /** Called reflectively by {@link ActiveKernels}. */
  VectorKernels() {}

  @Override
  public void sigmoid(float[] x, float[] y, int offset, int length) {
    int i = 0;
    int bound = F.loopBound(length);
    for (; i < bound; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, x, offset + i);
      FloatVector e = v.abs().neg().lanewise(VectorOperators.EXP);
      FloatVector r = FloatVector.broadcast(F, 1f).div(e.add(1f));
      VectorMask<Float> negative = v.compare(VectorOperators.LT, 0f);
      r.blend(e.mul(r), negative).intoArray(y, offset + i);
    }
    for (; i < length; i++) {
      y[offset + i] = Sigmoid.sigmoid(x[offset + i]);
    }
  }

  @Override
  public void sigmoid(double[] x, double[] y, int offset, int length) {
    int i = 0;
    int bound = D.loopBound(length);
    DoubleVector one = DoubleVector.broadcast(D, 1.0);
    for (; i < bound; i += D.length()) {
      DoubleVector v = DoubleVector.fromArray(D, x, offset + i);
      DoubleVector e = v.abs().neg().lanewise(VectorOperators.EXP);
      VectorMask<Double> negative = v.compare(VectorOperators.LT, 0.0);
      DoubleVector n = one.blend(e, negative);
      // n / (1 + e), corrected with the exact remainder as in CompensatedDivision.overOnePlus
      DoubleVector s = one.add(e);
      DoubleVector sLow = one.sub(s).add(e);
      DoubleVector q = n.div(s);
      DoubleVector remainder = q.neg().fma(s, n);
      q.add(remainder.sub(q.mul(sLow)).div(s)).intoArray(y, offset + i);
    }
    for (; i < length; i++) {
      y[offset + i] = Sigmoid.sigmoid(x[offset + i]);
    }
  }

  /**
   * tanh in float lanes from EXP, the cheapest transcendental the Vector API has (its TANH and EXPM1
   * cost 2.9 and 2.4 ns per float here): 1 − 2/(e^(2|x|) + 1) for |x| ≥ 0.55, where the result is at
   * least 1/2 and nothing cancels; below, |x| − |x|³·P(x²) with the first eight Taylor coefficients
   * of tanh (1/3, 2/15, 17/315, 62/2835, 1382/155925, 21844/6081075, 929569/638512875,
   * 6404582/10854718875), whose next term is under 2^-26 of the result there.
   */
  @Override
  public void tanh(float[] x, float[] y, int offset, int length) {
    int i = 0;
    int bound = F.loopBound(length);
    FloatVector one = FloatVector.broadcast(F, 1f);
    FloatVector two = FloatVector.broadcast(F, 2f);
    for (; i < bound; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, x, offset + i);
      FloatVector a = v.abs();
      FloatVector large = one.sub(two.div(a.mul(2f).lanewise(VectorOperators.EXP).add(1f)));
      FloatVector a2 = a.mul(a);
      FloatVector p = FloatVector.broadcast(F, (float) (6404582.0 / 10854718875.0));
      p = p.fma(a2, FloatVector.broadcast(F, -(float) (929569.0 / 638512875.0)));
      p = p.fma(a2, FloatVector.broadcast(F, (float) (21844.0 / 6081075.0)));
      p = p.fma(a2, FloatVector.broadcast(F, -(float) (1382.0 / 155925.0)));
      p = p.fma(a2, FloatVector.broadcast(F, (float) (62.0 / 2835.0)));
      p = p.fma(a2, FloatVector.broadcast(F, -(float) (17.0 / 315.0)));
      p = p.fma(a2, FloatVector.broadcast(F, (float) (2.0 / 15.0)));
      p = p.fma(a2, FloatVector.broadcast(F, -(float) (1.0 / 3.0)));
      FloatVector small = a.mul(a2).fma(p, a);
      FloatVector r = large.blend(small, a.compare(VectorOperators.LT, 0.55f));
      r.blend(r.neg(), v.compare(VectorOperators.LT, 0f)).intoArray(y, offset + i);
    }
    for (; i < length; i++) {
      y[offset + i] = Tanh.tanh(x[offset + i]);
    }
  }

  @Override
  public void tanh(double[] x, double[] y, int offset, int length) {
    int i = 0;
    int bound = D.loopBound(length);
    for (; i < bound; i += D.length()) {
      DoubleVector.fromArray(D, x, offset + i).lanewise(VectorOperators.TANH)
          .intoArray(y, offset + i);
    }
    for (; i < length; i++) {
      y[offset + i] = Tanh.tanh(x[offset + i]);
    }
  }
}
