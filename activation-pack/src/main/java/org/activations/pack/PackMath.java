package org.activations.pack;

/**
 * The numerical pieces several functions of the pack share: exponentials of a double-double
 * argument, the scaled exponential that keeps deep tails out of the subnormal range, and the
 * minimum search used for the declared ranges.
 */
final class PackMath {
  private PackMath() {}

  /** ln 2 split as fdlibm does: the high part has 32 trailing zero bits, so k·LN2_HI is exact. */
  static final double LN2_HI = 0x1.62e42feep-1;
  static final double LN2_LO = 0x1.a39ef35793c76p-33;
  /** Below this argument e^z is within reach of the subnormal range: use {@link #expUp}. */
  static final double DEEP = -700;
  /** The scale of {@link #expUp}: results are 2^SCALE too large. */
  static final int SCALE = 64;

  /** The rounding error of a·b (exact unless it underflows), or 0 where a·b is not finite. */
  static double productError(double a, double b) {
    double p = a * b;
    return Double.isFinite(p) ? Math.fma(a, b, -p) : 0;
  }

  /**
   * hi + lo rounded once to float, for |lo| &le; ulp(hi)/2: hi is first rounded to odd (moved one
   * ulp towards lo if it is even and lo is not 0), which makes the second rounding exact.
   */
  static float toFloat(double hi, double lo) {
    long bits = Double.doubleToRawLongBits(hi);
    if (lo != 0 && (bits & 1) == 0 && Double.isFinite(hi)) {
      bits += (lo > 0) == (hi > 0) ? 1 : -1;
    }
    return (float) Double.longBitsToDouble(bits);
  }

  /**
   * 1 for v &gt; 0, 0 for v &le; 0, NaN for NaN, without a branch: v·2^1074 is at least 1 for every
   * positive double, and clamping needs only max and min, which HotSpot vectorises (a select it
   * does not). The built-in ReLU's backward uses the same form.
   */
  static double positive(double v) {
    return Math.min(Math.max(v * 0x1p537 * 0x1p537, 0.0), 1.0);
  }

  /** The same for floats: v·2^149 is at least 1 for every positive float. */
  static float positive(float v) {
    return Math.min(Math.max(v * 0x1p126f * 0x1p23f, 0f), 1f);
  }

  /** e^(z + zLow) for a small correction zLow. */
  static double exp(double z, double zLow) {
    double e = Math.exp(z);
    return Math.fma(e, zLow, e);
  }

  /**
   * e^(z + zLow)·2^SCALE, for z &lt; {@link #DEEP}: exact where e^z itself would be subnormal.
   * z + SCALE·LN2_HI is exact for |z| &lt; 2048.
   */
  static double expUp(double z, double zLow) {
    double e = Math.exp(z + SCALE * LN2_HI);
    return Math.fma(e, zLow + SCALE * LN2_LO, e);
  }

  /** v·2^−SCALE, rounded once. */
  static double down(double v) {
    return Math.scalb(v, -SCALE);
  }

  /**
   * x·σ(z + zLow), for any x and z: x·e/(1 + e) with x·e and 1 + e carried exactly, so that one
   * rounding of the quotient and the exponential's own error remain; below {@link #DEEP} in the
   * scaled range, where σ(z) = e^z to double precision.
   */
  static double timesSigmoid(double x, double z, double zLow) {
    if (z >= 0) {
      return x / (1 + exp(-z, -zLow));
    }
    if (z >= DEEP) {
      double e = exp(z, zLow);
      double d = 1 + e;
      double dLow = (1 - d) + e;
      double p = x * e;
      double pLow = Math.fma(x, e, -p);
      double q = p / d;
      return q + (Math.fma(-q, d, p) + pLow - q * dLow) / d;
    }
    if (z == Double.NEGATIVE_INFINITY || x == Double.NEGATIVE_INFINITY) {
      return x > 0 ? 0.0 : -0.0;
    }
    return down(x * expUp(z, zLow));
  }

  /** σ(z + zLow), to about one ulp, subnormal results included. */
  static double sigmoid(double z, double zLow) {
    return timesSigmoid(1, z, zLow);
  }

  /** The minimum of {@code f} on [a, b] by golden-section search, to the last bits. */
  static double minimum(java.util.function.DoubleUnaryOperator f, double a, double b) {
    double g = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 200 && b - a > 1e-15; i++) {
      double c = b - g * (b - a);
      double d = a + g * (b - a);
      if (f.applyAsDouble(c) < f.applyAsDouble(d)) {
        b = d;
      } else {
        a = c;
      }
    }
    double best = Double.POSITIVE_INFINITY;
    for (double x = a - 1e-9; x <= b + 1e-9; x += 1e-11) {
      best = Math.min(best, f.applyAsDouble(x));
    }
    return best;
  }
}
