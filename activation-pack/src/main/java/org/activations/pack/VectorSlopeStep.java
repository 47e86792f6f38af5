package org.activations.pack;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatSlope#forwardStep} on the Vector API, the same operations lane by lane, so the same
 * floats. The lanes that need the exact way are collected in a mask, tested once a step: the plain
 * loop's running minimum, which HotSpot 17 reduces to a scalar inside the loop for every vector,
 * made that loop compute-bound (docs/performance.md). Loaded only with {@link VectorSmoothKernels}.
 */
final class VectorSlopeStep implements SlopeStep {
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

  private final FloatSlope split;

  VectorSlopeStep(FloatSlope split) {
    this.split = split;
  }

  @Override
  public boolean apply(float[] x, float[] y, int from, int to) {
    int end = from + F.loopBound(to - from);
    boolean done = split.amplifier != 0 ? residual(x, y, from, end)
        : split.low != 0 ? threeParts(x, y, from, end) : twoParts(x, y, from, end);
    // the tail runs whatever the vectors found, so that every element is written
    return (end == to || split.forwardStep(x, y, end, to)) && done;
  }

  /** The lanes of d that are below tiny, or NaN. */
  private static VectorMask<Float> needExact(FloatVector d, FloatVector tiny) {
    return d.compare(VectorOperators.GE, tiny).not();
  }

  /** The residual form: see {@link FloatSlope#timesAmplified}. */
  private boolean residual(float[] x, float[] y, int from, int end) {
    FloatVector h = FloatVector.broadcast(F, split.high);
    FloatVector m = FloatVector.broadcast(F, split.middle);
    FloatVector l = FloatVector.broadcast(F, split.low);
    FloatVector k = FloatVector.broadcast(F, split.amplifier);
    FloatVector minusH = h.neg();
    FloatVector minusM = m.neg();
    FloatVector tiny = FloatVector.broadcast(F, split.tiny);
    VectorMask<Float> needed = F.maskAll(false);
    for (int i = from; i < end; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, x, i);
      FloatVector lowProduct = v.mul(l);
      FloatVector c = v.fma(m, lowProduct);
      FloatVector p = v.fma(h, c);
      FloatVector residual = c.sub(v.fma(minusH, p));
      FloatVector error = lowProduct.sub(v.fma(minusM, c));
      v.max(p.add(error.fma(k, residual))).intoArray(y, i);
      needed = needed.or(needExact(v.sub(p).abs(), tiny)); // ∞ − ∞ is NaN
    }
    return !needed.anyTrue();
  }

  private boolean threeParts(float[] x, float[] y, int from, int end) {
    FloatVector h = FloatVector.broadcast(F, split.high);
    FloatVector m = FloatVector.broadcast(F, split.middle);
    FloatVector l = FloatVector.broadcast(F, split.low);
    FloatVector tiny = FloatVector.broadcast(F, split.tiny);
    VectorMask<Float> needed = F.maskAll(false);
    for (int i = from; i < end; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, x, i);
      v.max(v.fma(h, v.fma(m, v.mul(l)))).intoArray(y, i);
      needed = needed.or(needExact(v.abs(), tiny));
    }
    return !needed.anyTrue();
  }

  private boolean twoParts(float[] x, float[] y, int from, int end) {
    FloatVector h = FloatVector.broadcast(F, split.high);
    FloatVector m = FloatVector.broadcast(F, split.middle);
    FloatVector tiny = FloatVector.broadcast(F, split.tiny);
    VectorMask<Float> needed = F.maskAll(false);
    for (int i = from; i < end; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, x, i);
      v.max(v.fma(h, v.mul(m))).intoArray(y, i);
      needed = needed.or(needExact(v.abs(), tiny));
    }
    return !needed.anyTrue();
  }
}
