package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The float-only kernels (HotSpot 17 vectorises no float-to-double conversion) against the double
 * formulas rounded once: hard_sigmoid and hard_swish over a stride of all 2^32 floats (hard_sigmoid
 * at all of them with -Dactivations.slow=true; hard_swish was tried at all once, off by one ulp at
 * 8 floats), and the
 * negative-slope family's split-slope kernel against its exact scalar method, tiny inputs and
 * in-place calls included.
 */
class PackFloatKernelTest {
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();
  /** A prime stride: 17,111,423 floats of every exponent and sign. */
  private static final int STRIDE = 251;

  /**
   * (clamp(x) + 3)/6 correctly rounded to float: the double quotient q of the exact c + 3, rounded
   * to float, except where q is a float midpoint and the exact quotient is not (its remainder
   * says on which side it lies), where rounding q would round twice.
   */
  private static float hardSigmoidExact(float x) {
    float c = Math.min(Math.max(x, -3f), 3f);
    double s = (double) c + 3; // exact
    double q = s / 6;
    double remainder = Math.fma(-q, 6, s);
    float f = (float) q;
    if (remainder != 0 && q != f) {
      float below = q > f ? f : Math.nextDown(f);
      float above = Math.nextUp(below);
      if (q == ((double) below + above) / 2) {
        return remainder > 0 ? above : below;
      }
    }
    return f;
  }

  @Test
  void hardSigmoidIsCorrectlyRoundedInFloat() {
    long tried = 0;
    for (long bits = 0; bits < 1L << 32; bits += STRIDE) {
      float x = Float.intBitsToFloat((int) bits);
      assertSame(hardSigmoidExact(x), HardSigmoid.hardSigmoidFloat(x), x);
      tried++;
    }
    System.out.printf("[float kernel] hard_sigmoid: %,d floats, all correctly rounded%n", tried);
  }

  /** Every float, on both cores: about 20 s, so only with {@code -Dactivations.slow=true}. */
  @Test
  @EnabledIfSystemProperty(named = "activations.slow", matches = "true")
  void hardSigmoidIsCorrectlyRoundedAtEveryFloat() {
    long wrong = IntStream.range(0, 1 << 16).parallel().mapToLong(high -> {
      long n = 0;
      for (int low = 0; low < 1 << 16; low++) {
        float x = Float.intBitsToFloat(high << 16 | low);
        if (Float.floatToIntBits(hardSigmoidExact(x))
            != Float.floatToIntBits(HardSigmoid.hardSigmoidFloat(x))) {
          n++;
        }
      }
      return n;
    }).sum();
    assertEquals(0, wrong, "floats where hard_sigmoid is not correctly rounded");
    System.out.println("[float kernel] hard_sigmoid: all 4,294,967,296 floats correctly rounded");
  }

  @Test
  void hardSwishIsWithinOneUlpAndAlmostAlwaysCorrectlyRounded() {
    long tried = 0;
    long off = 0;
    for (long bits = 0; bits < 1L << 32; bits += STRIDE) {
      float x = Float.intBitsToFloat((int) bits);
      double v = x;
      float exact = (float) (Math.max(v, -3.0) * (Math.min(Math.max(v, -3.0), 3.0) + 3) / 6);
      float fast = HardSwish.hardSwishFloat(x);
      tried++;
      if (Float.floatToRawIntBits(exact) != Float.floatToRawIntBits(fast)) {
        assertTrue(Float.isFinite(exact) && Math.abs(exact - fast) <= Math.ulp(exact),
            "hard_swish(" + x + "f) = " + fast + ", correctly rounded " + exact);
        off++;
      }
    }
    assertTrue(off <= 1, off + " of " + tried + " floats off by an ulp");
    System.out.printf("[float kernel] hard_swish: %,d floats, %d off by one ulp%n", tried, off);
  }

  /**
   * One of the 8 inputs of the exhaustive run: the exact value lies within 2^−26 ulp of a float
   * midpoint, and the float-only kernel gives the other neighbour, one ulp from the correctly
   * rounded float.
   */
  @Test
  void hardSwishIsTheOtherNeighbourAtAKnownNearMidpoint() {
    float x = 5.8213205E-5f;
    double v = x;
    float correct = (float) (v * (v + 3) / 6);
    float fast = HardSwish.hardSwishFloat(x);
    assertEquals(2.9107168E-5f, correct);
    assertEquals(1, Math.abs(Float.floatToRawIntBits(fast) - Float.floatToRawIntBits(correct)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"leaky_relu", "leaky_relu(alpha=0.2)", "leaky_relu(alpha=0.3)",
      "leaky_relu(alpha=0.123456789)", "prelu(alpha=0.1)", "rrelu", "rrelu(lower=0.1, upper=0.3)",
      "rrelu(lower=0.01, upper=0.99)", "rrelu(lower=0.725, upper=0.511)",
      "rrelu(lower=0.46795300422287345, upper=0.3280767391525029)"})
  void negativeSlopeKernelEqualsTheExactScalarMethod(String spec) {
    Activation f = REGISTRY.get(spec);
    SplittableRandom random = new SplittableRandom(spec.hashCode());
    float[] x = new float[3 * 4096 + 17]; // three of the kernel's 4096-float steps, and a part
    for (int i = 0; i < x.length; i++) {
      // the first step only finite inputs above 2^−20 (its loop's results are all kept); the
      // others every kind, so that their loops' results are kept for some elements and not others
      x[i] = i < 4096 ? Math.scalb((float) random.nextDouble(-2, 2), random.nextInt(-20, 120))
          : switch (i % 4) {
            case 0 -> (float) random.nextDouble(-8, 8);
            case 1 -> Float.intBitsToFloat(random.nextInt()); // every scale, subnormals and NaN
            case 2 -> Float.intBitsToFloat(random.nextInt(0, 0x0c000000)) * (i % 8 == 2 ? -1 : 1);
            default -> i % 8 == 3 ? -0f : i % 16 == 7 ? Float.NEGATIVE_INFINITY
                : Float.POSITIVE_INFINITY;
          };
    }
    float[] expected = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      expected[i] = f.applyFloat(x[i]);
    }
    float[] y = new float[x.length];
    f.apply(x, 0, y, 0, x.length);
    assertArrayEquals(expected, y, spec);
    float[] shifted = new float[x.length + 5];
    f.apply(x, 0, shifted, 5, x.length);
    assertArrayEquals(expected, java.util.Arrays.copyOfRange(shifted, 5, shifted.length), spec);
    float[] inPlace = x.clone();
    f.apply(inPlace, 0, inPlace, 0, inPlace.length);
    assertArrayEquals(expected, inPlace, spec + " in place");
  }

  /** The defaults and common slopes take the float-only kernel (else the speed claim is void). */
  @ParameterizedTest
  @ValueSource(strings = {"leaky_relu", "leaky_relu(alpha=0.2)", "prelu", "prelu(alpha=0.1)",
      "rrelu", "rrelu(lower=0.1, upper=0.3)", "rrelu(lower=0.725, upper=0.511)"})
  void commonSlopesTakeTheFloatOnlyKernel(String spec) {
    assertTrue(((NegativeSlopeUnit) REGISTRY.get(spec)).floatForwardIsFloatOnly(), spec);
  }

  /**
   * rrelu's default slope (1/8 + RN(1/3))/2 lies 2^−55/3 below 11/48, so a·x lies about 2^−56
   * from a float midpoint at 762,600 of the 2^23 significands: the plain split (about 2^−48)
   * rounds 381,300 of them the wrong way, and the residual form must round all, at every
   * significand.
   */
  @Test
  void rreluDefaultSlopeIsRoundedExactlyAtEverySignificand() {
    assertEqualsTheScalarMethodAtEverySignificand("rrelu", true);
  }

  /**
   * A slope that neither float form rounds at every significand (the mean of two doubles that are
   * not short decimals) takes the double-double kernel, which must agree just as well.
   */
  @Test
  void aSlopeNoFloatFormRoundsTakesTheDoubleDoubleKernel() {
    assertEqualsTheScalarMethodAtEverySignificand(
        "rrelu(lower=0.46795300422287345, upper=0.3280767391525029)", false);
  }

  private static void assertEqualsTheScalarMethodAtEverySignificand(String spec, boolean floatOnly) {
    NegativeSlopeUnit f = (NegativeSlopeUnit) REGISTRY.get(spec);
    assertEquals(floatOnly, f.floatForwardIsFloatOnly(), spec);
    float[] x = new float[1 << 23];
    for (int m = 0; m < x.length; m++) {
      x[m] = -Float.intBitsToFloat(0x3f800000 | m);
    }
    float[] y = new float[x.length];
    f.apply(x, 0, y, 0, x.length);
    for (int m = 0; m < x.length; m++) {
      if (Float.floatToRawIntBits(y[m]) != Float.floatToRawIntBits(f.applyFloat(x[m]))) {
        assertSame(f.applyFloat(x[m]), y[m], x[m]);
      }
    }
  }

  private static void assertSame(float expected, float actual, float x) {
    assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual),
        () -> "at x = " + x + "f: " + actual + ", correctly rounded " + expected);
  }
}
