package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every row of {@code pack-double.csv} and {@code pack-float.csv} (32 specs, correctly rounded
 * references), through the registry: forward ≤ 2 ulp, both derivative forms ≤ 4 ulp, float ≤ 1
 * ulp, and the piecewise-linear functions correctly rounded. The {@code conv} rows are PyTorch's
 * values at kinks and jumps, tested like any other row. The measured worst cases are printed as
 * {@code [accuracy] spec form max-ulp count} lines.
 */
class PackReferenceTest {
  /** The functions whose every value and derivative is correctly rounded. */
  static final Set<String> PIECEWISE_LINEAR = Set.of("leaky_relu", "prelu", "rrelu", "relu6",
      "hard_tanh", "hard_sigmoid", "hardshrink", "softshrink", "threshold");
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();
  private static final List<ReferenceRow> DOUBLE_ROWS = ReferenceRow.read("double");
  private static final List<ReferenceRow> FLOAT_ROWS = ReferenceRow.read("float");
  private static final Map<String, Activation> FUNCTIONS = new HashMap<>();
  private static final Map<String, String> MEASURED = new TreeMap<>();
  private static final MathContext MC = new MathContext(60);

  @AfterAll
  static void report() {
    MEASURED.forEach((k, v) -> System.out.println("[accuracy] " + k + " " + v));
  }

  private static Activation function(String spec) {
    return FUNCTIONS.computeIfAbsent(spec, REGISTRY::get);
  }

  @Test
  void everyPackFunctionHasRowsInBothFiles() {
    for (String name : PackConformanceTest.NAMES) {
      assertTrue(DOUBLE_ROWS.stream().anyMatch(r -> r.name().equals(name)), name);
      assertTrue(FLOAT_ROWS.stream().anyMatch(r -> r.name().equals(name)), name);
    }
    assertEquals(32, DOUBLE_ROWS.stream().map(ReferenceRow::spec).distinct().count());
  }

  @Test
  void doubleForward() {
    check("f(x)", DOUBLE_ROWS, 2, (f, r) -> Ulps.between(
        f.apply(Double.parseDouble(r.xText())), Double.parseDouble(r.yText())));
  }

  @Test
  void doubleDerivative() {
    check("f'(x)", DOUBLE_ROWS, 4, (f, r) -> Ulps.between(
        f.derivative(Double.parseDouble(r.xText())), Double.parseDouble(r.dydxText())));
  }

  /**
   * The output form at the reference's own (rounded) y against the exact value of the function's
   * formula in y at that y, rounded once: the output form can know no more than y.
   */
  @Test
  void doubleDerivativeFromOutput() {
    check("f'(y)", DOUBLE_ROWS, 4, (f, r) -> {
      if (!f.hasDerivativeFromOutput()) {
        return -1;
      }
      double y = Double.parseDouble(r.yText());
      double want = Double.isNaN(y) ? Double.NaN : outputForm(f, y).doubleValue();
      return Ulps.between(f.derivativeFromOutput(y), want);
    });
  }

  @Test
  void floatForward() {
    check("float f(x)", FLOAT_ROWS, 1, (f, r) -> Ulps.between(
        f.applyFloat(Float.parseFloat(r.xText())), Float.parseFloat(r.yText())));
  }

  @Test
  void floatDerivative() {
    check("float f'(x)", FLOAT_ROWS, 1, (f, r) -> Ulps.between(
        f.derivativeFloat(Float.parseFloat(r.xText())), Float.parseFloat(r.dydxText())));
  }

  @Test
  void floatDerivativeFromOutput() {
    check("float f'(y)", FLOAT_ROWS, 1, (f, r) -> {
      if (!f.hasDerivativeFromOutput()) {
        return -1;
      }
      float y = Float.parseFloat(r.yText());
      float want = Float.isNaN(y) ? Float.NaN : outputForm(f, y).floatValue();
      return Ulps.between(f.derivativeFromOutputFloat(y), want);
    });
  }

  /** f' as the exact function of y that each output form stands for, at the given y. */
  static BigDecimal outputForm(Activation f, double y) {
    Map<String, Double> p = parameters(f.spec());
    String name = f.info().name();
    BigDecimal by = Double.isFinite(y) ? new BigDecimal(y) : null; // used on finite branches only
    return switch (name) {
      case "leaky_relu", "prelu" -> y > 0 ? BigDecimal.ONE : new BigDecimal(p.get("alpha"));
      case "rrelu" -> y > 0 ? BigDecimal.ONE : new BigDecimal(p.get("lower"))
          .add(new BigDecimal(p.get("upper"))).divide(BigDecimal.valueOf(2));
      case "relu6" -> y > 0 && y < 6 ? BigDecimal.ONE : BigDecimal.ZERO;
      case "hard_tanh" -> y > p.get("min_val") && y < p.get("max_val") ? BigDecimal.ONE
          : BigDecimal.ZERO;
      case "hard_sigmoid" -> y > 0 && y < 1 ? BigDecimal.ONE.divide(BigDecimal.valueOf(6), MC)
          : BigDecimal.ZERO;
      case "hardshrink", "softshrink" -> y != 0 ? BigDecimal.ONE : BigDecimal.ZERO;
      case "softsign" -> BigDecimal.ONE.subtract(by.abs()).pow(2);
      case "elu" -> y > 0 ? BigDecimal.ONE : by.add(new BigDecimal(p.get("alpha")));
      case "celu" -> y > 0 ? BigDecimal.ONE : by.add(new BigDecimal(p.get("alpha")))
          .divide(new BigDecimal(p.get("alpha")), MC);
      case "selu" -> y > 0 ? new BigDecimal(Selu.SCALE_TEXT) : by.add(
          new BigDecimal(Selu.SCALE_TEXT).multiply(new BigDecimal(Selu.ALPHA_TEXT)));
      default -> throw new AssertionError("no output form expected for " + name);
    };
  }

  /** The parameters of a canonical spec, {@code name(a=1.0, b=2.0)}. */
  static Map<String, Double> parameters(String spec) {
    Map<String, Double> values = new LinkedHashMap<>();
    int open = spec.indexOf('(');
    if (open >= 0) {
      for (String part : spec.substring(open + 1, spec.length() - 1).split(",")) {
        String[] kv = part.split("=");
        values.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
      }
    }
    return values;
  }

  private interface RowCheck {
    /** The error in ulps, or −1 where the check does not apply. */
    long ulps(Activation f, ReferenceRow row);
  }

  private static void check(String form, List<ReferenceRow> rows, long bound, RowCheck check) {
    Map<String, long[]> worst = new TreeMap<>();
    StringBuilder failures = new StringBuilder();
    for (ReferenceRow row : rows) {
      Activation f = function(row.spec());
      long u = check.ulps(f, row);
      if (u < 0) {
        continue;
      }
      long b = PIECEWISE_LINEAR.contains(row.name()) ? 0 : bound;
      long[] w = worst.computeIfAbsent(row.spec(), k -> new long[2]);
      w[0] = Math.max(w[0], u);
      w[1]++;
      if (u > b) {
        failures.append(String.format("%n  %s x=%s: %s ulp (bound %d)", row.spec(), row.xText(),
            u == Long.MAX_VALUE ? "NaN mismatch" : u, b));
      }
    }
    worst.forEach((spec, w) -> MEASURED.put(String.format("%-34s %-11s", spec, form),
        String.format("%s %d", w[0] == Long.MAX_VALUE ? "NaN" : w[0], w[1])));
    assertEquals("", failures.toString(), form + " beyond its bound:");
  }
}
