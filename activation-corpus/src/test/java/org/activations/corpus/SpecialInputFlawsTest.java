package org.activations.corpus;

import static org.activations.corpus.Fixtures.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activations.Activation;
import org.junit.jupiter.api.Test;

/** Each special-input flaw shows at its witness; the contract there is NaN in, NaN out, and limits at ±∞. */
class SpecialInputFlawsTest {

  @Test
  void nanToZero() {
    Activation f = fn("flawed_nan_to_zero");
    assertEquals(0.0, f.apply(Double.NaN));
    assertEquals(0.0, f.derivative(Double.NaN));
    assertEquals(2.5, f.apply(2.5));
  }

  @Test
  void derivativeNanAtInfinity() {
    Activation f = fn("flawed_derivative_nan_at_infinity");
    assertTrue(Double.isNaN(f.derivative(Double.POSITIVE_INFINITY)));
    assertTrue(Double.isNaN(f.derivative(Double.NEGATIVE_INFINITY)));
    // the limit of f' = tanh x + x sech^2 x at +∞ is 1; just below, f' is already 1
    assertEquals(1.0, f.derivative(1e300));
    assertEquals(Math.tanh(2) + 2 * Fixtures.tanhPrime(2), f.derivative(2), 1e-15);
  }

  @Test
  void softsignInfinityNan() {
    Activation f = fn("flawed_softsign_infinity_nan");
    assertTrue(Double.isNaN(f.apply(Double.POSITIVE_INFINITY)));
    assertTrue(Double.isNaN(f.apply(Double.NEGATIVE_INFINITY)));
    assertEquals(1.0, f.apply(Double.MAX_VALUE));
  }

  @Test
  void tanhLimitOfSigmoid() {
    Activation f = fn("flawed_tanh_limit_of_sigmoid");
    assertEquals(0.0, f.apply(Double.NEGATIVE_INFINITY));
    assertEquals(-1.0, f.apply(-Double.MAX_VALUE));
    assertEquals(Math.tanh(-1), f.apply(-1));
  }

  @Test
  void expOverflowNan() {
    Activation f = fn("flawed_exp_overflow_nan");
    assertTrue(Double.isNaN(f.apply(710)));
    assertTrue(Double.isNaN(f.apply(Double.MAX_VALUE)));
    assertTrue(Double.isNaN(f.apply(Double.POSITIVE_INFINITY)));
    assertFalse(f.info().range().containsRounded(f.apply(710)));
    assertEquals(Fixtures.sigmoid(709), f.apply(709), 1e-16);
  }

  @Test
  void outputFormNanToZero() {
    Activation f = fn("flawed_output_form_nan_to_zero");
    assertEquals(0.0, f.derivativeFromOutput(Double.NaN));
    assertEquals(0.25, f.derivativeFromOutput(0.5));
  }

  @Test
  void negativeZeroDerivative() {
    Activation f = fn("flawed_negative_zero_derivative");
    assertTrue(Double.isNaN(f.derivative(-0.0)));
    assertEquals(1.0, f.derivative(0.0));
    assertEquals(1.0 / 9, f.derivative(-2), 1e-16);
  }

  @Test
  void derivativeOfNanIsZero() {
    Activation f = fn("flawed_derivative_of_nan_is_zero");
    assertEquals(0.0, f.derivative(Double.NaN));
    assertEquals(Fixtures.tanhPrime(0.75), f.derivative(0.75), 1e-16);
  }

  @Test
  void isruOverflow() {
    Activation f = fn("flawed_isru_overflow");
    assertEquals(0.0, f.apply(Double.MAX_VALUE));
    assertEquals(0.0, f.apply(1e155));
    assertTrue(Double.isNaN(f.apply(Double.POSITIVE_INFINITY)));
    assertEquals(1.0, f.apply(1e154));
    // the true value at 1e155 is 1 - 5e-311, which rounds to 1
    assertEquals(1.0, 1 / Math.sqrt(1 + Math.pow(1e-155, 2)));
  }

  @Test
  void infinityPassthrough() {
    Activation f = fn("flawed_infinity_passthrough");
    assertEquals(Double.POSITIVE_INFINITY, f.apply(Double.POSITIVE_INFINITY));
    assertEquals(Double.NEGATIVE_INFINITY, f.apply(Double.NEGATIVE_INFINITY));
    assertFalse(f.info().range().containsRounded(f.apply(Double.NEGATIVE_INFINITY)));
    assertEquals(1.0, f.apply(Double.MAX_VALUE));
    assertEquals(0.0, f.apply(-Double.MAX_VALUE));
  }
}
