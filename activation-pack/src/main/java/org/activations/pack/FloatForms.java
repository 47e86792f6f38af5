package org.activations.pack;

/**
 * The smooth functions in single precision: each formula evaluated in double in an overflow-free
 * arrangement and rounded to float once. The double work is within 2^-40 of the value (gelu's
 * erfc: 2.7e-10), so each result is the correctly rounded float except where the exact value lies
 * that close to a midpoint between two floats, and there its neighbour: at most 0.505 ulp, at the
 * cost of the plain formula (the double methods carry double-doubles that a float does not need).
 * Measured at every 331st float bit pattern (12,975,732 floats): the result equals the double
 * method's, rounded, at all of them but gelu's 28,982 (12,672 + 12,672 subnormal ties, about 150 in
 * each binade from 2^-25 to 2^3), where they differ by 1 ulp.
 * The vector engine ({@link VectorSmoothKernels}) runs the same formulas in lanes. Arguments are
 * finite; callers send NaN and ±∞ to the double methods.
 */
final class FloatForms {
  private FloatForms() {}

  /**
   * Below 2^-10, e^z − 1 loses more than ten bits to cancellation: its Taylor polynomial to z⁴
   * serves (relative error about z⁴/120, below 2^-46).
   */
  static final double SMALL = 0x1p-10;
  /** √(1/2). */
  static final double SQRT_HALF = 0x1.6a09e667f3bcdp-1;
  /**
   * gelu's erfc(u) = t·e^(−u² + P(s)), t = 2/(2 + u), s = A·t + B maps t in [2/12.5, 1] to [−1, 1];
   * P is our Chebyshev interpolant (mpmath, 40 digits) of ln(erfc(u)/t) + u², highest degree first,
   * relative error of erfc below 2.7e-10 on [0, 10.5] (a 200th of a float ulp). Beyond u = 10.5,
   * s is held at −1: erfc is below 1e-49 there, and gelu below any float, whatever P does.
   */
  static final double A = 0x1.30c30c30c30c3p+1;
  static final double B = -0x1.6186186186186p+0;
  static final double[] P = {0x1.87744d9b3f500p-18, -0x1.7e19209bf5775p-18,
      -0x1.5c481aa51299cp-15, 0x1.3f77cf505f400p-14, 0x1.3f30bbcdf58ffp-13, -0x1.348be66c9ac35p-11,
      -0x1.17c646cb52168p-12, 0x1.fc3cff7ebd29dp-9, -0x1.42a3677150c48p-10, -0x1.edf0a2c96088ep-6,
      0x1.11e03d96a407ap-6, 0x1.2633475c74f81p-1, -0x1.2056161149806p-1};
  /** Below x = −40, gelu's q is 0 in double: x is held there so that x·q stays −0 for any x. */
  static final double GELU_FLOOR = -40;
  /** Beyond x = 40, mish's tanh(softplus(x)) is 1 in double, and e^x may not overflow. */
  static final double MISH_CEILING = 40;

  // comparisons, not Math.max or Math.min: HotSpot 17's double max and min cost up to 15 ns an
  // element in a loop over floats (measured on swish); and the side of 0 is chosen by bits
  // (PackMath.negativeOr), since HotSpot 17 compiles a choice between doubles to a jump that
  // inputs of both signs mispredict half the time

  /**
   * The float that results below the declared minimum are held at; −∞ if no float midpoint lies
   * within 2^-30 (relative) below the minimum: the double work is closer than that (gelu's erfc
   * within 2.7e-10, the rest within 2^-40), so no result can round below the rounded minimum, and
   * holding it there changes no float (for about 99 minima in 100: a loop may then leave the hold
   * out).
   */
  static float least(double minimum) {
    float rounded = (float) minimum;
    return (float) (minimum * (1 + 0x1p-30)) == rounded ? Float.NEGATIVE_INFINITY : rounded;
  }

  /** x/(1 + e^(−βx)), held at the declared minimum. */
  static float swish(float x, double beta, double minimum) {
    double q = swishQuotient(x, beta);
    return (float) (q < minimum ? minimum : q);
  }

  /** x/(1 + e^(−βx)) for finite x, not held at the minimum. */
  static double swishQuotient(double x, double beta) {
    return x / (1 + Math.exp(-beta * x));
  }

  /** s·x for x ≥ 0 (so −0 keeps its sign), s·α·(e^(x·k) − 1) below. */
  static float expLinear(float x, double scale, double scaleAlpha, double k) {
    double v = x;
    double z = v * k;
    // e^z overflows to ∞ for large x, whose side is not chosen
    double m1 = Math.abs(z) < SMALL ? Math.fma(z * z, 0.5 + z * (1.0 / 6 + z * (1.0 / 24)), z)
        : Math.exp(z) - 1;
    return (float) PackMath.negativeOr(v, scaleAlpha * m1, scale * v);
  }

  /**
   * log(1 + e) for e in [0, 1]: log w, w = 1 + e, plus w's rounding error δ = 1 + e − w, so that a
   * tiny e is not lost where w rounds to 1 (log(1 + e) − log w = log(1 + δ/w), which δ misses by
   * at most δ/2, below 2^-54).
   */
  static double log1p(double e) {
    double w = 1 + e;
    return Math.log(w) + (e - (w - 1));
  }

  /** (max(z, 0) + log(1 + e^(−|z|)))/β with z = βx. */
  static float softplus(float x, double beta, double over) {
    double z = beta * x;
    double l = log1p(Math.exp(-Math.abs(z)));
    return (float) (PackMath.negativeOr(z, l, z + l) * over);
  }

  /** min(x, 0) − log(1 + e^(−|x|)); −l for x ≥ 0 keeps the sign of a result that is −0. */
  static float logSigmoid(float x) {
    double v = x;
    double l = log1p(Math.exp(-Math.abs(v)));
    return (float) PackMath.negativeOr(v, v - l, -l);
  }

  /** x·n/(n + 2) with n = u(u + 2), u = e^x: tanh(log(1 + u)), held at the minimum. */
  static float mish(float x, double minimum) {
    double v = x;
    double u = Math.exp(v < MISH_CEILING ? v : MISH_CEILING);
    double n = u * (u + 2);
    double r = v * n / (n + 2);
    return (float) (r < minimum ? minimum : r);
  }

  /** x/(1 + e^(−2w)), w = √(2/π)(x + 0.044715x³): 0.5x(1 + tanh w) without cancellation. */
  static float geluTanh(float x, double minimum) {
    double v = x;
    double w = Math.fma(v * v * GeluTanh.CUBIC, v, v) * (-2 * GeluTanh.K);
    double r = v / (1 + Math.exp(w));
    return (float) (r < minimum ? minimum : r);
  }

  /** x·Φ(x) with Φ(−|x|) = erfc(u)/2, u = |x|/√2, from P. */
  static float gelu(float x, double minimum) {
    double u = Math.abs((double) x) * SQRT_HALF;
    double t = 2 / (2 + u);
    return geluFrom(x, geluExponent(u, t), 0.5 * t, minimum);
  }

  /** gelu's first stage: the exponent P(s) − u² of erfc(u)/t, for u = |x|/√2, t = 2/(2 + u). */
  static double geluExponent(double u, double t) {
    double s = clampedS(t);
    double p = P[0];
    for (int j = 1; j < P.length; j++) {
      p = Math.fma(p, s, P[j]);
    }
    return p - u * u;
  }

  /**
   * {@link #gelu} over x[from, to) four elements at a time, their polynomials interleaved: each is
   * a chain of 12 dependent fmas, and four chains side by side keep the core busy where one waits
   * (17.5 → 12.7 ns an element in a driver, swish 5.6). The same operations as {@link #gelu}, so the
   * same floats; ±∞ and NaN need no test (u = ∞ gives t = 0 and q = 0, NaN stays NaN). Returns the
   * index after the last quadruple.
   */
  static int geluQuadruples(float[] x, float[] y, int from, int to, double minimum) {
    int i = from;
    for (; i + 3 < to; i += 4) {
      double x0 = x[i];
      double x1 = x[i + 1];
      double x2 = x[i + 2];
      double x3 = x[i + 3];
      double u0 = Math.abs(x0) * SQRT_HALF;
      double u1 = Math.abs(x1) * SQRT_HALF;
      double u2 = Math.abs(x2) * SQRT_HALF;
      double u3 = Math.abs(x3) * SQRT_HALF;
      double t0 = 2 / (2 + u0);
      double t1 = 2 / (2 + u1);
      double t2 = 2 / (2 + u2);
      double t3 = 2 / (2 + u3);
      double s0 = clampedS(t0);
      double s1 = clampedS(t1);
      double s2 = clampedS(t2);
      double s3 = clampedS(t3);
      double p0 = P[0];
      double p1 = P[0];
      double p2 = P[0];
      double p3 = P[0];
      for (int j = 1; j < P.length; j++) {
        p0 = Math.fma(p0, s0, P[j]);
        p1 = Math.fma(p1, s1, P[j]);
        p2 = Math.fma(p2, s2, P[j]);
        p3 = Math.fma(p3, s3, P[j]);
      }
      y[i] = geluFrom(x0, p0 - u0 * u0, 0.5 * t0, minimum);
      y[i + 1] = geluFrom(x1, p1 - u1 * u1, 0.5 * t1, minimum);
      y[i + 2] = geluFrom(x2, p2 - u2 * u2, 0.5 * t2, minimum);
      y[i + 3] = geluFrom(x3, p3 - u3 * u3, 0.5 * t3, minimum);
    }
    return i;
  }

  /** s = A·t + B, held at −1 (t below 2/12.5). */
  private static double clampedS(double t) {
    double s = Math.fma(t, A, B);
    return s < -1 ? -1 : s;
  }

  /** gelu's second stage: x·Φ(x) from the exponent and t/2, held at the minimum, rounded. */
  static float geluFrom(double x, double exponent, double halfT, double minimum) {
    double q = halfT * Math.exp(exponent);
    double r = PackMath.negativeOr(x, (x < GELU_FLOOR ? GELU_FLOOR : x) * q, x * (1 - q));
    return (float) (r < minimum ? minimum : r);
  }
}
