package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared sample's promise, checked on its points for several seeds: every interval of width 1e-4
 * in [-6, 6], and every band [a, a·(1 + 1e-4)] with 1e-10 ≤ |a| and |a|·(1 + 1e-4) ≤ 1e10, contains a
 * point. (With each point jittered over its whole cell, 41 % of the window's neighbours were more
 * than 1e-4 apart.)
 */
class SamplePointsTest {

  @ParameterizedTest
  @CsvSource({"20261129", "1", "-7", "123456789"})
  void noTwoNeighboursOnTheWindowAreMoreThanOneTenThousandthApart(long seed) {
    double[] xs = SamplePoints.shared(seed);
    double previous = -SamplePoints.WINDOW;
    double widest = 0;
    for (double x : xs) {
      if (Math.abs(x) <= SamplePoints.WINDOW) {
        widest = Math.max(widest, x - previous);
        previous = x;
      }
    }
    widest = Math.max(widest, SamplePoints.WINDOW - previous);
    assertTrue(widest <= SamplePoints.WINDOW_GAP, "a gap of " + widest);
    assertTrue(widest > 0.95 * SamplePoints.WINDOW_GAP, "the widest gap " + widest + " wastes points");
  }

  @ParameterizedTest
  @CsvSource({"20261129, 1", "20261129, -1", "1, 1", "-7, -1"})
  void noTwoNeighboursOfTheCoreSweepAreMoreThanOneTenThousandthApart(long seed, double sign) {
    double[] xs = SamplePoints.shared(seed);
    double previous = SamplePoints.CORE_LOW;
    double widest = 0;
    for (int i = 0; i < xs.length; i++) {
      double m = sign * xs[sign > 0 ? i : xs.length - 1 - i]; // increasing magnitudes
      if (m >= SamplePoints.CORE_LOW && m <= SamplePoints.CORE_HIGH) {
        widest = Math.max(widest, m / previous - 1);
        previous = m;
      }
    }
    widest = Math.max(widest, SamplePoints.CORE_HIGH / previous - 1);
    assertTrue(widest <= SamplePoints.CORE_GAP, "a gap of " + widest);
    assertTrue(widest > 0.95 * SamplePoints.CORE_GAP, "the widest gap " + widest + " wastes points");
  }
}
