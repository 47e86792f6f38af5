package org.activations.corpus;

import static org.activations.corpus.Fixtures.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activations.Activation;
import org.activations.DeclaredProperties;
import org.activations.Saturation;
import org.junit.jupiter.api.Test;

/** Each false declaration is shown false by the function's own values. */
class DeclarationFlawsTest {

  @Test
  void zeroCentredOffset() {
    Activation f = fn("flawed_zero_centred_offset");
    assertTrue(f.info().declared().zeroCentred());
    assertEquals(1e-3, f.apply(0));
  }

  @Test
  void identitySlope() {
    Activation f = fn("flawed_identity_slope");
    assertTrue(f.info().declared().identityAtOrigin());
    double h = 1e-6;
    assertEquals(1.001, (f.apply(h) - f.apply(-h)) / (2 * h), 1e-9);
  }

  @Test
  void saturationBothUnbounded() {
    Activation f = fn("flawed_saturation_both_unbounded");
    assertEquals(Saturation.BOTH, f.info().declared().saturation());
    assertEquals(1.0, f.apply(1001) - f.apply(1000), 1e-9);
    assertEquals(1.0, f.derivative(1e3));
  }

  @Test
  void affineDeclaredNonlinear() {
    Activation f = fn("flawed_affine_declared_nonlinear");
    assertTrue(f.info().declared().nonlinear());
    for (double x = -5; x <= 5; x += 0.25) {
      assertEquals(2 * x + 1, f.apply(x));
    }
  }

  @Test
  void tanhMonotonicDerivative() {
    Activation f = fn("flawed_tanh_monotonic_derivative");
    assertTrue(f.info().declared().monotonicDerivative());
    assertTrue(f.derivative(-1) < f.derivative(0) && f.derivative(0) > f.derivative(1));
  }

  @Test
  void sigmoidNoSaturation() {
    Activation f = fn("flawed_sigmoid_no_saturation");
    assertEquals(Saturation.NONE, f.info().declared().saturation());
    assertTrue(f.derivative(50) < 1e-21 && f.derivative(-50) < 1e-21);
    assertEquals(Math.exp(-50), f.derivative(50), 1e-35);
  }

  @Test
  void zeroCentredOneSign() {
    Activation f = fn("flawed_zero_centred_one_sign");
    assertTrue(f.info().declared().zeroCentred());
    assertEquals(0.0, f.apply(0));
    for (double x = -100; x <= 100; x += 0.125) {
      assertTrue(f.apply(x) >= 0);
    }
    assertEquals(0.5, f.apply(-1));
  }

  @Test
  void identityAtKink() {
    Activation f = fn("flawed_identity_at_kink");
    DeclaredProperties declared = f.info().declared();
    assertTrue(declared.identityAtOrigin());
    double h = 1e-3;
    assertEquals(0.999, (f.apply(0) - f.apply(-h)) / h, 1e-15);
    assertEquals(1.0, (f.apply(h) - f.apply(0)) / h, 1e-15);
  }

  @Test
  void curvedDeclaredLinear() {
    Activation f = fn("flawed_curved_declared_linear");
    assertTrue(!f.info().declared().nonlinear());
    double secondDifference = f.apply(-1) - 2 * f.apply(0) + f.apply(1);
    assertEquals(0.0, secondDifference, 1e-15, "symmetric triples cannot see it");
    double curvature = f.apply(0) - 2 * f.apply(1) + f.apply(2);
    assertEquals(1e-4 * (0 - 2 * Math.tanh(1) + Math.tanh(2)), curvature, 1e-15);
    assertTrue(Math.abs(curvature) > 5e-5);
  }
}
