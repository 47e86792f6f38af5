package org.activations.pack;

/**
 * e^u − 1 without cancellation, for the pack's functions that need it: fdlibm's algorithm near 0
 * ({@link #near}), and a branch-free form for u &le; 0 ({@link #nonPositive}) for the exponential
 * linear units.
 */
final class Expm1 {
  private Expm1() {}

  /** fdlibm's expm1 rational approximation on [−ln2/2, ln2/2] (s_expm1.c, Sun Microsystems 1993). */
  private static final double Q1 = -3.33333333333331316428e-02;
  private static final double Q2 = 1.58730158725481460165e-03;
  private static final double Q3 = -7.93650757867487942473e-05;
  private static final double Q4 = 4.00821782732936239552e-06;
  private static final double Q5 = -2.01099218183624371326e-07;
  /** fdlibm's ln 2 split for expm1 (not {@link PackMath#LN2_HI}: a different split). */
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
  static double near(double u) {
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
  static double nonPositive(double u) {
    double v = u < EXPM1_FLOOR ? EXPM1_FLOOR : u;
    double k = Math.rint(v * INV_LN2);
    // exact: k·LN2_HI has at most 38 bits, and lies near v
    double reduced = v - k * PackMath.LN2_HI;
    double r = Math.fma(-k, PackMath.LN2_LO, reduced);
    // r + rLow = v − k·ln 2, nearly exactly
    double rLow = Math.fma(-k, PackMath.LN2_LO, reduced - r);
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

  /** fdlibm's correction term e for the reduced argument r (hfx = r/2, hxs = r·hfx). */
  private static double expm1Core(double r, double hfx, double hxs) {
    double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    return hxs * ((r1 - t) / (6.0 - r * t));
  }
}
