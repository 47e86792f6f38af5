package org.activations.pack;

/**
 * e^(−z²/2) for {@link Gelu}'s double path, 0 &le; z &le; 38.75, as P·(1 + c), unrounded: P is
 * 2^(k/64), k the integer nearest −z²/2·64/ln 2, that is a power of two times 2^(j/64),
 * j = k mod 64, rounded ({@link GaussianTables#EXP2}); and c = (1 + τ)·e^r − 1, with τ that
 * entry's relative rounding error and r = −z²/2 − k·ln 2/64 (|r| &lt; 0.0055, from z² as a
 * double-double), e^r − 1 from its Taylor polynomial of degree 6 (remainder below 3e-20). The
 * caller multiplies by P exactly and folds c into a low part: |c| &lt; 0.0055, and its error, below
 * 2e-18 of e^(−z²/2) (r's two roundings, c's, and τ·(e^r − 1), left out), is all that stands for
 * the exponential's, about 0.02 ulp.
 *
 * <p>In place of {@code Math.exp}, a call to a stub in HotSpot 17 that took 5.8 of gelu's 22.3 ns
 * an element by itself in a driver (and 0.52 ulp of its error): these few multiply-adds and a
 * table read make no call, so the processor overlaps one element's steps with the next one's.
 * Three methods of one double each, so that no pair of results needs an object; inlined, HotSpot
 * computes z² once.
 */
final class GaussianFactor {
  private GaussianFactor() {}

  /** The entries of the table in one octave, and their logarithm base 2. */
  private static final int STEPS = 64;
  private static final int STEP_BITS = 6;
  /** 64/ln 2. */
  private static final double STEPS_PER_LN2 = 0x1.71547652b82fep6;
  /** ln 2/64 in two parts, {@link PackMath#LN2_HI}'s split: k·STEP_HI is exact, |k| &lt; 2^21. */
  private static final double STEP_HI = PackMath.LN2_HI / STEPS;
  private static final double STEP_LO = PackMath.LN2_LO / STEPS;
  /**
   * 1.5·2^52: a sum with it is rounded to an integer, which its low bits hold, of either sign, as
   * the low bits of a two's complement integer.
   */
  private static final double SHIFT = 0x1.8p52;
  /** 1/n! for n = 2 to 6, the Taylor coefficients of e^r − 1 beyond r. */
  private static final double[] TAYLOR = {1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720};
  /** The bits of {@link GaussianTables#EXP2}: adding n·2^52 to them multiplies by 2^n. */
  private static final long[] EXP2_BITS = bits(GaussianTables.EXP2);
  /** Where a double's exponent starts. */
  private static final int EXPONENT_SHIFT = 52;

  /** SHIFT + k, k = round(−z²/2·64/ln 2), for {@link #power} and {@link #correction}. */
  static double steps(double z) {
    return Math.fma(-0.5 * (z * z), STEPS_PER_LN2, SHIFT);
  }

  /**
   * P·2^scale = 2^(k/64 + scale), rounded, given {@link #steps}: normal where k/64 + scale &ge;
   * −1022, which holds for z &le; 37 with scale 0 and for z &le; 38.8 with scale 64.
   */
  static double power(double steps, int scale) {
    int k = integer(steps);
    long exponent = (k >> STEP_BITS) + scale;
    return Double.longBitsToDouble(EXP2_BITS[k & (STEPS - 1)] + (exponent << EXPONENT_SHIFT));
  }

  /** c = e^(−z²/2)/P − 1, given {@link #steps}. */
  static double correction(double z, double steps) {
    double k = steps - SHIFT;
    double square = z * z;
    double half = -0.5 * square;
    double halfLow = -0.5 * Math.fma(z, z, -square);
    // exact: k·STEP_HI is, and the difference, below 0.0055, needs no bit below half's last one
    double reduced = Math.fma(-k, STEP_HI, half);
    double r = Math.fma(-k, STEP_LO, reduced + halfLow);
    double r2 = r * r;
    double[] t = TAYLOR;
    double rest = Math.fma(r2, Math.fma(r2, t[4], Math.fma(r, t[3], t[2])),
        Math.fma(r, t[1], t[0]));
    return Math.fma(r2, rest, r) + GaussianTables.EXP2_LOW[integer(steps) & (STEPS - 1)];
  }

  /** k, from the low bits of {@link #steps}' SHIFT + k. */
  private static int integer(double steps) {
    return (int) Double.doubleToRawLongBits(steps);
  }

  private static long[] bits(double[] values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.doubleToRawLongBits(values[i]);
    }
    return out;
  }
}
