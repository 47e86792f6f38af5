package org.activations.pack;

/**
 * The smooth factors of the normal distribution's tail for {@link Gelu}: with z &ge; 0 and
 * Q(z) = Φ(−z) = e^(−z²/2)·Rs(z), Rs is a polynomial of degree 9 on each of 69 intervals of
 * [0, 40), and so is Gs(z) = Rs(z) − z/√(2π), gelu's derivative's factor, except next to its zero
 * (our own fits, {@link GaussianTables}; relative errors below 6.3e-18 and 4.4e-18). The intervals
 * grow with z as the polynomials allow: with u = z + 2, each octave of u is cut in 16 (widths 1/8
 * on [0, 2), 1/4 on [2, 6), and so on up to 2 on [30, 40)), so that the index is u's exponent and
 * first four fraction bits, three integer steps; the nine intervals of degree 21 before took eight
 * comparisons and a chain of 21 multiply-adds. Both are evaluated with their constant terms as
 * double-doubles, within about 0.06 ulp, and handed out already multiplied by the caller's
 * double-double and subtracted from its addend, rounded once: gelu's 2-ulp bound leaves no room
 * for an Rs rounded to one double.
 */
final class GaussianTail {
  private GaussianTail() {}

  private static final double[] R = GaussianTables.R;
  private static final double[] G = GaussianTables.G;
  private static final int STRIDE = GaussianTables.STRIDE;
  /** Where a row holds the coefficients of degree 1 and 0, the latter's low part, and mid. */
  private static final int C1 = STRIDE - 4;
  private static final int C0 = STRIDE - 3;
  private static final int C0_LOW = STRIDE - 2;
  private static final int MID = STRIDE - 1;
  /** u = z + OFFSET: the intervals are the octaves of u, each cut in 16. */
  private static final double OFFSET = 2;
  /** u's bits shifted right by this keep its exponent and its first four fraction bits. */
  private static final int INDEX_SHIFT = 48;
  private static final int FIRST = (int) (Double.doubleToRawLongBits(OFFSET) >>> INDEX_SHIFT);

  /** z* where Rs(z) = z/√(2π), that is gelu'(−z*) = 0, as a double-double. */
  private static final double ROOT = 0x1.80ead197f00b4p-1;
  private static final double ROOT_LOW = -0x1.13e74c58cada8p-56;

  /**
   * add − (w + wLow)·Rs(z) for 0 &le; z &le; 38.75, with add = 0 or |add| at least twice the
   * product: Rs as a double-double, the product rounded once and then subtracted
   * ({@link #minusTimes}).
   */
  static double minusTimesRs(double add, double w, double wLow, double z) {
    int base = interval(z) * STRIDE;
    double t = z - R[base + MID];
    double s1 = Math.fma(head(R, base, t), t, R[base + C1]);
    double c0 = R[base + C0];
    double r = Math.fma(s1, t, c0);
    return minusTimes(add, w, wLow, r, step(s1, t, c0, r) + R[base + C0_LOW]);
  }

  /**
   * add − (w + wLow)·Gs(z) for 0 &le; z &le; 38.75, as {@link #minusTimesRs}, where
   * Gs(z) = Rs(z) − z/√(2π), so that gelu'(−z) = e^(−z²/2)·Gs(z). On [0, 1.5) the row holds Hs,
   * with Gs = (z − z*)·Hs, which keeps its relative accuracy next to Gs's zero z*; beyond, Gs
   * itself. The two forms are one, A·P, chosen without a branch: A = z − z* as a double-double on
   * [0, 1.5), A = 1 beyond.
   */
  static double minusTimesGs(double add, double w, double wLow, double z) {
    int k = interval(z);
    int base = k * STRIDE;
    double t = z - G[base + MID];
    double s1 = Math.fma(head(G, base, t), t, G[base + C1]);
    double c0 = G[base + C0];
    double p = Math.fma(s1, t, c0);
    double pLow = step(s1, t, c0, p) + G[base + C0_LOW];
    double isH = (k - GaussianTables.H_ROWS) >>> 31; // 1 on the rows of Hs, the first ones
    double d = z - ROOT; // exact on [ROOT/2, 1.5]; below, its error is carried in dError
    double dError = z - (d + ROOT);
    double a = d - ROOT_LOW; // d is 0 or larger than ROOT_LOW: the next line is its exact error
    double aLow = isH * (((d - a) - ROOT_LOW) + dError);
    a = Math.fma(isH, a, 1 - isH); // exact: a or 1
    double ap = a * p;
    double apLow = Math.fma(a, p, -ap) + Math.fma(a, pLow, aLow * p);
    return minusTimes(add, w, wLow, ap, apLow);
  }

  /**
   * add − (w + wLow)·(v + vLow): the product of the double-doubles rounded once, then subtracted.
   * With add = 0 that is the one rounding; otherwise the product is at most half of add, so at most
   * the result itself, and its rounding costs at most 0.5 ulp of the result. Subtracted, not added negated, so that
   * add = −0 with w = 0 gives −0.
   */
  private static double minusTimes(double add, double w, double wLow, double v, double vLow) {
    return add - Math.fma(w, v, Math.fma(w, vLow, wLow * v));
  }

  /**
   * The interval of z, 0 &le; z &le; 38.75: 0 to 68 (z + 2 rounded may fall in the next one, whose
   * polynomial holds as well an ulp beyond its end).
   */
  private static int interval(double z) {
    return (int) (Double.doubleToRawLongBits(z + OFFSET) >>> INDEX_SHIFT) - FIRST;
  }

  /**
   * The polynomial at c[base..base + 8) (degree 9 down to 2) at t, as Σ c_j·t^(j − 2): all but the
   * last two coefficients, which the callers add with the rounding error of their last step
   * ({@link #step}) and their low part. Times t², it is at most 0.2 % of the whole polynomial,
   * so that its own rounding errors do not matter: Estrin's scheme, three multiply-adds deep
   * (Horner's rule, seven deep, made gelu's batch 11 % slower in a driver).
   */
  private static double head(double[] c, int base, double t) {
    double t2 = t * t;
    double high = Math.fma(Math.fma(c[base], t, c[base + 1]), t2,
        Math.fma(c[base + 2], t, c[base + 3]));
    double low = Math.fma(Math.fma(c[base + 4], t, c[base + 5]), t2,
        Math.fma(c[base + 6], t, c[base + 7]));
    return Math.fma(high, t2 * t2, low);
  }

  /**
   * The rounding error of r = fma(s, t, c), nearly exact, for |s·t| &le; |c|/2 (so that c − r is
   * exact; on every interval |s·t| is below 0.09·|c|).
   */
  private static double step(double s, double t, double c, double r) {
    return Math.fma(s, t, c - r);
  }
}
