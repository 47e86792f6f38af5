package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;

/**
 * The pack's smooth functions at random points against 50-digit BigDecimal evaluations of the
 * formulas in PyTorch's documentation; the bounds asserted are the measured worst cases, in ulps.
 */
class PackAccuracyTest {
  private static final MathContext MC = new MathContext(50);
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();
  private static final int POINTS = 3000;

  static BigDecimal exp(BigDecimal x) {
    return exp(x, MC);
  }

  /** e^x to the precision of {@code mc}: halve until small, Taylor series, square back. */
  static BigDecimal exp(BigDecimal x, MathContext mc) {
    int halvings = 0;
    BigDecimal r = x;
    while (r.abs().compareTo(new BigDecimal("0.001")) > 0) {
      r = r.divide(BigDecimal.valueOf(2), mc);
      halvings++;
    }
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    for (int n = 1; n < 15 + mc.getPrecision() / 5; n++) {
      term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
      sum = sum.add(term, mc);
    }
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, mc);
    }
    return sum;
  }

  /** Natural log by Newton's method on exp, from the double log as a start. */
  static BigDecimal log(BigDecimal x) {
    BigDecimal y = new BigDecimal(Math.log(x.doubleValue()));
    for (int i = 0; i < 4; i++) {
      BigDecimal e = exp(y);
      y = y.add(BigDecimal.valueOf(2).multiply(x.subtract(e, MC), MC).divide(x.add(e, MC), MC), MC);
    }
    return y;
  }

  static BigDecimal sigmoid(BigDecimal x) {
    return BigDecimal.ONE.divide(BigDecimal.ONE.add(exp(x.negate()), MC), MC);
  }

  static BigDecimal softplus(BigDecimal x) {
    return x.signum() > 0 ? x.add(log(BigDecimal.ONE.add(exp(x.negate()), MC)), MC)
        : log(BigDecimal.ONE.add(exp(x), MC));
  }

  static BigDecimal tanh(BigDecimal x) {
    BigDecimal e = exp(x.multiply(BigDecimal.valueOf(-2)).abs().negate());
    BigDecimal t = BigDecimal.ONE.subtract(e, MC).divide(BigDecimal.ONE.add(e, MC), MC);
    return x.signum() < 0 ? t.negate() : t;
  }

  private static long ulps(double got, double want) {
    if (got == want) {
      return 0;
    }
    long a = Double.doubleToLongBits(got + 0.0);
    long b = Double.doubleToLongBits(want + 0.0);
    a = a < 0 ? Long.MIN_VALUE - a : a;
    b = b < 0 ? Long.MIN_VALUE - b : b;
    return Math.abs(a - b);
  }

  /** Φ(x) to 160 digits: 1/2 + φ(x)·Σ x^(2n+1)/(2n+1)!!, whose terms all have the sign of x. */
  static BigDecimal cdf(BigDecimal x) {
    MathContext mc = new MathContext(160);
    BigDecimal x2 = x.multiply(x, mc);
    BigDecimal term = x;
    BigDecimal sum = x;
    for (int n = 1; n < 5000; n++) {
      term = term.multiply(x2, mc).divide(BigDecimal.valueOf(2L * n + 1), mc);
      sum = sum.add(term, mc);
      if (term.abs().compareTo(sum.abs().movePointLeft(150)) < 0) {
        break;
      }
    }
    BigDecimal pi = new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230664709384460955058223172535940812848111745");
    BigDecimal density = exp(x2.divide(BigDecimal.valueOf(2), mc).negate(), mc)
        .divide(pi.multiply(BigDecimal.valueOf(2), mc).sqrt(mc), mc);
    return new BigDecimal("0.5").add(density.multiply(sum, mc), mc);
  }

  /** Known bugs elsewhere: Mish with log2 instead of ln, and its float derivative NaN from x = 23. */
  @Test
  void mishUsesTheNaturalLogAndItsFloatDerivativeStaysFinite() {
    Activation mish = REGISTRY.get("mish");
    // mish(1) = tanh(ln(1 + e)) = 0.8650983882673103 (with log2 it would be 0.9223...)
    assertTrue(Math.abs(mish.apply(1.0) - 0.8650983882673103) <= Math.ulp(0.8650983882673103));
    for (float x = 20f; x <= 1e6f; x *= 1.5f) {
      float d = mish.derivativeFloat(x);
      assertTrue(d == 1f || Math.abs(d - 1f) < 1e-6f, "mish'(" + x + "f) = " + d);
    }
    assertTrue(mish.derivativeFloat(Float.MAX_VALUE) == 1f);
  }

  @Test
  void exactGeluIsWithinThreeUlps() {
    Activation f = REGISTRY.get("gelu");
    SplittableRandom random = new SplittableRandom(9);
    long worst = 0;
    double worstX = 0;
    int points = 600;
    for (int i = 0; i < points; i++) {
      double x = i % 2 == 0 ? random.nextDouble(-20, 20)
          : Math.pow(10, random.nextDouble(-8, 1.2)) * (random.nextBoolean() ? 1 : -1);
      BigDecimal bx = new BigDecimal(x);
      double want = bx.multiply(cdf(bx), MC).doubleValue();
      long u = ulps(f.apply(x), want);
      if (u > worst) {
        worst = u;
        worstX = x;
      }
    }
    String line = String.format("[pack accuracy] gelu: worst %d ulp at x = %s over %d points%n",
        worst, worstX, points);
    System.out.print(line);
    assertTrue(worst <= 3, line);
  }

  @Test
  void smoothFunctionsAreWithinTheirMeasuredBounds() {
    BigDecimal sqrt2OverPi = new BigDecimal(Math.sqrt(2 / Math.PI)); // PyTorch's double constant
    Map<String, Function<BigDecimal, BigDecimal>> exact = new LinkedHashMap<>();
    exact.put("elu", x -> x.signum() > 0 ? x : exp(x).subtract(BigDecimal.ONE, MC));
    exact.put("celu(alpha=2.0)", x -> x.signum() > 0 ? x
        : BigDecimal.valueOf(2).multiply(exp(x.divide(BigDecimal.valueOf(2), MC)).subtract(BigDecimal.ONE, MC), MC));
    exact.put("softplus", PackAccuracyTest::softplus);
    exact.put("log_sigmoid", x -> softplus(x.negate()).negate());
    exact.put("swish", x -> x.multiply(sigmoid(x), MC));
    exact.put("mish", x -> x.multiply(tanh(softplus(x)), MC));
    exact.put("gelu_tanh", x -> {
      // PyTorch's constants as the doubles its code uses: sqrt(2/pi) and 0.044715
      BigDecimal u = sqrt2OverPi.multiply(x.add(new BigDecimal(0.044715).multiply(x.pow(3), MC), MC), MC);
      return x.multiply(sigmoid(u.multiply(BigDecimal.valueOf(2))), MC);
    });
    exact.put("tanhshrink", x -> x.subtract(tanh(x), MC));
    exact.put("softsign", x -> x.divide(BigDecimal.ONE.add(x.abs(), MC), MC));
    Map<String, Long> bounds = Map.of("elu", 1L, "celu(alpha=2.0)", 1L, "softplus", 1L,
        "log_sigmoid", 1L, "swish", 2L, "mish", 3L, "gelu_tanh", 2L, "tanhshrink", 2L, "softsign", 1L);
    for (Map.Entry<String, Function<BigDecimal, BigDecimal>> e : exact.entrySet()) {
      Activation f = REGISTRY.get(e.getKey());
      SplittableRandom random = new SplittableRandom(5);
      long worst = 0;
      double worstX = 0;
      for (int i = 0; i < POINTS; i++) {
        double x = i % 2 == 0 ? random.nextDouble(-20, 20)
            : Math.pow(10, random.nextDouble(-8, 1.5)) * (random.nextBoolean() ? 1 : -1);
        double want = e.getValue().apply(new BigDecimal(x)).doubleValue();
        long u = ulps(f.apply(x), want);
        if (u > worst) {
          worst = u;
          worstX = x;
        }
      }
      String line = String.format("[pack accuracy] %s: worst %d ulp at x = %s over %d points%n",
          e.getKey(), worst, worstX, POINTS);
      System.out.print(line);
      assertTrue(worst <= bounds.get(e.getKey()), line);
    }
  }
}
