package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pack's own expm1 is fdlibm's, so it must give StrictMath's double, bit for bit. */
class PackMathTest {
  @Test
  void expm1IsStrictMathsExpm1() {
    SplittableRandom random = new SplittableRandom(11);
    int tried = 0;
    for (int i = 0; i < 2_000_000; i++) {
      double u = i % 2 == 0 ? random.nextDouble(-1.1, 1.1)
          : (random.nextBoolean() ? 1 : -1) * Math.scalb(random.nextDouble(1, 2), random.nextInt(-1080, 1));
      assertSameDouble(StrictMath.expm1(u), Expm1.near(u), u);
      tried++;
    }
    // the reduction bounds and their neighbours, both signs, and the specials
    double[] edges = {0x1p-54, 0.34657359027997264, Double.longBitsToDouble(0x3fd62e4300000000L),
        1.0397207708399179, Double.longBitsToDouble(0x3ff0a2b200000000L), 0.25, 0.5, 0.6931471805599453};
    for (double edge : edges) {
      for (double sign : new double[] {-1, 1}) {
        double u = sign * edge;
        for (int k = 0; k < 64; k++) {
          u = Math.nextDown(u);
        }
        for (int k = 0; k < 128; k++, u = Math.nextUp(u)) {
          assertSameDouble(StrictMath.expm1(u), Expm1.near(u), u);
          tried++;
        }
      }
    }
    for (double u : new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 800, -800}) {
      assertSameDouble(StrictMath.expm1(u), Expm1.near(u), u);
    }
    System.out.printf("[expm1] %,d points equal to StrictMath.expm1%n", tried);
  }

  /**
   * The branch-free e^u − 1 of the elu family, for u &le; 0, against e^u − 1 to 40 digits: within
   * 0.8 ulp everywhere, both sides of each switch of its reduction (u = (j + 1/2)·ln 2) and of its
   * hold at −40 included, and exact at the specials. Where its result lies just below 1/4 in
   * magnitude (u near −0.283) a form that rounded r + r²·S(r) as a whole reached 0.94 ulp.
   */
  @Test
  void expm1NonPositiveIsWithinOneUlp() {
    SplittableRandom random = new SplittableRandom(12);
    double worst = 0;
    double worstAt = 0;
    int tried = 0;
    double[] near = new double[256 * 6];
    double[] switches = {-0.5 * Math.log(2), -1.5 * Math.log(2), -2.5 * Math.log(2),
        -40.5 * Math.log(2), -40, -0.2828320153726776};
    for (int k = 0; k < near.length; k++) {
      double u0 = switches[k / 256];
      near[k] = u0 + (k % 256 - 128) * Math.ulp(u0);
    }
    for (int i = 0; i < 200_000 + near.length; i++) {
      double u = i >= 200_000 ? near[i - 200_000] : i % 2 == 0 ? -random.nextDouble(0, 40)
          : -Math.scalb(random.nextDouble(1, 2), random.nextInt(-1074, 1));
      double err = ulps(Expm1.nonPositive(u), u);
      if (err > worst) {
        worst = err;
        worstAt = u;
      }
      tried++;
    }
    System.out.printf("[expm1] branch-free e^u - 1: %,d points, at most %.3f ulp (at %s)%n", tried,
        worst, worstAt);
    assertTrue(worst <= 0.8, worst + " ulp at " + worstAt);
    assertSameDouble(-0.0, Expm1.nonPositive(-0.0), -0.0);
    assertSameDouble(0.0, Expm1.nonPositive(0.0), 0.0);
    assertSameDouble(-1.0, Expm1.nonPositive(Double.NEGATIVE_INFINITY), Double.NEGATIVE_INFINITY);
    assertSameDouble(Double.NaN, Expm1.nonPositive(Double.NaN), Double.NaN);
  }

  /** |v − (e^u − 1)| in ulps of the exact value, from a 40-digit e^u. */
  private static double ulps(double v, double u) {
    java.math.MathContext mc = new java.math.MathContext(40);
    java.math.BigDecimal x = new java.math.BigDecimal(u);
    java.math.BigDecimal term = java.math.BigDecimal.ONE;
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    // e^u − 1 = Σ_{k≥1} u^k/k!: converges for every u here; below −1 it is summed from e^u instead
    if (u < -1) {
      double e = Math.exp(u); // only to pick the scale: the sum below is exact enough
      java.math.BigDecimal exp = java.math.BigDecimal.ONE;
      java.math.BigDecimal half = new java.math.BigDecimal(u / 64);
      java.math.BigDecimal t = java.math.BigDecimal.ONE;
      java.math.BigDecimal s = java.math.BigDecimal.ONE;
      for (int k = 1; k < 60 && !negligible(t, s); k++) {
        t = t.multiply(half, mc).divide(java.math.BigDecimal.valueOf(k), mc);
        s = s.add(t, mc);
      }
      exp = s.pow(64, mc);
      sum = exp.subtract(java.math.BigDecimal.ONE, mc);
      assertTrue(Math.abs(sum.doubleValue() - (e - 1)) < 1e-14);
    } else {
      for (int k = 1; k < 80 && (k == 1 || !negligible(term, sum)); k++) {
        term = term.multiply(x, mc).divide(java.math.BigDecimal.valueOf(k), mc);
        sum = sum.add(term, mc);
      }
    }
    double exact = sum.doubleValue();
    return new java.math.BigDecimal(v).subtract(sum, mc).abs().doubleValue() / Math.ulp(exact);
  }

  /** True once a term of a series with |u| &le; 1 no longer reaches the 40th digit of its sum. */
  private static boolean negligible(java.math.BigDecimal term, java.math.BigDecimal sum) {
    return term.signum() == 0 || sum.signum() != 0
        && term.abs().compareTo(sum.abs().movePointLeft(42)) < 0;
  }

  private static void assertSameDouble(double expected, double actual, double u) {
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
        () -> "expm1(" + u + ") = " + actual + ", StrictMath " + expected);
  }
}
