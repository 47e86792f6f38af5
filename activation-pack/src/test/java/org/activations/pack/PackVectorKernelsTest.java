package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The batch float forwards that an engine runs, on this JVM's engine (the build runs this class
 * twice: plainly, and with {@code --add-modules jdk.incubator.vector}, where they run on the
 * vector kernels). The smooth functions: within 1 float ulp of the correctly rounded reference at
 * every row of {@code pack-float.csv}, and within 1 float ulp of the scalar {@code applyFloat}
 * (and of its sign at zero) at every 997th float bit pattern, in arrays whose lengths leave every
 * tail, at an offset and in place. The piecewise ones (split slopes, clamps): equal to
 * {@code applyFloat} bit for bit (any NaN for NaN) at the same floats and at special values. Counts
 * are printed as {@code [vector engine] spec ...}.
 */
class PackVectorKernelsTest {
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();
  private static final List<String> SMOOTH = List.of("swish", "swish(beta=1.5)", "silu", "elu",
      "elu(alpha=0.5)", "selu", "celu", "celu(alpha=2)", "celu(alpha=0.3)", "softplus",
      "softplus(beta=2)", "softplus(beta=0.5)", "log_sigmoid", "mish", "gelu_tanh", "gelu");
  /**
   * Piecewise functions whose batch floats must equal applyFloat's bit for bit on either engine:
   * those whose float forward multiplies by a split slope (plain or residual form), one whose
   * slope has no exact split (the double-double loop), and the two with a clamp to [−3, 3].
   */
  private static final List<String> EXACT = List.of("leaky_relu", "leaky_relu(alpha=0.2)",
      "prelu(alpha=0.01)", "rrelu", "rrelu(lower=0.1, upper=0.3)",
      "rrelu(lower=0.46795300422287345, upper=0.3280767391525029)", "hard_sigmoid",
      "hard_swish");
  private static final int STRIDE = 997;
  private static final Map<String, String> MEASURED = new TreeMap<>();

  @AfterAll
  static void report() {
    MEASURED.forEach((k, v) -> System.out.println("[" + (vectorExpected() ? "vector" : "java") + " engine] " + k + " " + v));
  }

  private static boolean vectorExpected() {
    return "vector".equals(System.getProperty("expect.engine"));
  }

  @Test
  void theExpectedEngineIsReported() {
    String expected = vectorExpected()
        ? "vector kernels for float forwards (jdk.incubator.vector)"
        : "java kernels (vector kernels for float forwards: start the JVM with --add-modules"
            + " jdk.incubator.vector)";
    for (String spec : SMOOTH) {
      assertEquals(expected, REGISTRY.get(spec).describeImplementation(), spec);
    }
    for (String spec : List.of("leaky_relu", "rrelu", "prelu(alpha=0.01)", "hard_sigmoid",
        "hard_swish")) {
      assertEquals(expected, REGISTRY.get(spec).describeImplementation(), spec);
    }
    for (String spec : List.of("relu6", "prelu", "rrelu(lower=0.46795300422287345,"
        + " upper=0.3280767391525029)")) {
      assertEquals("batch kernels of its own", REGISTRY.get(spec).describeImplementation(), spec);
    }
  }

  @Test
  void theEngineFollowsTheRequest() {
    assertEquals("java kernels (-Dorg.activations.engine=java)",
        PackEngine.choose("java", true).description());
    assertEquals("java kernels (vector kernels for float forwards: start the JVM with"
        + " --add-modules jdk.incubator.vector)", PackEngine.choose("vector", false).description());
    assertTrue(PackEngine.choose("fast", false).description()
        .endsWith("(ignored -Dorg.activations.engine=fast: the values are java, vector and auto)"));
    assertEquals(FloatKernels.JAVA, PackEngine.choose(null, false).kernels());
  }

  @Test
  void batchFloatsAreWithinOneUlpOfTheReference() {
    Map<String, List<ReferenceRow>> bySpec = ReferenceRow.read("float").stream()
        .filter(r -> SMOOTH.contains(r.spec()))
        .collect(Collectors.groupingBy(ReferenceRow::spec));
    assertTrue(bySpec.size() >= 10, "smooth specs in pack-float.csv: " + bySpec.keySet());
    bySpec.forEach((spec, rows) -> {
      float[] x = new float[rows.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = Float.parseFloat(rows.get(i).xText());
      }
      float[] y = new float[x.length];
      REGISTRY.get(spec).apply(x, 0, y, 0, x.length);
      long worst = 0;
      for (int i = 0; i < x.length; i++) {
        long ulps = Ulps.between(y[i], Float.parseFloat(rows.get(i).yText()));
        assertTrue(ulps <= 1, spec + " at x = " + x[i] + ": " + y[i] + ", reference "
            + rows.get(i).yText());
        worst = Math.max(worst, ulps);
      }
      MEASURED.merge(spec, "reference: " + rows.size() + " rows, at most " + worst + " ulp",
          (a, b) -> a + "; " + b);
    });
  }

  @Test
  void batchFloatsAreWithinOneUlpOfApplyFloatEverywhere() {
    int n = (int) ((1L << 32) / STRIDE);
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = Float.intBitsToFloat((int) ((long) i * STRIDE));
    }
    for (String spec : SMOOTH) {
      Activation f = REGISTRY.get(spec);
      float[] y = new float[n];
      f.apply(x, 0, y, 0, n);
      long differ = 0;
      long worst = 0;
      for (int i = 0; i < n; i++) {
        float want = f.applyFloat(x[i]);
        long ulps = Ulps.between(y[i], want);
        boolean sameZero = y[i] != 0 || Float.floatToRawIntBits(y[i]) == Float.floatToRawIntBits(want);
        if (ulps > 1 || !sameZero) {
          throw new AssertionError(spec + " at x = " + x[i] + " (bits " + Integer.toHexString(
              Float.floatToRawIntBits(x[i])) + "): batch " + y[i] + ", applyFloat " + want);
        }
        differ += ulps == 0 ? 0 : 1;
        worst = Math.max(worst, ulps);
      }
      MEASURED.merge(spec, "differs from applyFloat at " + differ + " of " + n
          + " floats, by at most " + worst + " ulp", (a, b) -> b + "; " + a);
    }
  }

  @Test
  void tailsOffsetsAndInPlaceMatchTheWholeArray() {
    float[] all = new float[101];
    for (int i = 0; i < all.length; i++) {
      all[i] = i % 17 == 0 ? Float.NaN : i % 23 == 0 ? Float.NEGATIVE_INFINITY
          : (i - 50) * 0.37f;
    }
    for (String spec : SMOOTH) {
      Activation f = REGISTRY.get(spec);
      float[] whole = new float[all.length];
      for (int i = 0; i < all.length; i++) {
        whole[i] = f.applyFloat(all[i]);
      }
      for (int length : new int[] {1, 3, 7, 8, 9, 15, 16, 17, 33, 100}) {
        float[] out = new float[length + 5];
        f.apply(all, 1, out, 5, length);
        float[] place = all.clone();
        f.apply(place, 1, place, 1, length);
        for (int i = 0; i < length; i++) {
          assertTrue(Ulps.between(out[5 + i], whole[1 + i]) <= 1
              && Ulps.between(place[1 + i], whole[1 + i]) <= 1,
              spec + " length " + length + " element " + i + ": " + out[5 + i] + ", in place "
                  + place[1 + i] + ", applyFloat " + whole[1 + i]);
        }
      }
    }
  }

  @Test
  void theSplitSlopeStepIsTheEngines() {
    FloatSlope split = FloatSlope.of(0.375, 0, v -> 0.375f * v);
    String step = PackEngine.active().kernels().slopeStep(split).getClass().getSimpleName();
    assertEquals(vectorExpected(), step.equals("VectorSlopeStep"), step);
  }

  @Test
  void piecewiseBatchesEqualApplyFloatEverywhere() {
    int n = (int) ((1L << 32) / STRIDE);
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = Float.intBitsToFloat((int) ((long) i * STRIDE));
    }
    for (String spec : EXACT) {
      Activation f = REGISTRY.get(spec);
      float[] whole = new float[n];
      f.apply(x, 0, whole, 0, n);
      float[] place = x.clone();
      f.apply(place, 0, place, 0, n);
      float[] shifted = new float[n];
      f.apply(x, 3, shifted, 0, n - 3);
      for (int i = 0; i < n; i++) {
        int want = Float.floatToIntBits(f.applyFloat(x[i]));
        boolean same = Float.floatToIntBits(whole[i]) == want
            && Float.floatToIntBits(place[i]) == want
            && (i < 3 || Float.floatToIntBits(shifted[i - 3]) == want);
        if (!same) {
          throw new AssertionError(spec + " at x = " + x[i] + " (bits " + Integer.toHexString(
              Float.floatToRawIntBits(x[i])) + "): batch " + whole[i] + ", in place " + place[i]
              + ", applyFloat " + Float.intBitsToFloat(want));
        }
      }
      MEASURED.merge(spec, "equals applyFloat at all " + n + " floats (whole, in place, shifted)",
          (a, b) -> b + "; " + a);
    }
  }

  /**
   * The values a stride of bit patterns misses: ±0, ±∞, NaN, the extremes, tiny inputs on both
   * sides of every split slope's threshold and the clamps' ends, spread over more than one
   * 4,096-float step and a tail, at every position in a vector.
   */
  @Test
  void piecewiseBatchesKeepSpecialValuesBitForBit() {
    float[] special = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
        Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL, Float.MAX_VALUE,
        -Float.MAX_VALUE, 3f, -3f, Math.nextUp(3f), Math.nextDown(-3f), Math.nextDown(3f),
        Math.nextUp(-3f), 0x1p-100f, -0x1p-100f, -0x1p-80f, -0x1p-60f, -0x1p-40f, -0x1p-28f,
        -0x1.8p-28f, -0x1p-20f, -1.5f, 2.5f};
    SplittableRandom random = new SplittableRandom(7);
    float[] x = new float[2 * 4096 + 37];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextInt(3) == 0 ? special[random.nextInt(special.length)]
          : (float) random.nextDouble(-5, 5);
    }
    for (String spec : EXACT) {
      Activation f = REGISTRY.get(spec);
      assertSameBits(f, spec, x);
      // each special value alone among ordinary ones, so that nothing else makes the kernel look
      // at its step again, at each position in a vector and in the tail
      for (float v : special) {
        for (int at = 0; at < 37; at += 5) {
          float[] one = new float[37];
          for (int i = 0; i < one.length; i++) {
            one[i] = i == at ? v : 1.25f + 0.5f * i * (i % 2 == 0 ? 1 : -1);
          }
          assertSameBits(f, spec, one);
        }
      }
    }
  }

  /** The batch, whole, in place and shifted, equals applyFloat bit for bit at every element. */
  private static void assertSameBits(Activation f, String spec, float[] x) {
    float[] whole = new float[x.length];
    f.apply(x, 0, whole, 0, x.length);
    float[] place = x.clone();
    f.apply(place, 0, place, 0, x.length);
    float[] shifted = new float[x.length + 5];
    f.apply(x, 0, shifted, 5, x.length);
    for (int i = 0; i < x.length; i++) {
      int want = Float.floatToIntBits(f.applyFloat(x[i]));
      assertTrue(Float.floatToIntBits(whole[i]) == want
          && Float.floatToIntBits(place[i]) == want
          && Float.floatToIntBits(shifted[i + 5]) == want,
          spec + " at x = " + x[i] + ": " + whole[i] + ", in place " + place[i] + ", shifted "
              + shifted[i + 5] + ", applyFloat " + Float.intBitsToFloat(want));
    }
  }
}
