package org.activations.pack;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * hard_sigmoid's and hard_swish's float forwards on the Vector API: {@link
 * HardSigmoid#hardSigmoidFloat} and {@link HardSwish#hardSwishFloat} lane by lane, so the same
 * floats. Only the clamp to [−3, 3] is written differently: a comparison and a masked blend for
 * each end, which gives what {@code Math.min} and {@code Math.max} give here (NaN and −0
 * included) without their rules for NaN and −0 in several blends a vector. Loaded only with
 * {@link VectorSmoothKernels}; the tail that fills no vector goes through the function's own loop.
 */
final class VectorClampKernels {
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  private static final FloatVector LOW = FloatVector.broadcast(F, -3f);
  private static final FloatVector HIGH = FloatVector.broadcast(F, 3f);
  private static final FloatVector SIX = FloatVector.broadcast(F, 6f);
  private static final FloatVector MINUS_SIX = FloatVector.broadcast(F, -6f);
  private static final FloatVector SIXTH = FloatVector.broadcast(F, HardSigmoid.SIXTH_FLOAT);

  private VectorClampKernels() {}

  /** max(v, −3), NaN and −0 kept. */
  private static FloatVector atLeastMinusThree(FloatVector v) {
    return v.blend(LOW, v.compare(VectorOperators.LT, LOW));
  }

  /** min(max(v, −3), 3), NaN and −0 kept. */
  private static FloatVector clamp(FloatVector v) {
    return atLeastMinusThree(v).blend(HIGH, v.compare(VectorOperators.GT, HIGH));
  }

  /** The error of s = c + 3 ({@link PackMath#sumError}). */
  private static FloatVector sumError(FloatVector c, FloatVector s) {
    FloatVector t = s.sub(c);
    return c.sub(s.sub(t)).add(HIGH.sub(t));
  }

  static void hardSigmoid(float[] x, float[] y, int offset, int length, FloatForward plain) {
    int end = offset + F.loopBound(length);
    for (int i = offset; i < end; i += F.length()) {
      FloatVector c = clamp(FloatVector.fromArray(F, x, i));
      FloatVector s = c.add(HIGH);
      FloatVector e = sumError(c, s);
      FloatVector q = s.mul(SIXTH);
      q.add(q.fma(MINUS_SIX, s).add(e).mul(SIXTH)).intoArray(y, i);
    }
    VectorSmoothKernels.tail(plain, x, y, end, offset + length);
  }

  static void hardSwish(float[] x, float[] y, int offset, int length, FloatForward plain) {
    int end = offset + F.loopBound(length);
    for (int i = offset; i < end; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, x, i);
      FloatVector c = clamp(v);
      FloatVector s = c.add(HIGH);
      FloatVector e = sumError(c, s);
      FloatVector g = s.div(SIX);
      FloatVector gLow = g.fma(MINUS_SIX, s).add(e).div(SIX);
      atLeastMinusThree(v).fma(g, c.mul(gLow)).intoArray(y, i);
    }
    VectorSmoothKernels.tail(plain, x, y, end, offset + length);
  }
}
