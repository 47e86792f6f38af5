package org.activations.pack;

/** Distance in units in the last place between a result and a correctly rounded reference. */
final class Ulps {
  private Ulps() {}

  /**
   * The number of doubles between {@code got} and {@code want}: 0 when equal (+0 and −0 count as
   * equal, and NaN equals NaN), {@code Long.MAX_VALUE} when one is NaN and the other is not.
   */
  static long between(double got, double want) {
    if (Double.isNaN(got) || Double.isNaN(want)) {
      return Double.isNaN(got) && Double.isNaN(want) ? 0 : Long.MAX_VALUE;
    }
    return Math.abs(ordinal(got) - ordinal(want));
  }

  /** The same for floats. */
  static long between(float got, float want) {
    if (Float.isNaN(got) || Float.isNaN(want)) {
      return Float.isNaN(got) && Float.isNaN(want) ? 0 : Long.MAX_VALUE;
    }
    return Math.abs(ordinal(got) - ordinal(want));
  }

  private static long ordinal(double v) {
    long bits = Double.doubleToRawLongBits(v + 0.0);
    return bits < 0 ? Long.MIN_VALUE - bits : bits;
  }

  private static long ordinal(float v) {
    int bits = Float.floatToRawIntBits(v + 0.0f);
    return bits < 0 ? Integer.MIN_VALUE - (long) bits : bits;
  }
}
