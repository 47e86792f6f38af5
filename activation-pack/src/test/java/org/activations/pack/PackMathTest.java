package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
      assertSameDouble(StrictMath.expm1(u), PackMath.expm1(u), u);
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
          assertSameDouble(StrictMath.expm1(u), PackMath.expm1(u), u);
          tried++;
        }
      }
    }
    for (double u : new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 800, -800}) {
      assertSameDouble(StrictMath.expm1(u), PackMath.expm1(u), u);
    }
    System.out.printf("[expm1] %,d points equal to StrictMath.expm1%n", tried);
  }

  private static void assertSameDouble(double expected, double actual, double u) {
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
        () -> "expm1(" + u + ") = " + actual + ", StrictMath " + expected);
  }
}
