package org.activations.corpus;

import static org.activations.corpus.Fixtures.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.activations.Activation;
import org.junit.jupiter.api.Test;

/**
 * Each batch, backward and float flaw shows against the scalar methods, which are right: batch
 * against {@code apply}, backward against upstream · f', float against the rounded double result.
 */
class KernelFlawsTest {

  @Test
  void batchFastApproximation() {
    Activation f = fn("flawed_batch_fast_approximation");
    double[] y = new double[1];
    f.apply(new double[] {1.5}, 0, y, 0, 1);
    assertTrue(Math.abs(y[0] - f.apply(1.5)) > 1e-3, y[0] + " vs " + f.apply(1.5));
  }

  @Test
  void batchTailPast1000() {
    Activation f = fn("flawed_batch_tail_past_1000");
    double[] x = new double[1001];
    Arrays.fill(x, 0.3);
    double[] y = new double[1001];
    f.apply(x, 0, y, 0, x.length);
    assertEquals(f.apply(0.3), y[999]);
    assertNotEquals(f.apply(0.3), y[1000]);
  }

  @Test
  void batchIgnoresOffset() {
    Activation f = fn("flawed_batch_ignores_offset");
    double[] x = {1, 2, 3, 4};
    double[] y = new double[3];
    f.apply(x, 1, y, 0, 3);
    assertEquals(f.apply(1), y[0]);
    assertNotEquals(f.apply(2), y[0]);
    f.apply(x, 0, y, 0, 3);
    assertEquals(f.apply(2), y[1], "right without an offset");
  }

  @Test
  void batchFloatOverflow() {
    Activation f = fn("flawed_batch_float_overflow");
    float[] y = new float[1];
    f.apply(new float[] {-95f}, 0, y, 0, 1);
    assertEquals(0f, y[0]);
    assertTrue(f.applyFloat(-95f) > 0f);
    assertEquals((float) Fixtures.sigmoid(-95), f.applyFloat(-95f));
  }

  @Test
  void batchTwoPassInPlace() {
    Activation f = fn("flawed_batch_two_pass_in_place");
    double[] x = {-1, 2};
    double[] y = new double[2];
    f.apply(x, 0, y, 0, 2);
    assertEquals(f.apply(2), y[1], "right out of place");
    f.apply(x, 0, x, 0, 2);
    assertEquals(-f.apply(2), x[1], "in place, a positive input comes out negative");
    assertEquals(Math.tanh(2), f.apply(2), 2 * Math.ulp(1.0));
  }

  @Test
  void backwardIgnoresUpstream() {
    Activation f = fn("flawed_backward_ignores_upstream");
    double[] y = {f.apply(0.5)};
    double[] gradIn = new double[1];
    f.backward(null, y, new double[] {3}, gradIn, 0, 1);
    assertEquals(f.derivativeFromOutput(y[0]), gradIn[0]);
    assertNotEquals(3 * f.derivativeFromOutput(y[0]), gradIn[0]);
  }

  @Test
  void backwardOffset() {
    Activation f = fn("flawed_backward_offset");
    double[] y = {0.1, 0.2, 0.3, 0.4, 0.5};
    double[] upstream = {1, 1, 2, 2, 2};
    double[] gradIn = new double[5];
    f.backward(null, y, upstream, gradIn, 2, 3);
    assertEquals(2 * f.derivativeFromOutput(0.3), gradIn[0]);
    assertNotEquals(2 * f.derivativeFromOutput(0.5), gradIn[4]);
  }

  @Test
  void backwardTwoPassInPlace() {
    Activation f = fn("flawed_backward_two_pass_in_place");
    double d = f.derivativeFromOutput(0.5);
    double[] grad = {2};
    f.backward(null, new double[] {0.5}, grad, grad, 0, 1);
    assertEquals(d * d, grad[0]);
    double[] gradIn = new double[1];
    f.backward(null, new double[] {0.5}, new double[] {2}, gradIn, 0, 1);
    assertEquals(2 * d, gradIn[0], "right out of place");
  }

  @Test
  void backwardFloatWrongForm() {
    Activation f = fn("flawed_backward_float_wrong_form");
    float[] gradIn = new float[1];
    f.backward(null, new float[] {0.5f}, new float[] {1f}, gradIn, 0, 1);
    assertEquals(0.75f, f.derivativeFromOutputFloat(0.5f));
    assertEquals(f.derivativeFloat(0.5f), gradIn[0]);
    assertTrue(Math.abs(gradIn[0] - 0.75f) > 0.03f);
  }

  @Test
  void backwardInputFormOnOutputs() {
    Activation f = fn("flawed_backward_input_form_on_outputs");
    double[] gradIn = new double[1];
    f.backward(null, new double[] {0.5}, new double[] {1}, gradIn, 0, 1);
    assertEquals(Fixtures.tanhPrime(0.5), gradIn[0], 1e-15);
    assertEquals(0.75, f.derivativeFromOutput(0.5));
  }

  @Test
  void floatExpOverflow() {
    Activation f = fn("flawed_float_exp_overflow");
    assertEquals(Float.POSITIVE_INFINITY, f.applyFloat(90f));
    assertEquals(90f, (float) f.apply(90));
  }

  @Test
  void floatDerivative() {
    Activation f = fn("flawed_float_derivative");
    assertEquals(0f, f.derivativeFloat(20f));
    float truth = (float) f.derivative(20);
    assertEquals((float) Math.exp(-20), truth, Math.ulp((float) Math.exp(-20)));
    float truthAt10 = (float) f.derivative(10);
    assertTrue(Math.abs(f.derivativeFloat(10f) - truthAt10) > 1000 * Math.ulp(truthAt10),
        "thousands of ulps off at x = 10");
  }

  @Test
  void floatOutputForm() {
    Activation f = fn("flawed_float_output_form");
    assertEquals(0.5f, f.derivativeFromOutputFloat(0.5f));
    assertEquals(0.75, f.derivativeFromOutput(0.5));
  }

  @Test
  void floatBand() {
    Activation f = fn("flawed_float_band");
    float truth = (float) Math.tanh(2.45f);
    assertTrue(Math.abs(f.applyFloat(2.45f) - truth) > 1e-3f);
    assertEquals((float) Math.tanh(2.6f), f.applyFloat(2.6f));
  }

  @Test
  void batchUnrolledTail() {
    Activation f = fn("flawed_batch_unrolled_tail");
    double[] x = {1, 2, 3, 4, 5, 6, 7};
    double[] y = new double[7];
    f.apply(x, 0, y, 0, 7);
    assertEquals(f.apply(4), y[3]);
    assertEquals(0.0, y[6]);
    assertNotEquals(f.apply(7), y[6]);
  }

  @Test
  void floatNanToZero() {
    Activation f = fn("flawed_float_nan_to_zero");
    assertEquals(0f, Math.abs(f.applyFloat(Float.NaN)));
    assertTrue(Double.isNaN(f.apply(Double.NaN)));
    assertEquals((float) f.apply(0.5f), f.applyFloat(0.5f));
  }
}
