package org.activations.pack;

import static org.activations.pack.HighPrecision.TWO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pack at random points over the whole double range, against our own 60-digit BigDecimal
 * evaluations of the definitions (the reference files hold other points): a third of the points
 * log-uniform in magnitude from MIN_VALUE to MAX_VALUE with a random sign, a third uniform on
 * [−8, 8], a third in the function's hard region. Forward ≤ 2 ulp, f' ≤ 4 ulp; the
 * piecewise-linear functions correctly rounded. Prints {@code [accuracy] spec form max-ulp count}.
 */
class PackHighPrecisionTest {
  private static final MathContext MC = HighPrecision.digits(60);
  private static final int POINTS = Integer.getInteger("accuracy.points", 600);
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();
  private static final Map<String, String> MEASURED = new TreeMap<>();

  @AfterAll
  static void report() {
    MEASURED.forEach((k, v) -> System.out.println("[accuracy] " + k + " " + v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gelu", "gelu_tanh", "swish", "swish(beta=1.5)", "mish", "softplus",
      "softplus(beta=0.5)", "log_sigmoid", "elu", "elu(alpha=0.5)", "celu(alpha=2)", "selu",
      "tanhshrink", "softsign", "hard_swish", "leaky_relu", "prelu(alpha=0.1)",
      "rrelu(lower=0.1, upper=0.3)", "relu6", "hard_tanh(min_val=-2, max_val=3)", "hard_sigmoid",
      "hardshrink", "softshrink(lambda=1)", "threshold(threshold=1, value=-2)"})
  void randomPointsOverTheWholeRange(String spec) {
    Activation f = REGISTRY.get(spec);
    String name = f.info().name();
    Map<String, Double> p = PackReferenceTest.parameters(f.spec());
    boolean exact = PackReferenceTest.PIECEWISE_LINEAR.contains(name);
    SplittableRandom random = new SplittableRandom(spec.hashCode());
    long worstF = 0;
    long worstD = 0;
    double atF = 0;
    double atD = 0;
    for (int i = 0; i < POINTS; i++) {
      double x = point(name, random, i);
      BigDecimal[] want = exact(name, p, new BigDecimal(x));
      long uf = Ulps.between(f.apply(x), want[0].doubleValue());
      long ud = Ulps.between(f.derivative(x), want[1].doubleValue());
      if (uf > worstF) {
        worstF = uf;
        atF = x;
      }
      if (ud > worstD) {
        worstD = ud;
        atD = x;
      }
    }
    MEASURED.put(String.format("%-34s %-11s", spec, "random f"), worstF + " " + POINTS
        + (worstF > 0 ? " (at " + Double.toHexString(atF) + ")" : ""));
    MEASURED.put(String.format("%-34s %-11s", spec, "random f'"), worstD + " " + POINTS
        + (worstD > 0 ? " (at " + Double.toHexString(atD) + ")" : ""));
    assertEquals(true, worstF <= (exact ? 0 : 2), spec + " f: " + worstF + " ulp at " + atF);
    assertEquals(true, worstD <= (exact ? 0 : 4), spec + " f': " + worstD + " ulp at " + atD);
  }

  /** The ends of the |x| ranges over which tanhshrink sums its series to a fixed term. */
  private static final double[] TANHSHRINK_TIERS = {1e-5, 0.125, 0.5, 0.85, 1.25};

  private static double point(String name, SplittableRandom random, int i) {
    double sign = random.nextBoolean() ? 1 : -1;
    switch (i % 3) {
      case 0:
        return sign * Math.exp(random.nextDouble(Math.log(Double.MIN_VALUE),
            Math.log(Double.MAX_VALUE)));
      case 1:
        return random.nextDouble(-8, 8);
      default:
        return switch (name) {
          case "gelu" -> random.nextDouble(-40, -5);
          case "gelu_tanh" -> random.nextDouble(-25, -5);
          case "swish", "mish" -> random.nextDouble(-745, -20);
          case "log_sigmoid" -> random.nextDouble(20, 745);
          case "softplus" -> random.nextDouble(-745, -20);
          // half of them just below the ends of the series' tiers of terms, where each is shortest
          case "tanhshrink" -> i % 2 == 0
              ? sign * Math.exp(random.nextDouble(Math.log(1e-8), Math.log(0.1)))
              : sign * TANHSHRINK_TIERS[random.nextInt(TANHSHRINK_TIERS.length)]
                  * (1 - random.nextDouble(0.05));
          case "softsign" -> sign * Math.exp(random.nextDouble(Math.log(1e154), Math.log(1e308)));
          case "elu", "celu", "selu" -> random.nextDouble(-40, 0);
          default -> random.nextDouble(-3.5, 3.5); // around the kinks and zeros of f'
        };
    }
  }

  /** f(x) and f'(x) from the definitions, to 60 digits. */
  static BigDecimal[] exact(String name, Map<String, Double> p, BigDecimal x) {
    BigDecimal one = BigDecimal.ONE;
    return switch (name) {
      case "swish" -> {
        BigDecimal z = x.multiply(new BigDecimal(p.get("beta")));
        BigDecimal s = HighPrecision.sigmoid(z, MC);
        BigDecimal sm = HighPrecision.sigmoid(z.negate(), MC);
        yield pair(x.multiply(s, MC), s.multiply(one.add(z.multiply(sm, MC), MC), MC));
      }
      case "softplus" -> {
        BigDecimal beta = new BigDecimal(p.get("beta"));
        BigDecimal z = x.multiply(beta);
        yield pair(HighPrecision.softplus(z, MC).divide(beta, MC), HighPrecision.sigmoid(z, MC));
      }
      case "log_sigmoid" -> pair(HighPrecision.softplus(x.negate(), MC).negate(),
          HighPrecision.sigmoid(x.negate(), MC));
      case "mish" -> {
        // t = tanh(sp) = −m/(2 + m), m = expm1(−2 sp); 1 − t² = 4q/(1 + q)², q = e^(−2 sp)
        BigDecimal sp = HighPrecision.softplus(x, MC);
        BigDecimal q = HighPrecision.exp(sp.multiply(TWO).negate(), MC);
        BigDecimal m = HighPrecision.expm1(sp.multiply(TWO).negate(), MC);
        BigDecimal t = m.negate().divide(m.add(TWO), MC);
        BigDecimal sech2 = q.multiply(BigDecimal.valueOf(4)).divide(one.add(q).pow(2), MC);
        yield pair(x.multiply(t, MC), t.add(x.multiply(sech2).multiply(
            HighPrecision.sigmoid(x, MC)), MC));
      }
      case "gelu" -> {
        if (x.abs().compareTo(BigDecimal.valueOf(45)) > 0) {
          yield x.signum() > 0 ? pair(x, one) : pair(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal cdf = HighPrecision.cdf(x, MC);
        yield pair(x.multiply(cdf, MC), cdf.add(x.multiply(HighPrecision.density(x, MC)), MC));
      }
      case "gelu_tanh" -> {
        if (x.abs().compareTo(BigDecimal.valueOf(1e6)) > 0) {
          yield x.signum() > 0 ? pair(x, one) : pair(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal k = new BigDecimal(GeluTanh.K);
        BigDecimal c = new BigDecimal(GeluTanh.CUBIC);
        BigDecimal v = TWO.multiply(k).multiply(x.add(c.multiply(x.pow(3))));
        BigDecimal dv = TWO.multiply(k).multiply(one.add(c.multiply(BigDecimal.valueOf(3))
            .multiply(x.pow(2))));
        BigDecimal s = HighPrecision.sigmoid(v, MC);
        BigDecimal sm = HighPrecision.sigmoid(v.negate(), MC);
        yield pair(x.multiply(s, MC), s.multiply(one.add(x.multiply(dv).multiply(sm, MC), MC), MC));
      }
      case "elu", "celu", "selu" -> {
        BigDecimal scale = name.equals("selu") ? new BigDecimal(Selu.SCALE_TEXT) : one;
        BigDecimal alpha = name.equals("selu") ? new BigDecimal(Selu.ALPHA_TEXT)
            : new BigDecimal(p.get("alpha"));
        BigDecimal c = name.equals("celu") ? alpha : one;
        if (x.signum() > 0) {
          yield pair(scale.multiply(x), scale);
        }
        BigDecimal u = x.divide(c, MC);
        yield pair(scale.multiply(alpha).multiply(HighPrecision.expm1(u, MC), MC),
            scale.multiply(alpha).divide(c, MC).multiply(HighPrecision.exp(u, MC), MC));
      }
      case "tanhshrink" -> {
        if (x.abs().compareTo(new BigDecimal("1e-100")) < 0) {
          yield pair(x.pow(3).divide(BigDecimal.valueOf(3), MC), x.pow(2));
        }
        double xd = Math.abs(x.doubleValue());
        MathContext work = HighPrecision.digits(70 + (int) Math.max(0, -2 * Math.log10(xd)));
        // tanh x = expm1(2x)/(expm1(2x) + 2)
        BigDecimal m = HighPrecision.expm1(x.multiply(TWO).abs().negate(), work);
        BigDecimal t = m.negate().divide(m.add(TWO), work);
        t = x.signum() < 0 ? t.negate() : t;
        yield pair(x.subtract(t, work).round(MC), t.pow(2, MC));
      }
      case "softsign" -> {
        BigDecimal d = one.add(x.abs());
        yield pair(x.divide(d, MC), one.divide(d.pow(2), MC));
      }
      case "hard_swish" -> x.compareTo(BigDecimal.valueOf(-3)) <= 0
          ? pair(BigDecimal.ZERO, BigDecimal.ZERO)
          : x.compareTo(BigDecimal.valueOf(3)) >= 0 ? pair(x, one)
          : pair(x.multiply(x.add(BigDecimal.valueOf(3))).divide(BigDecimal.valueOf(6), MC),
              x.multiply(TWO).add(BigDecimal.valueOf(3)).divide(BigDecimal.valueOf(6), MC));
      default -> piecewiseLinear(name, p, x);
    };
  }

  private static BigDecimal[] piecewiseLinear(String name, Map<String, Double> p, BigDecimal x) {
    BigDecimal one = BigDecimal.ONE;
    BigDecimal zero = BigDecimal.ZERO;
    Function<String, BigDecimal> param = k -> new BigDecimal(p.get(k));
    return switch (name) {
      case "leaky_relu", "prelu", "rrelu" -> {
        BigDecimal a = name.equals("rrelu") ? param.apply("lower").add(param.apply("upper"))
            .divide(TWO) : param.apply("alpha");
        yield x.signum() >= 0 ? pair(x, x.signum() > 0 ? one : a) : pair(a.multiply(x), a);
      }
      case "relu6", "hard_tanh" -> {
        BigDecimal lo = name.equals("relu6") ? zero : param.apply("min_val");
        BigDecimal hi = name.equals("relu6") ? BigDecimal.valueOf(6) : param.apply("max_val");
        yield pair(x.max(lo).min(hi), x.compareTo(lo) > 0 && x.compareTo(hi) < 0 ? one : zero);
      }
      case "hard_sigmoid" -> {
        BigDecimal six = BigDecimal.valueOf(6);
        BigDecimal y = x.add(BigDecimal.valueOf(3)).max(zero).min(six).divide(six, MC);
        boolean inside = x.abs().compareTo(BigDecimal.valueOf(3)) < 0;
        yield pair(y, inside ? one.divide(six, MC) : zero);
      }
      case "hardshrink", "softshrink" -> {
        BigDecimal l = param.apply("lambda");
        if (x.abs().compareTo(l) <= 0) {
          yield pair(zero, zero);
        }
        BigDecimal y = name.equals("hardshrink") ? x
            : x.signum() > 0 ? x.subtract(l) : x.add(l);
        yield pair(y, one);
      }
      case "threshold" -> x.compareTo(param.apply("threshold")) > 0 ? pair(x, one)
          : pair(param.apply("value"), zero);
      default -> throw new AssertionError("no definition for " + name);
    };
  }

  private static BigDecimal[] pair(BigDecimal f, BigDecimal d) {
    return new BigDecimal[] {f, d};
  }
}
