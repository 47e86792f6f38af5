package org.activations.corpus;

import static org.activations.corpus.Fixtures.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activations.Activation;
import org.junit.jupiter.api.Test;

/**
 * Each derivative flaw shows at its witness against the true derivative: the closed form written
 * independently, or a central difference of the function where the function is the right one.
 */
class DerivativeFlawsTest {

  private static double central(Activation f, double x, double h) {
    return (f.apply(x + h) - f.apply(x - h)) / (2 * h);
  }

  @Test
  void narrowBand() {
    Activation f = fn("flawed_derivative_narrow_band");
    assertEquals(1e-3, f.derivative(2.00015) - Fixtures.tanhPrime(2.00015), 1e-15);
    assertEquals(Fixtures.tanhPrime(2.0003), f.derivative(2.0003), 1e-16);
  }

  @Test
  void valueNarrowBand() {
    Activation f = fn("flawed_value_narrow_band");
    double x = 2.000125;
    assertTrue(f.apply(x) - Math.tanh(x) > 0.7e-6);
    double numerical = central(f, x, 1e-7);
    assertTrue(numerical / f.derivative(x) > 1.3, numerical + " vs " + f.derivative(x));
    assertTrue(f.apply(x - 1e-6) < f.apply(x), "still monotonic");
  }

  @Test
  void singlePoint() {
    Activation f = fn("flawed_derivative_single_point");
    assertEquals(5.0, f.derivative(0.0));
    assertEquals(5.0, f.derivative(-0.0));
    assertEquals(1.0, central(f, 0, 1e-9), 1e-8);
    assertEquals(1.0, f.derivative(Double.MIN_VALUE), 1e-15);
  }

  @Test
  void doubledOnWindow() {
    Activation f = fn("flawed_derivative_doubled_on_window");
    assertEquals(2 * Fixtures.sigmoid(1), f.derivative(1), 1e-15);
    assertEquals(Fixtures.sigmoid(1), central(f, 1, 1e-6), 1e-9);
    assertEquals(Fixtures.sigmoid(3.5), f.derivative(3.5), 1e-15);
  }

  @Test
  void signFlipped() {
    Activation f = fn("flawed_derivative_sign_flipped");
    assertEquals(Math.tanh(2), f.derivative(-2), 1e-15);
    assertEquals(-Math.tanh(2), central(f, -2, 1e-6), 1e-9);
    assertEquals(Math.log(Math.cosh(-2)), f.apply(-2), 1e-15);
    assertEquals(Math.log(Math.cosh(0.5)), f.apply(-0.5), 1e-16);
    assertEquals(5e-21, f.apply(-1e-10), 1e-35, "no negative values from cancellation");
  }

  @Test
  void farBand() {
    Activation f = fn("flawed_derivative_far_band");
    double x = 1.00005e5;
    double truth = 1 / ((1 + x) * (1 + x));
    assertEquals(1.5, f.derivative(x) / truth, 1e-12);
    assertEquals(1.5, f.derivative(-x) / truth, 1e-12);
    assertEquals(1.0, f.derivative(1.0002e5) * (1 + 1.0002e5) * (1 + 1.0002e5), 1e-12);
  }

  @Test
  void tinyBand() {
    Activation f = fn("flawed_derivative_tiny_band");
    assertEquals(0.5, f.derivative(1.00005e-200));
    assertEquals(1.0, Fixtures.tanhPrime(1.00005e-200));
    assertEquals(1.0, central(f, 1.00005e-200, 1e-210), 1e-5);
  }

  @Test
  void subnormalFlush() {
    Activation f = fn("flawed_derivative_subnormal_flush");
    assertEquals(0.0, f.derivative(Double.MIN_VALUE));
    assertEquals(0.0, f.derivative(-Double.MIN_NORMAL / 2));
    assertEquals(1.0, Fixtures.tanhPrime(Double.MIN_VALUE));
    assertEquals(1.0, f.derivative(Double.MIN_NORMAL));
    assertEquals(1.0, (f.apply(2 * Double.MIN_VALUE) - f.apply(0)) / (2 * Double.MIN_VALUE));
  }

  @Test
  void relativeError() {
    Activation f = fn("flawed_derivative_relative_error");
    assertEquals(1.0001, f.derivative(0.5) / Fixtures.tanhPrime(0.5), 1e-14);
  }
}
