package org.activations.pack;

/**
 * The smooth factors of the normal distribution's tail for {@link Gelu}: with z &ge; 0 and
 * Q(z) = Φ(−z) = e^(−z²/2)·Rs(z), Rs is a polynomial on each of nine intervals of [0, 40] (our own
 * Chebyshev fits), and Gs(z) = Rs(z) − z/√(2π), gelu's derivative's factor, one more set of them on
 * [0, 1.5]. Both are evaluated as double-doubles, within about 0.1 ulp, and handed out already
 * multiplied by the caller's double-double and subtracted from its addend, rounded once: gelu's
 * 2-ulp bound leaves no room for an Rs rounded to one double (its leading coefficients alone,
 * rounded, cost 0.7 ulp; gelu then reached 3 ulp), and a low part handed back through an array
 * made gelu's loop 25 % slower. A fixed cost for every z: eight comparisons and one polynomial,
 * padded to degree 21.
 */
final class GaussianTail {
  private GaussianTail() {}

  /** The upper ends of the intervals of z on which {@link #R} holds a polynomial. */
  private static final double[] R_UPPER = {0.75, 1.5, 2.5, 4, 6, 9, 14, 22, 40};
  /** The centre of each interval: the polynomials are in t = z - centre. */
  private static final double[] R_MID = {0x1.8000000000000p-2, 0x1.2000000000000p+0, 0x1.0000000000000p+1, 0x1.a000000000000p+1, 0x1.4000000000000p+2, 0x1.e000000000000p+2, 0x1.7000000000000p+3, 0x1.2000000000000p+4, 0x1.f000000000000p+4};
  /**
   * Rs(z) = Q(z)·e^(z²/2), Q(z) = Φ(−z), by interval: our own Chebyshev fits (mpmath, 60 digits),
   * highest degree first; with the low parts of {@link #R_LOW}, relative error below 2.7e-18 on
   * each interval.
   */
  private static final double[][] R = {
      { // [0, 0.75], t = z - 0.375
        -0x1.9bb5a970edbf7p-25, 0x1.aa294876f7b30p-23, -0x1.9d0323a9b852dp-21,
        0x1.8fb122205ca68p-19, -0x1.7534b37569148p-17, 0x1.4ee7221bdc4f2p-15,
        -0x1.1ff9a24ea2296p-13, 0x1.d89f429e5b8bep-12, -0x1.7047c5507cc1bp-10,
        0x1.0ed65c32a04b1p-8, -0x1.7506fdef7a8b1p-7, 0x1.dc32d9e82bd9fp-6, -0x1.15c9232370e40p-4,
        0x1.222f238abb580p-3, -0x1.06bfb10497cb7p-2, 0x1.84b705ec74443p-2},
      { // [0.75, 1.5], t = z - 1.125
        0x1.f93d9599b4a22p-27, -0x1.17ad8023c02f8p-24, 0x1.242939af68864p-22,
        -0x1.2f7356920cb8fp-20, 0x1.308e28ffb9adfp-18, -0x1.265849833e910p-16,
        0x1.11218ba8d8f6fp-14, -0x1.e4c6016fc6971p-13, 0x1.99793c47add0cp-11,
        -0x1.4740b9b749086p-9, 0x1.eb2f55acaf013p-8, -0x1.56adc42b07c6ap-6, 0x1.b659692e8bef9p-5,
        -0x1.f7949e4a74974p-4, 0x1.f6704da1278cep-3},
      { // [1.5, 2.5], t = z - 2.0
        -0x1.a370039bea07dp-33, 0x1.0aaf9c91239f1p-30, -0x1.3dcc7e583386ap-28,
        0x1.7f670944a9df8p-26, -0x1.c2327eb030c11p-24, 0x1.006be62d03882p-21,
        -0x1.1af6dddb45ce9p-19, 0x1.2dbe995421c7dp-17, -0x1.360a2a3543057p-15,
        0x1.31e4622cd5b7ap-13, -0x1.2096a38d08ca0p-11, 0x1.0300f697050fep-9,
        -0x1.b75f1ccf2b299p-8, 0x1.5d3009b31851bp-6, -0x1.00f9da4064408p-4, 0x1.5845dcad2a54ep-3},
      { // [2.5, 4], t = z - 3.25
        0x1.004104154aa68p-40, -0x1.82a86c8e56abdp-38, 0x1.0b11aa74c3973p-35,
        -0x1.827b5c3854880p-33, 0x1.1260c23335207p-30, -0x1.7c40eef92daa6p-28,
        0x1.015c973b61a7cp-25, -0x1.53d071a0febbcp-23, 0x1.b4f344186e7a3p-21,
        -0x1.111575c69a91fp-18, 0x1.4b1e40abcfe02p-16, -0x1.8481f80df795ap-14,
        0x1.b7d4f1cbd6a0bp-12, -0x1.dec5a1fa005f5p-10, 0x1.f2f5d00e15ec7p-8,
        -0x1.ef2cc76a51e03p-6, 0x1.d0b31c082543cp-4},
      { // [4, 6], t = z - 5.0
        0x1.91d2e6b700863p-47, -0x1.6f512187d7602p-44, 0x1.3050cb61abd2fp-41,
        -0x1.0d7be13954008p-38, 0x1.d7589c6cd8ed1p-36, -0x1.946432e0e2410p-33,
        0x1.551a68d46ffdap-30, -0x1.1ab0b7352d537p-27, 0x1.cbf5395e67cd2p-25,
        -0x1.6efafae1e1628p-22, 0x1.1edb83e27403dp-19, -0x1.b6d94bb5f3b8ap-17,
        0x1.4810f80c497a1p-14, -0x1.dea729e3cfda4p-12, 0x1.542a992feb08cp-9,
        -0x1.d614eb6941455p-7, 0x1.3b0fbcb4c77bep-4},
      { // [6, 9], t = z - 7.5
        -0x1.1641edcaeb569p-57, 0x1.478dee972ddbdp-54, -0x1.51f4f326622bcp-51,
        0x1.855a324f20a86p-48, -0x1.beffa4bc73dacp-45, 0x1.f8c5a4537157bp-42,
        -0x1.19f64a216f92fp-38, 0x1.37a75247c6652p-35, -0x1.54a371a72d06ep-32,
        0x1.700b68b1bc24dp-29, -0x1.88f1ad604ec84p-26, 0x1.9e63ff89631acp-23,
        -0x1.af782e88a0401p-20, 0x1.bb5a0b9515d20p-17, -0x1.c159ce7e6fdf6p-14,
        0x1.c0f9d24fda2cep-11, -0x1.b9fa6ad8c9c8ep-8, 0x1.ac6292bdbbfdcp-5},
      { // [9, 14], t = z - 11.5
        0x1.1f1300d2ad02bp-70, -0x1.d1e12a62d169dp-67, 0x1.3570160155befp-63,
        -0x1.efa9493218428p-60, 0x1.91484c9213d6dp-56, -0x1.3df064a6cf9ddp-52,
        0x1.f497c60a1d7e5p-49, -0x1.8811e2cacc1ccp-45, 0x1.314550205141bp-41,
        -0x1.d8855338fccddp-38, 0x1.6b79379028ffap-34, -0x1.15dbcf8f50115p-30,
        0x1.a6238de9925fcp-27, -0x1.3e9b935a64a8fp-23, 0x1.ddc94e78c6f24p-20,
        -0x1.63dac428562c1p-16, 0x1.073c6236e1158p-12, -0x1.82bdedc7d5944p-9,
        0x1.1a1574707d06ep-5},
      { // [14, 22], t = z - 18.0
        0x1.f0042424cff72p-82, -0x1.26cd701c724fdp-77, 0x1.13e18d40e57b0p-73,
        -0x1.45c0d8d097c29p-69, 0x1.88d06b5ae065ep-65, -0x1.cd76e44868deep-61,
        0x1.0e0169ee0a311p-56, -0x1.3b759db85af23p-52, 0x1.6f8f94f50019ep-48,
        -0x1.ab0fb408e0a4ep-44, 0x1.eecd325ffa8b5p-40, -0x1.1dd532b16c92ap-35,
        0x1.494b0df5c7aadp-31, -0x1.7a4544183c14ap-27, 0x1.b145aeeebd56ap-23,
        -0x1.eed1bf210ceccp-19, 0x1.19b886e074e0dp-14, -0x1.3fd5d25b3510ap-10,
        0x1.6a03fdb45c9c7p-6},
      { // [22, 40], t = z - 31.0
        -0x1.f4ef65d9bfb0cp-111, 0x1.f096d26a154e0p-106, -0x1.11de080c405f4p-101,
        0x1.0e8b7847836a4p-96, -0x1.33f12f69b4954p-91, 0x1.2fd3d6e4eb3c5p-86,
        -0x1.272044a6d13e3p-81, 0x1.22946d9b5ea11p-76, -0x1.1e1b3eab50a38p-71,
        0x1.19247750a8c3cp-66, -0x1.13fa19648ae90p-61, 0x1.0ea5ac559bc9fp-56,
        -0x1.09278411b70bep-51, 0x1.0382e657d89eap-46, -0x1.fb76cf63a2a8fp-42,
        0x1.efa9248062d3cp-37, -0x1.e3a3eb4921193p-32, 0x1.d76e49a59b7e3p-27,
        -0x1.cb0f643e87aebp-22, 0x1.be8e5766390a4p-17, -0x1.b1f230363628ep-12,
        0x1.a541e5e037942p-7}};

  /**
   * Hs(z) = (Rs(z) − z/√(2π))/(z − z*) on [0, 0.75] and [0.75, 1.5], fitted the same way (below
   * 9.3e-19 with {@link #H_LOW}), so that f' = e^(−z²/2)·(z − z*)·Hs(z) keeps its relative accuracy
   * at its zero.
   */
  private static final double[][] H = {
      { // [0, 0.75], t = z - 0.375
        -0x1.79803830de65ep-25, 0x1.85c05d33e20eap-23, -0x1.796c9de235cf5p-21,
        0x1.6c2a5e89ed06dp-19, -0x1.52e32e883e555p-17, 0x1.2efae5e71a9e1p-15,
        -0x1.036f6615b3822p-13, 0x1.a7bee1aafe51fp-12, -0x1.485d4a2f6f774p-10,
        0x1.dfcfedf4c0b68p-9, -0x1.47d47c03f2a99p-7, 0x1.9e6fd57f54ffbp-6, -0x1.dd7e44dce6be2p-5,
        0x1.ea691b157015ep-4, -0x1.3888f782924e8p-1},
      { // [0.75, 1.5], t = z - 1.125
        0x1.12a7f643c14e0p-26, -0x1.30d0c6753de00p-24, 0x1.3fec14d432a7dp-22,
        -0x1.4d505bddcdbdep-20, 0x1.4fa994852d8bdp-18, -0x1.45a9a8ebb6bdap-16,
        0x1.2f84194cadf96p-14, -0x1.0eb4963cdc923p-12, 0x1.cbfd04cb568dap-11,
        -0x1.722bb46e28d38p-9, 0x1.182152601fad1p-7, -0x1.8af3c6a95d24fp-6, 0x1.00064671462fep-4,
        -0x1.17265b3fa8229p-1}};

  /**
   * What the coefficients of degree 1 and 0 of each polynomial of {@link #R} leave out, by interval
   * (those of degree 1 and 0, in that order): the two refitted to the rounded higher ones and split
   * into two doubles each ({@code activation-pack/scripts/gaussian_tail_leading.py}).
   */
  private static final double[][] R_LOW = {{-0x1.79397b6c40b40p-56, 0x1.5fb097c7dc5bbp-57},
      {-0x1.b1ab6c1daa857p-61, -0x1.fe55fbfd07a09p-57},
      {-0x1.ae2a74cd8cb29p-58, 0x1.c3d2af61aad0ep-57},
      {-0x1.36ecca4c9590ep-61, -0x1.fcf8544648069p-58},
      {-0x1.eb72857f73ee4p-61, 0x1.2c337c65bf7a7p-58},
      {-0x1.72c882530287fp-62, 0x1.4cf3867fa4b73p-61},
      {0x1.0457109c32d0bp-63, -0x1.3c00c0562abcdp-61},
      {0x1.c72412de25b25p-66, -0x1.52aee5d53898ep-60},
      {-0x1.50fb7781e5638p-69, -0x1.87b3962fb8ce2p-65}};
  /** The same for {@link #H}. */
  private static final double[][] H_LOW = {{0x1.9904bf35da77ap-58, 0x1.bf6ba854b15d1p-55},
      {-0x1.e258d6f38ff40p-58, -0x1.53ef62369b76bp-55}};

  /**
   * The polynomials of {@link #R}, each padded with leading zeros to the longest and laid end to
   * end: every z runs the same number of steps, so the loop's exit is always predicted.
   */
  private static final double[] R_FLAT = flat(R);
  private static final int R_LENGTH = R_FLAT.length / R.length;
  /** {@link #R_LOW} laid end to end, two a polynomial. */
  private static final double[] R_LOW_FLAT = flat(R_LOW);

  /**
   * The polynomials of f': Hs on the first two intervals (where Gs = (z − z*)·Hs), Rs on the others
   * (where Gs = Rs − z/√(2π)), laid out as {@link #R_FLAT}, and their low parts.
   */
  private static final double[] G_FLAT = flat(new double[][] {H[0], H[1], R[2], R[3], R[4], R[5],
      R[6], R[7], R[8]});
  private static final double[] G_LOW_FLAT = flat(new double[][] {H_LOW[0], H_LOW[1], R_LOW[2],
      R_LOW[3], R_LOW[4], R_LOW[5], R_LOW[6], R_LOW[7], R_LOW[8]});
  /** 1 where {@link #G_FLAT} holds Hs (the first two intervals), 0 where it holds Rs. */
  private static final double[] G_IS_H = {1, 1, 0, 0, 0, 0, 0, 0, 0};

  /** z* where Rs(z) = z/√(2π), that is gelu'(−z*) = 0, as a double-double. */
  private static final double ROOT = 0x1.80ead197f00b4p-1;
  private static final double ROOT_LOW = -0x1.13e74c58cada8p-56;
  /** 1/√(2π) as a double-double. */
  private static final double C = 0x1.9884533d43651p-2;
  private static final double C_LOW = -0x1.cbc0d30ebfd15p-56;

  /**
   * add − (w + wLow)·Rs(z) for 0 &le; z &le; 40, with add = 0 or |add| at least twice the product:
   * Rs as a double-double, the product rounded once and then subtracted ({@link #minusTimes}).
   */
  static double minusTimesRs(double add, double w, double wLow, double z) {
    int k = interval(z);
    double t = z - R_MID[k];
    int base = k * R_LENGTH;
    double c1 = R_FLAT[base + 20];
    double c0 = R_FLAT[base + 21];
    double s = head(R_FLAT, base, t);
    double s1 = Math.fma(s, t, c1);
    double e1 = step(s, t, c1, s1) + R_LOW_FLAT[2 * k];
    double r = Math.fma(s1, t, c0);
    // (w + wLow)·Rs − w·r = w·(step error + e1·t + c0's low part) + wLow·r, summed in an order
    // that leaves three steps between r and the result (gelu's batch is bound by that chain)
    double small = Math.fma(w * t, e1, Math.fma(w, R_LOW_FLAT[2 * k + 1], wLow * r));
    return add - Math.fma(w, r, Math.fma(w, step(s1, t, c0, r), small));
  }

  /**
   * add − (w + wLow)·Gs(z) for 0 &le; z &le; 40, as {@link #minusTimesRs}, where
   * Gs(z) = Rs(z) − z/√(2π), so that gelu'(−z) = e^(−z²/2)·Gs(z). On [0, 1.5] Gs is
   * (z − z*)·Hs(z), which keeps its relative accuracy next to its zero z*; beyond, Rs(z) − z/√(2π)
   * cancels up to 1.5 ulp of Gs away, so both terms are double-doubles. The two forms are one,
   * A·P − B, chosen without a branch: A = z − z* and B = 0 on [0, 1.5], A = 1 and B = z/√(2π)
   * beyond.
   */
  static double minusTimesGs(double add, double w, double wLow, double z) {
    int k = interval(z);
    double t = z - R_MID[k];
    int base = k * R_LENGTH;
    double c1 = G_FLAT[base + 20];
    double c0 = G_FLAT[base + 21];
    double s = head(G_FLAT, base, t);
    double s1 = Math.fma(s, t, c1);
    double p = Math.fma(s1, t, c0);
    double pLow = Math.fma(step(s, t, c1, s1) + G_LOW_FLAT[2 * k], t,
        step(s1, t, c0, p) + G_LOW_FLAT[2 * k + 1]);
    double isH = G_IS_H[k];
    double d = z - ROOT; // exact on [ROOT/2, 1.5]; below, its error is carried in dError
    double dError = z - (d + ROOT);
    double a = d - ROOT_LOW; // d is 0 or larger than ROOT_LOW: the next line is its exact error
    double aLow = isH * (((d - a) - ROOT_LOW) + dError);
    a = Math.fma(isH, a, 1 - isH); // exact: a or 1
    double ap = a * p;
    double apLow = Math.fma(a, p, -ap) + Math.fma(a, pLow, aLow * p);
    double b = (1 - isH) * z;
    double cb = C * b;
    double cbLow = Math.fma(C, b, -cb) + C_LOW * b;
    double g = ap - cb; // |cb| > |ap| beyond 1.5, and cb = 0 below: the error is the next line's
    double gLow = (ap - (g + cb)) + (apLow - cbLow);
    return minusTimes(add, w, wLow, g, gLow);
  }

  /**
   * add − (w + wLow)·(v + vLow): the product of the double-doubles rounded once, then subtracted.
   * With add = 0 that is the one rounding; otherwise the product is at most half of the result, so
   * that its rounding costs at most 0.5 ulp of the result (carrying the sum's error too lengthened
   * gelu's chain of dependent steps by a fifth). Subtracted, not added negated, so that add = −0
   * with w = 0 gives −0.
   */
  private static double minusTimes(double add, double w, double wLow, double v, double vLow) {
    return add - Math.fma(w, v, Math.fma(w, vLow, wLow * v));
  }

  private static int interval(double z) {
    int k = 0;
    for (int i = 0; i < R_UPPER.length - 1; i++) { // the same eight comparisons for every z
      k += z > R_UPPER[i] ? 1 : 0;
    }
    return k;
  }

  private static double[] flat(double[][] polynomials) {
    int n = 0;
    for (double[] p : polynomials) {
      n = Math.max(n, p.length);
    }
    double[] out = new double[n * polynomials.length];
    for (int k = 0; k < polynomials.length; k++) {
      double[] p = polynomials[k];
      System.arraycopy(p, 0, out, (k + 1) * n - p.length, p.length);
    }
    return out;
  }

  /**
   * The polynomial at c[base..base + 20) (highest degree first) at t: all but the last two
   * coefficients, which the callers add with the rounding errors of their steps ({@link #step})
   * and their low parts; times t², the sum returned is at most 0.09 of the whole polynomial, so
   * that its own error moves the value by less than 0.1 ulp. Its terms of degree 6 and up make
   * less than 1.1e-3 of the value on every interval: they are summed as four chains of four terms
   * side by side, (h0 + t^4·h1) + t^8·(h2 + t^4·h3), then four steps of Horner's rule, so that the
   * result is as accurate as Horner's rule all the way with half its chain of fused multiply-adds
   * to wait on.
   */
  private static double head(double[] c, int base, double t) {
    double h3 = c[base];
    double h2 = c[base + 4];
    double h1 = c[base + 8];
    double h0 = c[base + 12];
    for (int i = 1; i < 4; i++) {
      h3 = Math.fma(h3, t, c[base + i]);
      h2 = Math.fma(h2, t, c[base + 4 + i]);
      h1 = Math.fma(h1, t, c[base + 8 + i]);
      h0 = Math.fma(h0, t, c[base + 12 + i]);
    }
    double t2 = t * t;
    double t4 = t2 * t2;
    double s = Math.fma(Math.fma(h3, t4, h2), t4 * t4, Math.fma(h1, t4, h0));
    for (int i = 16; i < 20; i++) {
      s = Math.fma(s, t, c[base + i]);
    }
    return s;
  }

  /**
   * The rounding error of r = fma(s, t, c), nearly exact, for |s·t| &le; |c|/2 (so that c − r is
   * exact; on every interval |s·t| &le; 0.41·|c| in both steps).
   */
  private static double step(double s, double t, double c, double r) {
    return Math.fma(s, t, c - r);
  }
}
