package org.activations.pack;

/**
 * The numerical pieces several functions of the pack share: exponentials of a double-double
 * argument, the scaled exponential that keeps deep tails out of the subnormal range, and the
 * minimum search used for the declared ranges.
 */
final class PackMath {
  private PackMath() {}

  /** ln 2 split as fdlibm does: the high part has 32 significant bits, so k·LN2_HI is exact. */
  static final double LN2_HI = 0x1.62e42feep-1;
  static final double LN2_LO = 0x1.a39ef35793c76p-33;
  /** Below this argument e^z is within reach of the subnormal range: use {@link #expUp}. */
  static final double DEEP = -700;
  /** The scale of {@link #expUp}: results are 2^SCALE too large. */
  static final int SCALE = 64;
  /**
   * SCALE·ln 2 split in two: the high part a multiple of 2^−43, so that z + SCALE_LN2_HI is exact
   * for |z| &lt; 1024, and the rest, below 2^−47, whose square the correction can leave out (with
   * {@link #LN2_HI}'s split the rest was 1.2e-8 and its square, left out, 0.67 ulp).
   */
  static final double SCALE_LN2_HI = 0x1.62e42fefa39f0p+5;
  static final double SCALE_LN2_LO = -0x1.950d871319ff0p-48;

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

  /** The rounding error of s = a + b: a + b = s + sumError exactly (Knuth's two-sum). */
  static double sumError(double a, double b, double s) {
    double t = s - a;
    return (a - (s - t)) + (b - t);
  }

  /** The rounding error of s = a + b in float: a + b = s + sumError exactly (Knuth's two-sum). */
  static float sumError(float a, float b, float s) {
    float t = s - a;
    return (a - (s - t)) + (b - t);
  }

  /**
   * {@code negative} where x &lt; 0, else {@code otherwise} (−0 is not negative): chosen by bits
   * rather than a branch, because HotSpot 17 compiles a choice between doubles to a jump,
   * mispredicted half the time on inputs of either sign.
   */
  static double negativeOr(double x, double negative, double otherwise) {
    long bits = Double.doubleToRawLongBits(x);
    long magnitude = bits << 1;
    long mask = (bits >> 63) & -((magnitude | -magnitude) >>> 63);
    return Double.longBitsToDouble(mask & Double.doubleToRawLongBits(negative)
        | ~mask & Double.doubleToRawLongBits(otherwise));
  }

  /**
   * e·(1 + c)·(v + vLow) rounded once: an exponential and its small relative correction (c below
   * about 2^−40) times a double-double, with neither the corrected exponential nor the product
   * rounded first (each of those roundings costs up to an ulp of the result).
   */
  static double product(double e, double c, double v, double vLow) {
    return Math.fma(v, e, Math.fma(v, c, vLow) * e);
  }

  /**
   * e·(1 + c)·(g + gLow)/(1 + e·(1 + c))² for 0 &le; e &le; 1 and a small c (the derivative of
   * x·σ(z), with e = e^z, in the form of swish' and gelu_tanh'), to within about 0.5 ulp beyond
   * the errors of e and g: 1 + e, its square and e·g carried exactly, one division (by the
   * reciprocal, which corrects the quotient).
   */
  static double gateSlope(double e, double c, double g, double gLow) {
    double ec = e * c;
    double d = 1 + e;
    double dLow = ((1 - d) + e) + ec;
    double sq = d * d;
    double sqLow = Math.fma(d, d, -sq) + 2 * d * dLow;
    double n = e * g;
    double nLow = Math.fma(e, g, -n) + Math.fma(e, gLow, ec * g);
    double r = 1 / sq;
    double q = n * r;
    return q + (Math.fma(-q, sq, n) + nLow - q * sqLow) * r;
  }

  /** e^(z + zLow) for a small correction zLow. */
  static double exp(double z, double zLow) {
    double e = Math.exp(z);
    return Math.fma(e, zLow, e);
  }

  /**
   * e^(z + zLow)·2^SCALE, for z &lt; {@link #DEEP}: exact where e^z itself would be subnormal.
   * z + SCALE_LN2_HI is exact for |z| &lt; 1024 (below, the result is 0 all the same).
   */
  static double expUp(double z, double zLow) {
    double e = Math.exp(z + SCALE_LN2_HI);
    return Math.fma(e, zLow + SCALE_LN2_LO, e);
  }

  /** v·2^−SCALE, rounded once. */
  static double down(double v) {
    return Math.scalb(v, -SCALE);
  }

  /**
   * x·σ(z + zLow), for any x and z: x·m/(1 + e) with e = e^−|z|·(1 + c), c = ∓zLow, and m = 1
   * for z &ge; 0, e below; x·m and 1 + e carried exactly, c included, so that the exponential's
   * own error (0.52 ulp) and one rounding remain (rounding e^−|z|·(1 + c) first cost up to 0.5
   * ulp more: gelu_tanh reached 2.2). One division (its reciprocal corrects the quotient) and no
   * branch on the sign of z; below {@link #DEEP} in the scaled range, where σ(z) = e^z to double
   * precision.
   */
  static double timesSigmoid(double x, double z, double zLow) {
    if (!(z >= DEEP)) {
      return timesSigmoidDeep(x, z, zLow);
    }
    boolean positive = z >= 0;
    double e = Math.exp(-Math.abs(z));
    double ec = e * (positive ? -zLow : zLow); // e^−|z + zLow| = e + ec
    double m = positive ? 1 : e;
    double p = x * m;
    double d = 1 + e;
    double r = 1 / d;
    double q = p * r;
    if (q == 0 || !Double.isFinite(q)) {
      return q; // ±0 keeps its sign, ∞ and NaN need no correction
    }
    double pLow = Math.fma(x, m, -p) + (positive ? 0 : x * ec);
    double dLow = ((1 - d) + e) + ec;
    return q + (Math.fma(-q, d, p) + pLow - q * dLow) * r;
  }

  /**
   * {@link #timesSigmoid} below {@link #DEEP}, and for NaN: x·e^z scaled up, with the product and
   * the exponential's small correction e^(zLow + SCALE_LN2_LO) folded into one rounding.
   */
  private static double timesSigmoidDeep(double x, double z, double zLow) {
    if (z == Double.NEGATIVE_INFINITY || x == Double.NEGATIVE_INFINITY) {
      return x > 0 ? 0.0 : -0.0;
    }
    double e = Math.exp(z + SCALE_LN2_HI);
    double p = x * e;
    if (p == 0 || !Double.isFinite(p)) {
      return down(p);
    }
    double pLow = Math.fma(x, e, -p);
    return down(p + (pLow + p * (zLow + SCALE_LN2_LO)));
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
