package org.activations.corpus;

import static org.activations.corpus.Fixtures.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activations.Activation;
import org.junit.jupiter.api.Test;

/**
 * Each output-form flaw shows as f'(f(x)) against the right f'(x); each monotonicity flaw as a pair
 * of points where f decreases, and an analytic f' of the wrong sign.
 */
class OutputFormAndMonotonicFlawsTest {

  @Test
  void outputFormNegativeY() {
    Activation f = fn("flawed_output_form_negative_y");
    double x = Math.log(0.5);
    double y = f.apply(x);
    assertEquals(-0.25, y, 1e-16);
    assertEquals(0.25, f.derivative(x), 1e-16);
    assertEquals(0.375, f.derivativeFromOutput(y), 1e-15);
    assertEquals(1.0, f.derivativeFromOutput(f.apply(2)));
  }

  @Test
  void outputFormAbs() {
    Activation f = fn("flawed_output_form_abs");
    assertEquals(1.25, f.derivativeFromOutput(-0.5));
    assertEquals(0.75, f.derivativeFromOutput(0.5));
    double x = 0.5 * Math.log((1 - 0.5) / (1 + 0.5));
    assertEquals(0.75, Fixtures.tanhPrime(x), 1e-15);
  }

  @Test
  void outputFormBand() {
    Activation f = fn("flawed_output_form_band");
    double y = 0.99905;
    assertEquals(1.1, f.derivativeFromOutput(y) / (y * (1 - y)), 1e-12);
    double x = Math.log(y / (1 - y));
    assertEquals(1.1, f.derivativeFromOutput(f.apply(x)) / f.derivative(x), 1e-9);
  }

  @Test
  void outputFormCancellation() {
    Activation f = fn("flawed_output_form_cancellation");
    double y = f.apply(-40);
    assertTrue(y > 0);
    assertEquals(0.0, f.derivativeFromOutput(y));
    assertEquals(Fixtures.sigmoid(-40), f.derivative(-40), 1e-30);
    assertTrue(f.derivative(-40) > 4e-18);
  }

  @Test
  void gridWiggle() {
    Activation f = fn("flawed_grid_wiggle");
    assertEquals(-0.2, f.derivative(0.005), 1e-12);
    assertTrue(f.apply(0.0051) < f.apply(0.0049));
    assertEquals(1.2 / (200 * Math.PI) * Math.sin(2 * Math.PI * 0.3), f.apply(1e6 + 0.003) - (1e6 + 0.003),
        1e-9);
    assertEquals(-Double.MAX_VALUE, f.apply(-Double.MAX_VALUE));
    assertEquals(2.2, f.derivative(1e20));
    for (int k = -600; k <= 600; k++) {
      double x = k / 100.0;
      assertEquals(x, f.apply(x), 1e-14, "on the grid the wiggle is invisible");
    }
  }

  @Test
  void dipNegativeSide() {
    Activation f = fn("flawed_monotonic_dip_negative");
    double x = -4.500075;
    assertTrue(f.derivative(x) < 0);
    assertTrue(f.apply(x + 1e-6) < f.apply(x - 1e-6));
  }

  @Test
  void dipFar() {
    Activation f = fn("flawed_monotonic_dip_far");
    double x = 1.000025e150;
    assertTrue(f.derivative(x) < 0);
    assertTrue(f.apply(x + 1e142) < f.apply(x - 1e142));
  }

  @Test
  void shallowNearZero() {
    Activation f = fn("flawed_monotonic_shallow_near_zero");
    assertEquals(-1e-4, f.derivative(0), 1e-16);
    assertTrue(f.apply(0.005) < 0 && f.apply(-0.005) > 0);
    assertTrue(f.apply(0.1) > f.apply(0.02));
  }

  @Test
  void outputFormTinyYGuard() {
    Activation f = fn("flawed_output_form_tiny_y_guard");
    double y = f.apply(-30);
    assertEquals(Math.exp(-30), y, 1e-25);
    assertEquals(0.0, f.derivativeFromOutput(y));
    assertEquals(Fixtures.sigmoid(-30) * Fixtures.sigmoid(30), f.derivative(-30), 1e-25);
  }

  @Test
  void dipTiny() {
    Activation f = fn("flawed_monotonic_dip_tiny");
    double x = MonotonicFlaws.TINY_WITNESS;
    assertTrue(f.derivative(x) < 0, "f' = " + f.derivative(x));
    assertTrue(f.apply(x + 1e-206) < f.apply(x - 1e-206));
    assertEquals(Math.tanh(1e-199), f.apply(1e-199));
  }

  @Test
  void gridWiggleFine() {
    Activation f = fn("flawed_grid_wiggle_fine");
    assertEquals(-0.2, f.derivative(0.0005), 1e-12);
    assertTrue(f.apply(0.00051) < f.apply(0.00049));
    for (int k = -6000; k <= 6000; k++) {
      double x = k / 1000.0;
      assertEquals(x, f.apply(x), 1e-15, "on the grid the wiggle is invisible");
    }
  }
}
