package org.activations.pack;

/**
 * The smooth functions in single precision: each formula evaluated in double in an overflow-free
 * arrangement and rounded to float once. The double work is within 2^-40 of the value (gelu's
 * Φ: 3.1e-12), so each result is the correctly rounded float except where the exact value lies
 * that close to a midpoint between two floats, and there its neighbour: at most 0.505 ulp, at the
 * cost of the plain formula (the double methods carry double-doubles that a float does not need). Measured at every 331st
 * float bit pattern (12,925,045 finite floats): the result equals the double method's, rounded, at
 * all of them but gelu's 25,348, where they differ by 1 ulp: 25,342 at |x| &lt; 2^-125, whose
 * results are subnormal floats at a tie, and 6 elsewhere.
 * The vector engine ({@link VectorSmoothKernels}) runs the same formulas in lanes, but for gelu's
 * Φ (one polynomial for every lane). Arguments are finite; callers send NaN and ±∞ to the double
 * methods.
 */
final class FloatForms {
  private FloatForms() {}

  /**
   * Below 2^-10, e^z − 1 loses more than ten bits to cancellation: its Taylor polynomial to z⁴
   * serves (relative error about z⁴/120, below 2^-46).
   */
  static final double SMALL = 0x1p-10;
  /**
   * gelu's Φ(−z) = e^(Q(z) − z²/2)/2 for z = |x|, with Q(z) = ln(2Φ(−z)) + z²/2 on [k, k + 1) given
   * by row k: our Chebyshev interpolant of degree 8 in s = z − k − 1/2 (mpmath, 40 digits;
   * {@code activation-pack/scripts/gelu_float_table.py} makes the table and measures it), highest
   * degree first. Its absolute error, so the relative error of Φ(−z), is below 3.1e-12 on [0, 16].
   * One short polynomial chosen by z instead of one long one in 2/(2 + z/√2) (degree 12): no
   * division and a shorter chain (gelu's loop from 15.2 to 11.3 ns an element, in a driver).
   */
  private static final double[] GELU_Q = {
      // [0, 1)
      -0x1.9ac063b3444f8p-18, 0x1.0b3cadae9cb24p-15, -0x1.f7c9e7fc98bb1p-15,
      -0x1.7193fc3dca116p-12, 0x1.194a8d63d647ap-8, -0x1.bc0460a09f003p-6,
      0x1.12ec872006ce2p-3, -0x1.483b587407de7p-1, -0x1.6e59d69cd3bb3p-2,
      // [1, 2)
      -0x1.7e29ead7f83e0p-20, 0x1.8bc27bb1eea5ep-20, 0x1.01da40f57c384p-15,
      -0x1.5e586356d0b72p-12, 0x1.3590e339608f8p-9, -0x1.c61ecb24d00c4p-7,
      0x1.32457c04c55d7p-4, -0x1.c1349651762f1p-2, -0x1.c68d5b7506d5dp-1,
      // [2, 3)
      0x1.cbae98f45a68bp-25, -0x1.1554afa651f8ep-19, 0x1.67d8c017c98ffp-16,
      -0x1.5e965b27eae7dp-13, 0x1.298a5867115f2p-10, -0x1.d459567bddb73p-8,
      0x1.6c6fcaf5198f9p-5, -0x1.4a7d9cbbc5748p-2, -0x1.4374ced0ddfd2p+0,
      // [3, 4)
      0x1.e2f9c600dbff7p-24, -0x1.382ca1a734368p-20, 0x1.4ca2757a58f1cp-17,
      -0x1.40d6375b06e9fp-14, 0x1.22dc7fdb3e75ap-11, -0x1.00b113a2d493cp-8,
      0x1.d2652a4a8ad4fp-6, -0x1.016cb6343d739p-2, -0x1.8c445cc7b7ed3p+0,
      // [4, 5)
      0x1.d17deff512fd6p-25, -0x1.109c472059cbfp-21, 0x1.251ee62a3d101p-18,
      -0x1.2d688db9bc2d5p-15, 0x1.2d654e732a4d2p-12, -0x1.2d5d8ff9232dfp-9,
      0x1.3df710e1a4e86p-6, -0x1.a272715ba5b40p-3, -0x1.c636b9e692b45p+0,
      // [5, 6)
      0x1.84eda3626d6bbp-26, -0x1.d2c51eafa5fd5p-23, 0x1.0b10ab4efb282p-19,
      -0x1.2b95d11d11f5ep-16, 0x1.4d1a47e1e9740p-13, -0x1.789140a613bc1p-10,
      0x1.c87cc42c5a9b6p-7, -0x1.5f0c5ee313e4ap-3, -0x1.f6131d71fb4fcp+0,
      // [6, 7)
      0x1.4582003391236p-27, -0x1.9ee30efa5295dp-24, 0x1.01008cbc10b84p-20,
      -0x1.3c68eec74fdf7p-17, 0x1.86c85e1c1f002p-14, -0x1.f02ded7706833p-11,
      0x1.557fd01ac0aacp-7, -0x1.2dac5607c054bp-3, -0x1.0f5c3c6054686p+1,
      // [7, 8)
      0x1.1bbd88d61f70ap-28, -0x1.84c78239dabdbp-25, 0x1.05ed60564fcf6p-21,
      -0x1.61b0a9cd268b9p-18, 0x1.e305e5915b733p-15, -0x1.55b5b05f80d1bp-11,
      0x1.081b1379202c4p-7, -0x1.081f880096bccp-3, -0x1.20fdbf0d14152p+1,
      // [8, 9)
      0x1.04500e9770001p-29, -0x1.80b4aa6dd035ap-26, 0x1.19bafb54b9646p-22,
      -0x1.9fdb7c92b4f63p-19, 0x1.3833c8136a69dp-15, -0x1.e861b26223c98p-12,
      0x1.a3aeb3676e872p-8, -0x1.d561e70624c15p-4, -0x1.308b3d45dc7bdp+1,
      // [9, 10)
      0x1.f7079828219b2p-31, -0x1.90b968e29f14bp-27, 0x1.3e1fd7c973937p-23,
      -0x1.ff0f88597c24ap-20, 0x1.a3595d666eb32p-16, -0x1.67fcb571196eap-12,
      0x1.54f1f54903bc7p-8, -0x1.a617da00ce00ap-4, -0x1.3e7297f497290p+1,
      // [10, 11)
      0x1.fe5f3f41cef38p-32, -0x1.b5602b5a23425p-28, 0x1.770e9a598d9b2p-24,
      -0x1.465b80e3fff2cp-20, 0x1.2309114ed7ec9p-16, -0x1.10629cc220221p-12,
      0x1.1a28d48d18992p-8, -0x1.7f51dbe2b799dp-4, -0x1.4b035ad47a6a2p+1,
      // [11, 12)
      0x1.0ec5ea3a71bb3p-32, -0x1.f1d21c1f0c53ap-29, 0x1.cb591ef120aa8p-25,
      -0x1.af09ea24857fap-21, 0x1.9f8e7f1c2d99bp-17, -0x1.a580e9e5a8cf3p-13,
      0x1.da610944f1caep-9, -0x1.5efb05097d7e3p-4, -0x1.5678d05db0d7bp+1,
      // [12, 13)
      0x1.2b33dea845269p-33, -0x1.261d7eb030f88p-29, 0x1.22e9a1e488669p-25,
      -0x1.251fa30225528p-21, 0x1.300adbe005ef2p-17, -0x1.4c72afc450166p-13,
      0x1.942162e83abf7p-9, -0x1.439d29c92b4f8p-4, -0x1.610044b4493c9p+1,
      // [13, 14)
      0x1.56eaeeb99d999p-34, -0x1.6754a7e59b740p-30, 0x1.7b9c5f9953a04p-26,
      -0x1.9914cf8355a58p-22, 0x1.c687c1c637be5p-18, -0x1.0a9bf7928415ep-13,
      0x1.5c4497f9b1bcdp-9, -0x1.2c2a6847d01ecp-4, -0x1.6abd0fc1f4d57p+1,
      // [14, 15)
      0x1.9627b4af7bbbap-35, -0x1.c44da12be336bp-31, 0x1.fc9eee2fc710bp-27,
      -0x1.240744ca2a968p-22, 0x1.5a3353edb654dp-18, -0x1.b1e309375fc67p-14,
      0x1.2f255f674a1afp-9, -0x1.17db7e4e7328bp-4, -0x1.73cb46827626cp+1,
      // [15, 16)
      0x1.ef83edb17ca4ap-36, -0x1.24611d9bc7913p-31, 0x1.5cdd7a1991b9bp-27,
      -0x1.a973405e2ca31p-23, 0x1.0c1c26536afa1p-18, -0x1.659ce9919adcbp-14,
      0x1.0a3257beb44a5p-9, -0x1.061a460e9e014p-4, -0x1.7c4193c6a81e8p+1,
  };

  /** The coefficients of one row of {@link #GELU_Q}. */
  private static final int GELU_TERMS = 9;
  /**
   * The largest z that {@link #GELU_Q} is used at: z is held there beyond, where Φ(−z) is below
   * 1e-57, so that gelu is x or below any float, whatever the polynomial does.
   */
  private static final double GELU_Z_TOP = Math.nextDown(16.0);
  /**
   * In gelu's x·Φ(−|x|), x is held at −40: Φ(−|x|) is below 1e-57 there in either form (0 in
   * double in the vector one), so that x·Φ(−|x|) rounds to −0 for any x below.
   */
  static final double GELU_FLOOR = -40;
  /** Beyond x = 40, mish's tanh(softplus(x)) is 1 in double, and e^x may not overflow. */
  static final double MISH_CEILING = 40;

  // comparisons, not Math.max or Math.min: HotSpot 17's double max and min cost up to 15 ns an
  // element in a loop over floats (measured on swish); and the side of 0 is chosen by bits
  // (PackMath.negativeOr), since HotSpot 17 compiles a choice between doubles to a jump that
  // inputs of both signs mispredict half the time

  /**
   * The float that results below the declared minimum are held at; −∞ if no float midpoint lies
   * within 2^-30 (relative) below the minimum: the double work is closer than that (gelu's Φ
   * within 3.1e-12, 2.7e-10 in the vector form; the rest within 2^-40), so no result can round below the rounded minimum, and
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

  /** x·Φ(x), Φ(−|x|) from {@link #GELU_Q}. */
  static float gelu(float x, double minimum) {
    double z = geluZ(x);
    int k = (int) z;
    return geluFrom(x, z, geluQ(z - k - 0.5, k * GELU_TERMS), minimum);
  }

  /** |x| held at {@link #GELU_Z_TOP} (NaN too: its result is NaN through x). */
  private static double geluZ(double x) {
    double z = Math.abs(x);
    return z < GELU_Z_TOP ? z : GELU_Z_TOP;
  }

  /**
   * Q(z) from s = z − k − 1/2 and the start of row k of {@link #GELU_Q}, by Estrin's scheme: four
   * fmas deep where Horner's rule is eight (11.3 against 12.2 ns an element in the loop below, in a
   * driver).
   */
  private static double geluQ(double s, int row) {
    double s2 = s * s;
    double s4 = s2 * s2;
    double c01 = Math.fma(GELU_Q[row + 7], s, GELU_Q[row + 8]);
    double c23 = Math.fma(GELU_Q[row + 5], s, GELU_Q[row + 6]);
    double c45 = Math.fma(GELU_Q[row + 3], s, GELU_Q[row + 4]);
    double c67 = Math.fma(GELU_Q[row + 1], s, GELU_Q[row + 2]);
    double c03 = Math.fma(c23, s2, c01);
    double c47 = Math.fma(c67, s2, c45);
    return Math.fma(GELU_Q[row] * s4, s4, Math.fma(c47, s4, c03));
  }

  /**
   * {@link #gelu} over x[from, to) four elements at a time, their polynomials side by side, which
   * keeps the core busy where one element's chain of steps would wait (gelu at 11.3 ns an element
   * against 15 one at a time, in a driver).
   * The same operations as {@link #gelu}, so the same floats; ±∞ and NaN need no test (∞ is held at
   * the top and gives q ≈ 0, NaN stays NaN). Returns the index after the last quadruple.
   */
  static int geluQuadruples(float[] x, float[] y, int from, int to, double minimum) {
    int i = from;
    for (; i + 3 < to; i += 4) {
      double x0 = x[i];
      double x1 = x[i + 1];
      double x2 = x[i + 2];
      double x3 = x[i + 3];
      double z0 = geluZ(x0);
      double z1 = geluZ(x1);
      double z2 = geluZ(x2);
      double z3 = geluZ(x3);
      int k0 = (int) z0;
      int k1 = (int) z1;
      int k2 = (int) z2;
      int k3 = (int) z3;
      double q0 = geluQ(z0 - k0 - 0.5, k0 * GELU_TERMS);
      double q1 = geluQ(z1 - k1 - 0.5, k1 * GELU_TERMS);
      double q2 = geluQ(z2 - k2 - 0.5, k2 * GELU_TERMS);
      double q3 = geluQ(z3 - k3 - 0.5, k3 * GELU_TERMS);
      y[i] = geluFrom(x0, z0, q0, minimum);
      y[i + 1] = geluFrom(x1, z1, q1, minimum);
      y[i + 2] = geluFrom(x2, z2, q2, minimum);
      y[i + 3] = geluFrom(x3, z3, q3, minimum);
    }
    return i;
  }

  /** gelu's second stage: x·Φ(x) from z and Q(z), held at the minimum, rounded. */
  private static float geluFrom(double x, double z, double qz, double minimum) {
    double q = 0.5 * Math.exp(qz - 0.5 * z * z);
    double r = PackMath.negativeOr(x, (x < GELU_FLOOR ? GELU_FLOOR : x) * q, x * (1 - q));
    return (float) (r < minimum ? minimum : r);
  }
}
