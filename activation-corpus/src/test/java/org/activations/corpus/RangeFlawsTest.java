package org.activations.corpus;

import static org.activations.corpus.Fixtures.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activations.Activation;
import org.activations.Range;
import org.junit.jupiter.api.Test;

/** Each range flaw shows at its witness: a value outside the declared range, or an open end attained. */
class RangeFlawsTest {

  @Test
  void bandLargeX() {
    Activation f = fn("flawed_range_band_large_x");
    double y = f.apply(RangeFlaws.LARGE_BAND);
    assertTrue(y > 1 + 0.9e-7, "f = " + y);
    assertFalse(f.info().range().containsRounded(y));
    assertEquals(1.0, Fixtures.sigmoid(RangeFlaws.LARGE_BAND));
    assertEquals(1.0, f.apply(3.6e150));
  }

  @Test
  void openEndAttained() {
    Activation f = fn("flawed_open_end_attained");
    // independently: 2u / (1 + u^2) at u = 1 is exactly 1, an interior maximum (f' = 0 there)
    assertEquals(1.0, f.apply(RangeFlaws.APEX));
    assertEquals(-1.0, f.apply(-RangeFlaws.APEX));
    assertEquals(0.0, f.derivative(RangeFlaws.APEX));
    assertFalse(f.info().range().contains(1.0));
    assertTrue(f.apply(0.5) < 1 && f.apply(1) < 1 && f.apply(10) < 1);
  }

  @Test
  void eluBelowDeclared() {
    Activation f = fn("flawed_elu_below_declared");
    double y = f.apply(-20);
    assertEquals(1.0000001 * (Math.exp(-20) - 1), y, 1e-15);
    assertTrue(y < -1);
    assertFalse(f.info().range().containsRounded(y));
  }

  @Test
  void dipNegativeBand() {
    Activation f = fn("flawed_range_dip_negative_band");
    assertTrue(f.apply(RangeFlaws.DIP) < 0, "f = " + f.apply(RangeFlaws.DIP));
    assertTrue(Math.log1p(Math.exp(RangeFlaws.DIP)) > 0);
    assertEquals(Math.log1p(Math.exp(-39.0)), f.apply(-39.0), 1e-30);
  }

  @Test
  void halfAtStep() {
    Activation f = fn("flawed_half_at_step");
    Range range = f.info().range();
    assertEquals(0.5, f.apply(0.0));
    assertEquals(0.5, f.apply(-0.0));
    assertFalse(range.containsRounded(0.5));
    assertEquals(1.0, f.apply(Double.MIN_VALUE));
    assertEquals(0.0, f.apply(-Double.MIN_VALUE));
  }

  @Test
  void oneUlpOver() {
    Activation f = fn("flawed_range_one_ulp_over");
    assertEquals(Math.nextUp(1.0), f.apply(20));
    assertEquals(1.0, Math.tanh(20));
    assertFalse(f.info().range().containsRounded(f.apply(20)));
  }
}
