package org.activations.corpus;

import static org.activations.corpus.Fixtures.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activations.Activation;
import org.junit.jupiter.api.Test;

/** Each continuity flaw shows at its witness: a jump across one ulp, or one-sided slopes that differ. */
class ContinuityFlawsTest {

  private static double jumpAt(Activation f, double x) {
    return f.apply(x) - f.apply(Math.nextDown(x));
  }

  @Test
  void smallJumpOffGrid() {
    Activation f = fn("flawed_small_jump_off_grid");
    assertEquals(1e-3, jumpAt(f, ContinuityFlaws.JUMP_AT), 1e-15);
    assertTrue(f.info().specialPoints().isEmpty());
  }

  @Test
  void slightKink() {
    Activation f = fn("flawed_slight_kink");
    double x = ContinuityFlaws.KINK_AT;
    double h = 1e-6;
    double right = (f.apply(x + h) - f.apply(x)) / h;
    double left = (f.apply(x) - f.apply(x - h)) / h;
    // the slope grows by 1e-4 relative across x; curvature alone moves it by only 1e-7
    assertEquals(1e-4, right / left - 1, 2e-6);
    assertEquals(1e-4, f.derivative(Math.nextUp(x)) / f.derivative(x) - 1, 1e-12);
  }

  @Test
  void jumpToAsymptote() {
    Activation f = fn("flawed_jump_to_asymptote");
    assertEquals(Math.tanh(10), f.apply(10));
    assertEquals(1.0, f.apply(Math.nextUp(10.0)));
    assertTrue(1 - Math.tanh(10) > 4e-9);
    assertEquals(-1.0, f.apply(Math.nextDown(-10.0)));
  }

  @Test
  void softsignDeclaredC2() {
    Activation f = fn("flawed_softsign_declared_c2");
    double h = 1e-6;
    double rightSecond = (f.derivative(h) - f.derivative(0)) / h;
    double leftSecond = (f.derivative(0) - f.derivative(-h)) / h;
    assertEquals(-2, rightSecond, 1e-5);
    assertEquals(2, leftSecond, 1e-5);
    assertEquals(2, f.info().declared().continuityOrder());
  }

  @Test
  void undeclaredKinkFar() {
    Activation f = fn("flawed_undeclared_kink_far");
    assertEquals(1.01, f.apply(1e5 + 1) - f.apply(1e5), 1e-9);
    assertEquals(1.0, f.apply(1e5) - f.apply(1e5 - 1), 1e-9);
    assertTrue(f.info().specialPoints().isEmpty());
  }

  @Test
  void jumpFarPositive() {
    Activation f = fn("flawed_jump_far_positive");
    double x = ContinuityFlaws.FAR_JUMP_AT;
    assertEquals(1e-3, jumpAt(f, x), 1e-12);
    assertEquals(Math.log1p(x), f.apply(Math.nextDown(x)), 1e-12);
  }

  @Test
  void misplacedJump() {
    Activation f = fn("flawed_misplaced_jump");
    double x = ContinuityFlaws.REAL_JUMP_AT;
    assertEquals(0.0, f.apply(x));
    assertEquals(1.0, f.apply(Math.nextUp(x)));
    assertEquals(f.apply(-Double.MIN_VALUE), f.apply(Double.MIN_VALUE));
    assertEquals(0.0, f.info().specialPoints().get(0).x());
  }

  @Test
  void kinkIsJump() {
    Activation f = fn("flawed_kink_is_jump");
    assertEquals(1e-3, f.apply(Double.MIN_VALUE) - f.apply(0), 1e-15);
    assertEquals(0, f.info().declared().continuityOrder());
  }
}
