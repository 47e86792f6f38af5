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

  /** fdlibm's expm1 rational approximation on [−ln2/2, ln2/2] (s_expm1.c, Sun Microsystems 1993). */
  private static final double Q1 = -3.33333333333331316428e-02;
  private static final double Q2 = 1.58730158725481460165e-03;
  private static final double Q3 = -7.93650757867487942473e-05;
  private static final double Q4 = 4.00821782732936239552e-06;
  private static final double Q5 = -2.01099218183624371326e-07;
  /** fdlibm's ln 2 split for expm1 (not {@link #LN2_HI}: a different split). */
  private static final double EXPM1_LN2_HI = 6.93147180369123816490e-01;
  private static final double EXPM1_LN2_LO = 1.90821492927058770002e-10;
  /** fdlibm's reduction bounds, by high word: k = 0 below about ln2/2, k = ±1 below about 1.04. */
  private static final double EXPM1_K0_END = Double.longBitsToDouble(0x3fd62e4300000000L);
  private static final double EXPM1_K1_END = Double.longBitsToDouble(0x3ff0a2b200000000L);

  /**
   * e^u − 1, the same double as {@code StrictMath.expm1} for |u| &lt; 1.0397 (fdlibm's algorithm
   * for its reductions k = −1, 0, 1, written out in Java): on JDK 17 StrictMath.expm1 is a native
   * call, whose cost dominated selu's and celu's kernels where they need it, near 0. Larger |u|,
   * and NaN, go to Math.expm1.
   */
  static double expm1(double u) {
    double a = Math.abs(u);
    if (!(a < EXPM1_K1_END)) {
      return Math.expm1(u);
    }
    if (a < EXPM1_K0_END) {
      if (a < 0x1p-54) {
        return u;
      }
      double hfx = 0.5 * u;
      double hxs = u * hfx;
      double e = expm1Core(u, hfx, hxs);
      return u - (u * e - hxs);
    }
    double hi = u > 0 ? u - EXPM1_LN2_HI : u + EXPM1_LN2_HI;
    double lo = u > 0 ? EXPM1_LN2_LO : -EXPM1_LN2_LO;
    double r = hi - lo;
    double c = (hi - r) - lo;
    double hfx = 0.5 * r;
    double hxs = r * hfx;
    double e = r * (expm1Core(r, hfx, hxs) - c) - c;
    e -= hxs;
    if (u < 0) {
      return 0.5 * (r - e) - 0.5;
    }
    return r < -0.25 ? -2.0 * (e - (r + 0.5)) : 1.0 + 2.0 * (r - e);
  }

  /** 1/ln 2. */
  private static final double INV_LN2 = 0x1.71547652b82fep0;
  /** Below this u, e^u − 1 rounds to −1 (e^−40 is below a quarter of an ulp of 1). */
  private static final double EXPM1_FLOOR = -40;
  /**
   * 1/(j + 2)! for j = 0 to 12, each rounded once: e^r − 1 = r + r²·Σ r^j/(j + 2)!. The term of
   * j = 0, r²/2, is summed apart (exactly, with r), so only the entries from j = 1 are read.
   */
  private static final double[] EXPM1_TERMS = taylorOfExpm1(12);

  private static double[] taylorOfExpm1(int degree) {
    double[] c = new double[degree + 1];
    double factorial = 1; // (j + 2)!, exact in a double up to 18!
    for (int j = 0; j <= degree; j++) {
      factorial *= j + 2;
      c[j] = 1 / factorial;
    }
    return c;
  }

  /**
   * e^u − 1 for u &le; 0 (−0 for −0, NaN for NaN), within 0.79 ulp (measured), without a branch
   * but the hold at −40: u = k·ln 2 + r with |r| &le; ln(2)/2 and r carried with its rounding
   * error; e^r − 1 = r + r²/2 + r³·S(r), S the rest of its Taylor polynomial of degree 14 (Estrin's
   * scheme; remainder below 3.3e-19 relative), with r + r²/2 summed exactly so that only the small
   * r³·S carries S's rounding; then 2^k·(e^r − 1) + (2^k − 1) in one fma. Faster than Math.exp, a
   * stub call in HotSpot 17 (elu's double forward at 7.3 ns an element against 8.9 with
   * fl(e^u) − 1 and a Taylor branch near 0, in paired JMH runs).
   */
  static double expm1NonPositive(double u) {
    double v = u < EXPM1_FLOOR ? EXPM1_FLOOR : u;
    double k = Math.rint(v * INV_LN2);
    double reduced = v - k * LN2_HI; // exact: k·LN2_HI has at most 38 bits, and lies near v
    double r = Math.fma(-k, LN2_LO, reduced);
    double rLow = Math.fma(-k, LN2_LO, reduced - r); // r + rLow = v − k·ln 2, nearly exactly
    double m1 = expm1Reduced(r, rLow);
    double twoK = Double.longBitsToDouble(((long) k + 1023) << 52);
    return Math.copySign(Math.fma(twoK, m1, twoK - 1), u); // −0 stays −0
  }

  /**
   * e^(r + rLow) − 1 for |r| &le; ln(2)/2 and a small rLow. A method of its own so that both it and
   * its caller stay below the size HotSpot inlines at hot calls (325 bytes of bytecode): in one
   * method, elu's loop called it and ran at 8.9 ns an element instead of 7.
   */
  private static double expm1Reduced(double r, double rLow) {
    double[] t = EXPM1_TERMS;
    double r2 = r * r;
    double r4 = r2 * r2;
    double t12 = Math.fma(t[2], r, t[1]);
    double t34 = Math.fma(t[4], r, t[3]);
    double t56 = Math.fma(t[6], r, t[5]);
    double t78 = Math.fma(t[8], r, t[7]);
    double t910 = Math.fma(t[10], r, t[9]);
    double t1112 = Math.fma(t[12], r, t[11]);
    double t14 = Math.fma(t34, r2, t12);
    double t58 = Math.fma(t78, r2, t56);
    double t912 = Math.fma(t1112, r2, t910);
    double rest = Math.fma(Math.fma(t912, r4, t58), r4, t14); // S(r) = Σ t[j]·r^(j − 1), j ≥ 1
    // e^(r + rLow) − 1 = (e^r − 1) + rLow·e^r, with e^r ≈ 1 + r for the small rLow
    double small = Math.fma(r2 * r, rest, Math.fma(rLow, r, rLow));
    double half = 0.5 * r2; // r²'s rounding is at most 0.07 ulp of the result
    double sum = r + half; // |r| > r²/2: r + r²/2 = sum + error exactly
    return sum + ((r - sum) + half + small);
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

  /** fdlibm's correction term e for the reduced argument r (hfx = r/2, hxs = r·hfx). */
  private static double expm1Core(double r, double hfx, double hxs) {
    double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    return hxs * ((r1 - t) / (6.0 - r * t));
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
