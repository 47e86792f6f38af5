package org.activations.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every row of the shared reference files, through the registry: the bounds that the functions'
 * javadoc states are the bounds tested here.
 */
class ReferenceAccuracyTest {
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();
  private static final List<ReferenceRows> DOUBLE_ROWS = ReferenceRows.read("double");
  private static final List<ReferenceRows> FLOAT_ROWS = ReferenceRows.read("float");
  private static final Map<String, String> MEASURED = new TreeMap<>();

  @AfterAll
  static void report() {
    MEASURED.forEach((k, v) -> System.out.println("[accuracy] " + k + ": " + v));
  }

  @Test
  void everyFunctionHasReferenceRows() {
    for (String name : List.of("sigmoid", "tanh", "relu", "linear", "binary_step")) {
      assertTrue(DOUBLE_ROWS.stream().filter(r -> r.function().equals(name)).count() > 600, name);
      assertTrue(FLOAT_ROWS.stream().filter(r -> r.function().equals(name)).count() > 600, name);
    }
  }

  @Test
  void doubleForwardIsWithinOneUlp() {
    check("double f", DOUBLE_ROWS, 1, (f, r) -> Ulps.between(
        f.apply(Double.parseDouble(r.xText())), Double.parseDouble(r.yText())));
  }

  @Test
  void doubleDerivativeIsWithinOneUlp() {
    check("double f'", DOUBLE_ROWS, 1, (f, r) -> Ulps.between(
        f.derivative(Double.parseDouble(r.xText())), Double.parseDouble(r.dydxText())));
  }

  @Test
  void floatForwardAndDerivativeAreWithinOneUlp() {
    check("float f", FLOAT_ROWS, 1, (f, r) -> Ulps.between(
        f.applyFloat(Float.parseFloat(r.xText())), Float.parseFloat(r.yText())));
    check("float f'", FLOAT_ROWS, 1, (f, r) -> Ulps.between(
        f.derivativeFloat(Float.parseFloat(r.xText())), Float.parseFloat(r.dydxText())));
  }

  /**
   * The output form from the reference's own (already rounded) y, against the exact value of the
   * seed's formula at that y: y(1 − y) for sigmoid, 1 − y² for tanh, rounded once.
   */
  @Test
  void outputFormIsWithinOneUlpOfTheSeedFormulaAtTheGivenY() {
    check("double f'(y) vs formula at y", DOUBLE_ROWS, 1, (f, r) -> {
      double y = Double.parseDouble(r.yText());
      double exact = exactOutputForm(f.info().name(), y, Double.parseDouble(r.dydxText()));
      return Ulps.between(f.derivativeFromOutput(y), exact);
    });
  }

  /** Where the function is not differentiable the convention is the seed's: 0. */
  @Test
  void kinksFollowTheSeedsConvention() {
    Activation relu = REGISTRY.get("relu");
    Activation step = REGISTRY.get("binary_step");
    assertEquals(0.0, relu.derivative(0.0));
    assertEquals(0.0, relu.derivative(-0.0));
    assertEquals(0.0, relu.derivativeFromOutput(0.0));
    assertEquals(0.0, step.apply(0.0));
    assertEquals(0.0, step.apply(-0.0));
    assertEquals(0.0, step.derivative(0.0));
    assertEquals(0.0, step.derivativeFromOutput(0.0));
    assertTrue(DOUBLE_ROWS.stream().filter(ReferenceRows::convention)
        .allMatch(r -> r.function().equals("relu") || r.function().equals("binary_step")));
  }

  private static double exactOutputForm(String name, double y, double referenceDerivative) {
    if (!Double.isFinite(y) || !(name.equals("sigmoid") || name.equals("tanh"))) {
      return referenceDerivative; // NaN, and relu, linear, step: exact constants in y
    }
    BigDecimal by = new BigDecimal(y); // exact: no rounding until doubleValue()
    return name.equals("sigmoid")
        ? by.multiply(BigDecimal.ONE.subtract(by)).doubleValue()
        : BigDecimal.ONE.subtract(by.multiply(by)).doubleValue();
  }

  private interface RowCheck {
    long ulps(Activation f, ReferenceRows row);
  }

  private static void check(String what, List<ReferenceRows> rows, long bound, RowCheck check) {
    Map<String, Long> worst = new TreeMap<>();
    StringBuilder failures = new StringBuilder();
    for (ReferenceRows row : rows) {
      Activation f = REGISTRY.get(row.function());
      long u = check.ulps(f, row);
      worst.merge(row.function(), u, Math::max);
      if (u > bound) {
        failures.append(String.format("%n  %s x=%s: %s ulp", row.function(), row.xText(),
            u == Long.MAX_VALUE ? "NaN mismatch" : u));
      }
    }
    MEASURED.put(what, worst + " over " + rows.size() + " rows");
    assertEquals("", failures.toString(), what + " beyond " + bound + " ulp:");
  }
}
