package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pack's batch kernels give the scalar methods' values bit for bit (float: the double result
 * rounded once), forward and fused backward, at special values and over the whole range, offsets
 * included; a refused call writes nothing.
 */
class PackBatchTest {
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();

  static Stream<String> specs() {
    return Stream.concat(PackConformanceTest.NAMES.stream(), Stream.of("leaky_relu(alpha=0)",
        "rrelu(lower=0.1, upper=0.3)", "swish(beta=1.5)", "softplus(beta=0.5)", "celu(alpha=2)",
        "elu(alpha=0.5)", "hard_tanh(min_val=-2, max_val=3)", "softshrink(lambda=1)",
        "threshold(threshold=1, value=-2)"));
  }

  private static double[] inputs() {
    double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, 3, -3, 6, 1, -1, 0.5, -0.5, 1e-300, -750, -40, 40};
    SplittableRandom random = new SplittableRandom(3);
    double[] x = Arrays.copyOf(special, 4000);
    for (int i = special.length; i < x.length; i++) {
      x[i] = i % 2 == 0 ? random.nextDouble(-12, 12)
          : (random.nextBoolean() ? 1 : -1) * Math.exp(random.nextDouble(-745, 709));
    }
    return x;
  }

  @ParameterizedTest
  @MethodSource("specs")
  void doubleKernelsEqualTheScalarMethods(String spec) {
    Activation f = REGISTRY.get(spec);
    double[] x = inputs();
    int n = x.length - 3;
    double[] y = new double[x.length];
    f.apply(x, 3, y, 1, n);
    double[] up = new double[x.length];
    Arrays.setAll(up, i -> 1 + i % 7 * 0.25);
    double[] fx = new double[x.length];
    Arrays.setAll(fx, i -> f.apply(x[i]));
    double[] g = new double[x.length];
    f.backward(x, fx, up, g, 2, n);
    double[] same = new double[x.length]; // equal offsets: the kernel reads x, not a copy in y
    f.apply(x, 0, same, 0, x.length);
    for (int i = 0; i < x.length; i++) {
      assertSame(f.apply(x[i]), same[i], spec + " f (equal offsets) at " + x[i]);
    }
    for (int i = 0; i < n; i++) {
      assertSame(f.apply(x[i + 3]), y[i + 1], spec + " f at " + x[i + 3]);
      int k = i + 2;
      double d = f.hasDerivativeFromOutput() ? f.derivativeFromOutput(fx[k]) : f.derivative(x[k]);
      assertSame(up[k] * d, g[k], spec + " backward at " + x[k]);
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void floatKernelsEqualTheScalarMethods(String spec) {
    Activation f = REGISTRY.get(spec);
    double[] xd = inputs();
    float[] x = new float[xd.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) xd[i];
    }
    float[] y = new float[x.length];
    f.apply(x, 0, y, 0, x.length);
    float[] fx = new float[x.length];
    float[] up = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      fx[i] = f.applyFloat(x[i]);
      up[i] = 1 + i % 5 * 0.5f;
    }
    float[] g = new float[x.length];
    f.backward(x, fx, up, g, 0, x.length);
    for (int i = 0; i < x.length; i++) {
      assertEquals(Float.floatToIntBits(f.applyFloat(x[i])), Float.floatToIntBits(y[i]),
          spec + " float f at " + x[i]);
      float d = f.hasDerivativeFromOutput() ? f.derivativeFromOutputFloat(fx[i])
          : f.derivativeFloat(x[i]);
      assertEquals(Float.floatToIntBits(up[i] * d), Float.floatToIntBits(g[i]),
          spec + " float backward at " + x[i]);
    }
  }

  /**
   * Finite inputs above −700 only, with no NaN or ±∞: a kernel that tests for such inputs after
   * its loop (swish's) keeps every element of the loop, so the loop alone is checked here.
   */
  @ParameterizedTest
  @MethodSource("specs")
  void forwardKernelsEqualTheScalarMethodsOnOrdinaryInputs(String spec) {
    Activation f = REGISTRY.get(spec);
    SplittableRandom random = new SplittableRandom(5);
    double[] x = new double[3000];
    float[] xf = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i % 2 == 0 ? random.nextDouble(-12, 12)
          : (random.nextBoolean() ? 1 : -1) * Math.exp(random.nextDouble(-745, 6.5));
      xf[i] = (float) x[i];
    }
    double[] y = new double[x.length];
    f.apply(x, 0, y, 0, x.length);
    float[] yf = new float[x.length];
    f.apply(xf, 0, yf, 0, x.length);
    for (int i = 0; i < x.length; i++) {
      assertSame(f.apply(x[i]), y[i], spec + " f at " + x[i]);
      assertEquals(Float.floatToIntBits(f.applyFloat(xf[i])), Float.floatToIntBits(yf[i]),
          spec + " float f at " + xf[i]);
    }
  }

  /**
   * One special input among ordinary ones, with equal offsets and in place: a kernel that looks
   * again only when a sum or a running minimum over the step says so (swish, the negative-slope
   * family) must notice each kind alone, not only beside others.
   */
  @ParameterizedTest
  @MethodSource("specs")
  void aLoneSpecialInputIsComputedLikeTheScalarMethod(String spec) {
    Activation f = REGISTRY.get(spec);
    double[] specials = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN, -750,
        -701, -0.0, 0.0, -Double.MIN_VALUE, Double.MIN_VALUE, -1e-300, -1e-30, -3e-9, 1e-30};
    SplittableRandom random = new SplittableRandom(7);
    double[] ordinary = new double[5000];
    for (int i = 0; i < ordinary.length; i++) {
      ordinary[i] = (random.nextBoolean() ? 1 : -1) * random.nextDouble(0.5, 8);
    }
    for (double special : specials) {
      double[] x = ordinary.clone();
      x[4321] = special;
      float[] xf = new float[x.length];
      for (int i = 0; i < x.length; i++) {
        xf[i] = (float) x[i];
      }
      double[] y = new double[x.length];
      f.apply(x, 0, y, 0, x.length);
      double[] inPlace = x.clone();
      f.apply(inPlace, 0, inPlace, 0, x.length);
      float[] yf = new float[x.length];
      f.apply(xf, 0, yf, 0, x.length);
      float[] inPlaceF = xf.clone();
      f.apply(inPlaceF, 0, inPlaceF, 0, x.length);
      for (int i = 0; i < x.length; i++) {
        String at = spec + " with " + special + " at 4321, element " + i;
        assertSame(f.apply(x[i]), y[i], at);
        assertSame(f.apply(x[i]), inPlace[i], at + " in place");
        assertEquals(Float.floatToIntBits(f.applyFloat(xf[i])), Float.floatToIntBits(yf[i]), at
            + " float");
        assertEquals(Float.floatToIntBits(f.applyFloat(xf[i])), Float.floatToIntBits(inPlaceF[i]),
            at + " float in place");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void aRefusedCallWritesNothing(String spec) {
    Activation f = REGISTRY.get(spec);
    double[] x = {1, 2, 3};
    double[] y = {7, 7, 7};
    assertThrows(IndexOutOfBoundsException.class, () -> f.apply(x, 1, y, 0, 3));
    assertThrows(NullPointerException.class, () -> f.apply(x, 0, null, 0, 3));
    double[] g = {7, 7, 7};
    assertThrows(IndexOutOfBoundsException.class, () -> f.backward(x, x, x, g, 1, 3));
    assertArrayEquals(new double[] {7, 7, 7}, y);
    assertArrayEquals(new double[] {7, 7, 7}, g);
  }

  private static void assertSame(double want, double got, String what) {
    assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), what);
  }
}
