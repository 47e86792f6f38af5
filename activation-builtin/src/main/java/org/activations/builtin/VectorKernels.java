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
 * exact remainder (an fma), as the scalar code does. Tanh uses the Vector API's TANH. Accuracy,
 * measured against the shared reference files by {@code BatchKernelsTest}: within 2 ulp for floats and
 * doubles, as the bound for vectorised paths; NaN and ±∞ as the scalar path.
 */
final class VectorKernels implements Kernels {
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

  /** Called reflectively by {@link ActiveKernels}. */
  VectorKernels() {}

  @Override
  public void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int length) {
    int i = 0;
    int bound = F.loopBound(length);
    for (; i < bound; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, x, xOffset + i);
      FloatVector e = v.abs().neg().lanewise(VectorOperators.EXP);
      FloatVector r = FloatVector.broadcast(F, 1f).div(e.add(1f));
      VectorMask<Float> negative = v.compare(VectorOperators.LT, 0f);
      r.blend(e.mul(r), negative).intoArray(y, yOffset + i);
    }
    for (; i < length; i++) {
      y[yOffset + i] = Sigmoid.sigmoid(x[xOffset + i]);
    }
  }

  @Override
  public void sigmoid(double[] x, int xOffset, double[] y, int yOffset, int length) {
    int i = 0;
    int bound = D.loopBound(length);
    DoubleVector one = DoubleVector.broadcast(D, 1.0);
    for (; i < bound; i += D.length()) {
      DoubleVector v = DoubleVector.fromArray(D, x, xOffset + i);
      DoubleVector e = v.abs().neg().lanewise(VectorOperators.EXP);
      VectorMask<Double> negative = v.compare(VectorOperators.LT, 0.0);
      DoubleVector n = one.blend(e, negative);
      // n / (1 + e), corrected with the exact remainder as in CompensatedDivision.overOnePlus
      DoubleVector s = one.add(e);
      DoubleVector sLow = one.sub(s).add(e);
      DoubleVector q = n.div(s);
      DoubleVector remainder = q.neg().fma(s, n);
      q.add(remainder.sub(q.mul(sLow)).div(s)).intoArray(y, yOffset + i);
    }
    for (; i < length; i++) {
      y[yOffset + i] = Sigmoid.sigmoid(x[xOffset + i]);
    }
  }

  @Override
  public void tanh(float[] x, int xOffset, float[] y, int yOffset, int length) {
    int i = 0;
    int bound = F.loopBound(length);
    for (; i < bound; i += F.length()) {
      FloatVector.fromArray(F, x, xOffset + i).lanewise(VectorOperators.TANH)
          .intoArray(y, yOffset + i);
    }
    for (; i < length; i++) {
      y[yOffset + i] = Tanh.tanh(x[xOffset + i]);
    }
  }

  @Override
  public void tanh(double[] x, int xOffset, double[] y, int yOffset, int length) {
    int i = 0;
    int bound = D.loopBound(length);
    for (; i < bound; i += D.length()) {
      DoubleVector.fromArray(D, x, xOffset + i).lanewise(VectorOperators.TANH)
          .intoArray(y, yOffset + i);
    }
    for (; i < length; i++) {
      y[yOffset + i] = Tanh.tanh(x[xOffset + i]);
    }
  }
}
