package org.activations.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;

/**
 * Sigmoid and tanh at random points, against a 60-digit BigDecimal evaluation: the reference file has
 * a grid of 1/8, this reaches between its points and far into the tails.
 */
class HighPrecisionAccuracyTest {
  private static final MathContext MC = new MathContext(60);
  private static final int POINTS = Integer.getInteger("accuracy.points", 4000);
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();

  /** e^x to 60 digits: halve until small, Taylor series, square back. */
  static BigDecimal exp(BigDecimal x) {
    int halvings = 0;
    BigDecimal r = x;
    BigDecimal small = new BigDecimal("0.0001");
    while (r.abs().compareTo(small) > 0) {
      r = r.divide(BigDecimal.valueOf(2), MC);
      halvings++;
    }
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    for (int n = 1; n < 30; n++) {
      term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
      sum = sum.add(term, MC);
    }
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, MC);
    }
    return sum;
  }

  private static BigDecimal onePlus(BigDecimal e) {
    return BigDecimal.ONE.add(e, MC);
  }

  static double sigmoid(BigDecimal x) {
    return BigDecimal.ONE.divide(onePlus(exp(x.negate())), MC).doubleValue();
  }

  static double sigmoidDerivative(BigDecimal x) {
    BigDecimal e = exp(x.abs().negate());
    return e.divide(onePlus(e).pow(2, MC), MC).doubleValue();
  }

  static double tanh(BigDecimal x) {
    BigDecimal e = exp(x.multiply(BigDecimal.valueOf(2)));
    return e.subtract(BigDecimal.ONE, MC).divide(onePlus(e), MC).doubleValue();
  }

  static double tanhDerivative(BigDecimal x) {
    BigDecimal e = exp(x.abs().multiply(BigDecimal.valueOf(-2)));
    return e.multiply(BigDecimal.valueOf(4)).divide(onePlus(e).pow(2, MC), MC).doubleValue();
  }

  /** Half the points uniform on [-40, 40], half log-uniform in magnitude from 1e-10 to 1e2.9. */
  private static double[] points() {
    SplittableRandom random = new SplittableRandom(20261129);
    double[] xs = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      double x = i % 2 == 0
          ? random.nextDouble(-40, 40)
          : Math.pow(10, random.nextDouble(-10, 2.9)) * (random.nextBoolean() ? 1 : -1);
      xs[i] = x;
    }
    return xs;
  }

  private static void check(String what, DoubleUnaryOperator ours, Function<BigDecimal, Double> exact) {
    long worst = 0;
    double worstX = 0;
    for (double x : points()) {
      long u = Ulps.between(ours.applyAsDouble(x), exact.apply(new BigDecimal(x)));
      if (u > worst) {
        worst = u;
        worstX = x;
      }
    }
    System.out.printf("[accuracy] %s: worst %d ulp at x = %s over %d random points%n",
        what, worst, worstX, POINTS);
    assertEquals(true, worst <= 1, what + ": " + worst + " ulp at x = " + worstX);
  }

  @Test
  void sigmoidWithinOneUlp() {
    Activation f = REGISTRY.get("sigmoid");
    check("sigmoid f", f::apply, HighPrecisionAccuracyTest::sigmoid);
    check("sigmoid f'", f::derivative, HighPrecisionAccuracyTest::sigmoidDerivative);
  }

  @Test
  void tanhWithinOneUlp() {
    Activation f = REGISTRY.get("tanh");
    check("tanh f", f::apply, HighPrecisionAccuracyTest::tanh);
    check("tanh f'", f::derivative, HighPrecisionAccuracyTest::tanhDerivative);
  }
}
