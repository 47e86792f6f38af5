package org.activations.pack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A slope that is not a float, multiplied in float arithmetic only, so that HotSpot 17 vectorises
 * the kernel (it does not vectorise float-to-double conversions): the double slope is split into
 * three floats whose sum is it exactly, and a·v is fma(high, v, fma(middle, v, low·v)), an error
 * of about 2^−48 before the one rounding. That is the correctly rounded a·v except where a·v lies
 * within that error of a float midpoint; for such slopes (rrelu's default lies 2^−55/3 below 11/48,
 * which puts a·v about 2^−56 from a midpoint at 762,600 significands, and the split rounds 381,300
 * of them the wrong way) the residual of that sum is taken exactly and the error of its inner fma
 * nearly so, and the error, amplified by a power of two, pushes the residual off the midpoint
 * towards the exact value ({@link #timesAmplified}).
 *
 * <p>Either way the result depends only on v's significand as long as every intermediate is a
 * normal float or 0: {@link #of} tries all 2^23 significands once per slope and keeps a form only if
 * it agrees with the exact product on every one. Inputs below {@link #tiny}, where that may not
 * hold, go the exact scalar way.
 */
final class FloatSlope {
  private static final Map<Key, FloatSlope> SPLITS = new ConcurrentHashMap<>();
  /** The amplifiers tried for the residual form, most often exact first. */
  private static final float[] AMPLIFIERS = {0x1p12f, 0x1p8f, 0x1p16f};

  private record Key(double slope, double slopeLow) {}

  /** The exact product rounded once to float: the reference that the split must reproduce. */
  interface ExactProduct {
    float times(float v);
  }

  final float high;
  final float middle;
  final float low;
  /** 0 for the plain form; else the residual form's amplifier. */
  final float amplifier;
  /** |v| below this may give a subnormal intermediate: such elements are recomputed exactly. */
  final float tiny;
  /** True if the form reproduces the exact product at every significand. */
  final boolean exact;

  private FloatSlope(float high, float middle, float low, float amplifier, float tiny,
      boolean exact) {
    this.high = high;
    this.middle = middle;
    this.low = low;
    this.amplifier = amplifier;
    this.tiny = tiny;
    this.exact = exact;
  }

  /** The split of slope + slopeLow, tried against {@code exact}; computed once per slope. */
  static FloatSlope of(double slope, double slopeLow, ExactProduct exact) {
    return SPLITS.computeIfAbsent(new Key(slope, slopeLow), k -> split(slope, slopeLow, exact));
  }

  private static FloatSlope split(double slope, double slopeLow, ExactProduct exact) {
    // Each part rounded down, so that all are >= 0 and −0 times the split stays −0; the double
    // slope's last bits and its low part (rrelu's (lower + upper)/2) go to the third.
    float high = floorFloat(slope);
    double rest = (slope - high) + slopeLow;
    float middle = floorFloat(rest);
    float low = (float) (rest - middle);
    float smallest = low != 0 ? low : middle != 0 ? middle : high;
    float tiny = smallest == 0 ? 0 : Math.nextUp((float) (0x1p-126 / smallest));
    boolean valid = Float.isFinite(tiny) && rest >= 0 && low >= 0;
    if (!valid || agrees(high, middle, low, 0, tiny, exact)) {
      return new FloatSlope(high, middle, low, 0, tiny, valid);
    }
    // The residual form's intermediates are multiples of ulp(smallest)·ulp(v) >= ulp(smallest)·
    // |v|·2^−24: at least 2^−126 (no subnormal rounding) for |v| >= 2^−102 / ulp(smallest).
    float residualTiny = Math.max(tiny, (float) (0x1p-102 / Math.ulp(smallest)));
    for (float amplifier : AMPLIFIERS) {
      if (agrees(high, middle, low, amplifier, residualTiny, exact)) {
        return new FloatSlope(high, middle, low, amplifier, residualTiny, true);
      }
    }
    return new FloatSlope(high, middle, low, 0, tiny, false);
  }

  /**
   * True if the form gives the exact product at every significand of one binade at or above tiny,
   * negated (only negative inputs are multiplied): [1, 2), or the binade of tiny's power of two
   * above it where tiny exceeds 1 (slopes below about 2^−70). For |v| &ge; tiny each other binade
   * scales these results exactly.
   */
  private static boolean agrees(float high, float middle, float low, float amplifier, float tiny,
      ExactProduct exact) {
    float binade = 1;
    while (binade < tiny) {
      binade *= 2;
    }
    for (int m = 0; m < 1 << 23; m++) {
      float v = -binade * Float.intBitsToFloat(0x3f800000 | m);
      float product = amplifier == 0 ? times(high, middle, low, v)
          : timesAmplified(high, middle, low, amplifier, v);
      if (product != exact.times(v)) {
        return false;
      }
    }
    return true;
  }

  /** The largest float at most {@code d} (|d| below Float.MAX_VALUE). */
  private static float floorFloat(double d) {
    float f = (float) d;
    return f > d ? Math.nextDown(f) : f;
  }

  /**
   * a·v by the split; a part that is 0 is left out, so that an infinite v gives an infinite
   * product and not 0·∞.
   */
  static float times(float high, float middle, float low, float v) {
    return low != 0 ? Math.fma(high, v, Math.fma(middle, v, low * v))
        : middle != 0 ? Math.fma(high, v, middle * v) : high * v;
  }

  /**
   * a·v by the residual form, for finite v with |v| &ge; tiny: p = fma(high, v, c) with c =
   * fma(middle, v, low·v); r = high·v + c − p, exact; the error e of c, nearly exact; then
   * p + (r + amplifier·e). Where high·v + c is a float midpoint, r is half an ulp of p and the
   * amplified e moves it to the exact value's side; elsewhere the amplified e is too small to
   * move r across half an ulp (which {@link #agrees} checks). Written with the negated
   * residuals, so that −0 gives −0. {@link #forwardStep} repeats these steps (calling this method
   * from the loop and taking the minimum of |v − a·v| cost 0.447 → 0.512 ns an element in a driver).
   */
  static float timesAmplified(float high, float middle, float low, float amplifier, float v) {
    float lowProduct = low * v;
    float c = Math.fma(middle, v, lowProduct);
    float p = Math.fma(high, v, c);
    float residual = c - Math.fma(-high, v, p);
    float error = lowProduct - Math.fma(-middle, v, c);
    return p + Math.fma(error, amplifier, residual);
  }

  /**
   * y[i] = max(x[i], a·x[i]) on [from, to), the form's loop ({@link SlopeStep}'s contract). Its
   * running minimum of |x[i]| (for the residual form |x[i] − p|, NaN for ±∞) says whether some
   * element is below {@link #tiny} or NaN, for the caller to recompute.
   */
  boolean forwardStep(float[] x, float[] y, int from, int to) {
    float h = high;
    float m = middle;
    float l = low;
    float smallest = Float.POSITIVE_INFINITY;
    if (amplifier != 0) {
      float k = amplifier;
      float minusH = -h;
      float minusM = -m;
      for (int i = from; i < to; i++) { // timesAmplified's steps, with p kept for the minimum
        float v = x[i];
        float lowProduct = l * v;
        float c = Math.fma(m, v, lowProduct);
        float p = Math.fma(h, v, c);
        float residual = c - Math.fma(minusH, v, p);
        float error = lowProduct - Math.fma(minusM, v, c);
        y[i] = Math.max(v, p + Math.fma(error, k, residual));
        smallest = Math.min(smallest, Math.abs(v - p)); // ∞ − ∞ is NaN
      }
    } else if (l != 0) {
      for (int i = from; i < to; i++) {
        float v = x[i];
        float p = Math.fma(h, v, Math.fma(m, v, l * v));
        y[i] = Math.max(v, p);
        smallest = Math.min(smallest, Math.abs(v));
      }
    } else {
      for (int i = from; i < to; i++) {
        float v = x[i];
        float p = Math.fma(h, v, m * v);
        y[i] = Math.max(v, p);
        smallest = Math.min(smallest, Math.abs(v));
      }
    }
    return smallest >= tiny; // false for NaN too
  }
}
