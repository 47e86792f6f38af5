package org.activations.pack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A slope that is not a float, multiplied in float arithmetic only, so that HotSpot 17 vectorises
 * the kernel (it does not vectorise float-to-double conversions): the double slope is split into
 * three floats whose sum is it exactly, and a·v is fma(high, v, fma(middle, v, low·v)), an error
 * of about 2^−48 before the one rounding. That is the correctly rounded a·v except where a·v lies
 * within that error of a float midpoint, which depends only on v's significand as long as no
 * product is subnormal: {@link #of} tries all 2^23 significands once per slope and keeps the
 * split only if it agrees with the exact product on every one. Inputs below {@link #tiny} (where
 * low·v would be subnormal) go the exact scalar way.
 */
final class FloatSlope {
  private static final Map<Key, FloatSlope> SPLITS = new ConcurrentHashMap<>();

  private record Key(double slope, double slopeLow) {}

  /** The exact product rounded once to float: the reference that the split must reproduce. */
  interface ExactProduct {
    float times(float v);
  }

  final float high;
  final float middle;
  final float low;
  /** |v| below this may give a subnormal low·v: such elements are recomputed exactly. */
  final float tiny;
  /** True if the split reproduces the exact product at every significand. */
  final boolean exact;

  private FloatSlope(float high, float middle, float low, float tiny, boolean exact) {
    this.high = high;
    this.middle = middle;
    this.low = low;
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
    boolean agrees = Float.isFinite(tiny) && rest >= 0 && low >= 0;
    // The significands of [1, 2), negated (only negative inputs are multiplied): for |v| >= tiny
    // every product is normal, so each other binade scales these results exactly.
    for (int m = 0; agrees && m < 1 << 23; m++) {
      float v = -Float.intBitsToFloat(0x3f800000 | m);
      agrees = times(high, middle, low, v) == exact.times(v);
    }
    return new FloatSlope(high, middle, low, tiny, agrees);
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
}
