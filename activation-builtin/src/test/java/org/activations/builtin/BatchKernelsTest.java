package org.activations.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;

/**
 * The batch operations of the five built-ins against their scalar results, on both engines: bit for
 * bit on the plain-Java engine, within the documented bound on the vector engine.
 */
class BatchKernelsTest {
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();
  private static final List<String> NAMES = REGISTRY.names();
  private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e-300, -745.5, 709.8, -40,
      40, 0.5, -0.5, 88.8, -88.8, -104, 1e-45, 3.4e38};

  /** Whether this run expects the vector kernels: the surefire execution sets it. */
  private static boolean vectorExpected() {
    return "vector".equals(System.getProperty("expect.engine"));
  }

  private static boolean vectorActive() {
    return ActiveKernels.get() != JavaKernels.INSTANCE;
  }

  @Test
  void theExpectedEngineIsActiveAndReported() {
    assertEquals(vectorExpected(), vectorActive());
    String expected = vectorExpected() ? "vector kernels (jdk.incubator.vector)"
        : "java kernels (vector kernels: start the JVM with --add-modules jdk.incubator.vector)";
    assertEquals(expected, REGISTRY.get("sigmoid").describeImplementation());
    assertEquals(expected, REGISTRY.get("tanh").describeImplementation());
    assertEquals("java kernels", REGISTRY.get("relu").describeImplementation());
  }

  private static double[] doubles(SplittableRandom random, int n) {
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(4);
      xs[i] = kind == 0 ? SPECIAL[random.nextInt(SPECIAL.length)]
          : kind == 1 ? Double.longBitsToDouble(random.nextLong())
          : random.nextDouble(-50, 50);
    }
    return xs;
  }

  private static float[] floats(double[] xs) {
    float[] f = new float[xs.length];
    for (int i = 0; i < xs.length; i++) {
      f[i] = (float) xs[i];
    }
    return f;
  }

  /** Whether this engine's kernel of {@code name} is exact (bit for bit) or has a bound. */
  private static boolean vectorised(String name) {
    return vectorActive() && (name.equals("sigmoid") || name.equals("tanh"));
  }

  @Test
  void forwardEqualsScalarForEveryLengthOffsetAndSpecialValue() {
    SplittableRandom random = new SplittableRandom(7);
    long elements = 0;
    for (String name : NAMES) {
      Activation f = REGISTRY.get(name);
      for (int length : new int[] {0, 1, 3, 7, 15, 16, 17, 31, 33, 64, 100, 1001, 2049, 4097, 9000}) {
        int inOffset = random.nextInt(5);
        int outOffset = random.nextInt(5);
        double[] x = doubles(random, inOffset + length + 3);
        double[] y = new double[outOffset + length + 2];
        Arrays.fill(y, -7.0);
        f.apply(x, inOffset, y, outOffset, length);
        float[] xf = floats(x);
        float[] yf = new float[outOffset + length + 2];
        Arrays.fill(yf, -7f);
        f.apply(xf, inOffset, yf, outOffset, length);
        for (int i = 0; i < length; i++) {
          double want = f.apply(x[inOffset + i]);
          float wantF = f.applyFloat(xf[inOffset + i]);
          if (vectorised(name)) {
            assertTrue(Ulps.between(y[outOffset + i], want) <= 2, name + " x=" + x[inOffset + i]);
            assertTrue(Ulps.between(yf[outOffset + i], wantF) <= 2, name + " x=" + xf[inOffset + i]
                + "f: " + yf[outOffset + i] + " vs " + wantF);
          } else {
            assertEquals(Double.doubleToLongBits(want),
                Double.doubleToLongBits(y[outOffset + i]), name + " x=" + x[inOffset + i]);
            assertEquals(Float.floatToIntBits(wantF), Float.floatToIntBits(yf[outOffset + i]),
                name + " x=" + xf[inOffset + i]);
          }
        }
        for (int i = 0; i < outOffset; i++) {
          assertEquals(-7.0, y[i]);
          assertEquals(-7f, yf[i]);
        }
        for (int i = outOffset + length; i < y.length; i++) {
          assertEquals(-7.0, y[i], "nothing written past the range");
          assertEquals(-7f, yf[i]);
        }
        elements += 2L * length;
      }
    }
    System.out.printf("[batch] forward, engine %s: %,d elements compared with the scalar path%n",
        ActiveKernels.description(), elements);
  }

  @Test
  void backwardEqualsUpstreamTimesTheScalarDerivativeBitForBit() {
    SplittableRandom random = new SplittableRandom(11);
    for (String name : NAMES) {
      Activation f = REGISTRY.get(name);
      for (int length : new int[] {0, 1, 5, 16, 33, 257}) {
        int offset = random.nextInt(4);
        double[] x = doubles(random, offset + length);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
          y[i] = random.nextInt(5) == 0 ? x[i] : f.apply(x[i]); // also outputs off the curve
        }
        double[] upstream = doubles(random, x.length);
        double[] grad = new double[x.length];
        f.backward(null, y, upstream, grad, offset, length);
        float[] yf = floats(y);
        float[] uf = floats(upstream);
        float[] gf = new float[x.length];
        f.backward(null, yf, uf, gf, offset, length);
        for (int i = offset; i < offset + length; i++) {
          // bit for bit, every NaN counting as one NaN (a product's NaN payload is the CPU's choice)
          assertEquals(Double.doubleToLongBits(upstream[i] * f.derivativeFromOutput(y[i])),
              Double.doubleToLongBits(grad[i]), name + " y=" + y[i] + " u=" + upstream[i]);
          assertEquals(Float.floatToIntBits(uf[i] * f.derivativeFromOutputFloat(yf[i])),
              Float.floatToIntBits(gf[i]), name + " y=" + yf[i] + "f u=" + uf[i]);
        }
        // in place: gradIn is upstream
        double[] inPlace = upstream.clone();
        f.backward(null, y, inPlace, inPlace, offset, length);
        assertArrayEquals(Arrays.copyOfRange(grad, offset, offset + length),
            Arrays.copyOfRange(inPlace, offset, offset + length), name);
      }
    }
  }

  @Test
  void inPlaceForwardGivesTheSameResults() {
    double[] x = doubles(new SplittableRandom(3), 99);
    for (String name : NAMES) {
      Activation f = REGISTRY.get(name);
      double[] expected = new double[x.length];
      f.apply(x, 0, expected, 0, x.length);
      double[] inPlace = x.clone();
      f.apply(inPlace, 0, inPlace, 0, inPlace.length);
      assertArrayEquals(expected, inPlace, name);
    }
  }

  @Test
  void argumentErrorsAreStandardAndWriteNothing() {
    for (String name : NAMES) {
      Activation f = REGISTRY.get(name);
      double[] x = {1, 2, 3, 4};
      double[] y = {9, 9, 9, 9};
      assertEquals("input array", assertThrows(NullPointerException.class,
          () -> f.apply(null, 0, y, 0, 1)).getMessage());
      assertEquals("output array", assertThrows(NullPointerException.class,
          () -> f.apply(x, 0, (double[]) null, 0, 1)).getMessage());
      assertEquals("Range [-1, -1 + 2) out of bounds for length 4",
          assertThrows(IndexOutOfBoundsException.class, () -> f.apply(x, -1, y, 0, 2)).getMessage());
      assertEquals("Range [2, 2 + 3) out of bounds for length 4",
          assertThrows(IndexOutOfBoundsException.class, () -> f.apply(x, 0, y, 2, 3)).getMessage());
      assertEquals("Range [1, 1 + 2147483647) out of bounds for length 4",
          assertThrows(IndexOutOfBoundsException.class,
              () -> f.apply(x, 1, y, 0, Integer.MAX_VALUE)).getMessage());
      assertEquals("Range [0, 0 + -1) out of bounds for length 4",
          assertThrows(IndexOutOfBoundsException.class, () -> f.apply(x, 0, y, 0, -1)).getMessage());
      assertEquals("input and output overlap at different offsets (0 and 1); for in place, give the"
          + " same array and offset", assertThrows(IllegalArgumentException.class,
              () -> f.apply(x, 0, x, 1, 3)).getMessage());
      float[] xf = {1, 2};
      float[] yf = {9, 9};
      assertThrows(IndexOutOfBoundsException.class, () -> f.apply(xf, 0, yf, 1, 2));
      assertThrows(IndexOutOfBoundsException.class,
          () -> f.backward(null, new double[] {0.5}, new double[] {1, 1}, y, 0, 2));
      assertEquals("outputs array y (this function's backward reads y)", assertThrows(
          NullPointerException.class, () -> f.backward(x, null, x, y, 0, 1)).getMessage());
      assertArrayEquals(new double[] {9, 9, 9, 9}, y, name + ": untouched after refusals");
      assertArrayEquals(new double[] {1, 2, 3, 4}, x);
      assertArrayEquals(new float[] {9, 9}, yf);
    }
  }

  /** Vectorised kernels, where active, against the correctly rounded reference: within 2 ulp. */
  @Test
  void vectorisedKernelsMeetTheirBoundOnTheReference() {
    for (String type : List.of("double", "float")) {
      for (String name : List.of("sigmoid", "tanh")) {
        List<ReferenceRows> rows = ReferenceRows.read(type).stream()
            .filter(r -> r.function().equals(name)).toList();
        Activation f = REGISTRY.get(name);
        long worst = 0;
        if (type.equals("double")) {
          double[] x = rows.stream().mapToDouble(r -> Double.parseDouble(r.xText())).toArray();
          double[] y = new double[x.length];
          f.apply(x, 0, y, 0, x.length);
          for (int i = 0; i < x.length; i++) {
            worst = Math.max(worst, Ulps.between(y[i], Double.parseDouble(rows.get(i).yText())));
          }
        } else {
          float[] x = new float[rows.size()];
          for (int i = 0; i < x.length; i++) {
            x[i] = Float.parseFloat(rows.get(i).xText());
          }
          float[] y = new float[x.length];
          f.apply(x, 0, y, 0, x.length);
          for (int i = 0; i < x.length; i++) {
            worst = Math.max(worst, Ulps.between(y[i], Float.parseFloat(rows.get(i).yText())));
          }
        }
        System.out.printf("[batch] %s %s forward, engine %s: worst %d ulp over %d reference rows%n",
            name, type, ActiveKernels.description(), worst, rows.size());
        assertTrue(worst <= (vectorActive() ? 2 : 1), name + " " + type + ": " + worst);
      }
    }
  }
}
