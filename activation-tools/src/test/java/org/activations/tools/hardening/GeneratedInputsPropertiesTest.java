package org.activations.tools.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.activations.Range;

/**
 * Properties of every discovered function over generated doubles and floats that include the
 * special values. Each try draws 1,000 inputs and checks every function on all of them. This JVM has
 * no Vector API module, so the batch kernels run on the plain-Java engine and must be exact.
 */
class GeneratedInputsPropertiesTest {
  /** The built-ins and, as a plugin, the pack (built before this module by the reactor). */
  private static final ActivationRegistry REGISTRY = withPack();
  private static final List<Activation> FUNCTIONS =
      REGISTRY.names().stream().map(REGISTRY::get).toList();
  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
  private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MIN_NORMAL, -Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE,
      -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0,
      709.78, -709.78, 745.2, -745.2, 22.0, 354.0, 0x1p-27, 37.0, -37.0};

  private static ActivationRegistry withPack() {
    java.nio.file.Path pack = java.nio.file.Path.of(System.getProperty("pack.classes",
        "../activation-pack/target/classes"));
    if (!java.nio.file.Files.isDirectory(pack)) {
      throw new IllegalStateException("the plugin pack's classes are missing at "
          + pack.toAbsolutePath() + "; build the reactor from the root");
    }
    try {
      return ActivationRegistry.load(new java.net.URLClassLoader(
          new java.net.URL[] {pack.toUri().toURL()}, GeneratedInputsPropertiesTest.class.getClassLoader()));
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterContainer
  static void report() {
    new TreeMap<>(COUNTS).forEach((k, v) -> System.out.printf(
        "[properties] %s: %,d generated inputs per function (%d functions)%n", k, v.sum(),
        FUNCTIONS.size()));
  }

  private static void count(String property, int n) {
    COUNTS.computeIfAbsent(property, k -> new LongAdder()).add(n);
  }

  /** Doubles: specials, values near the interesting range, and uniform bit patterns (all scales). */
  @Provide
  Arbitrary<double[]> doubles() {
    Arbitrary<Double> x = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Arrays.stream(SPECIAL).boxed().toList())),
        net.jqwik.api.Tuple.of(4, Arbitraries.doubles().between(-50, 50)),
        net.jqwik.api.Tuple.of(4, Arbitraries.longs().map(Double::longBitsToDouble)));
    return x.array(double[].class).ofSize(1000);
  }

  /** Floats, the same way. */
  @Provide
  Arbitrary<float[]> floats() {
    List<Float> specials = new ArrayList<>();
    for (double d : SPECIAL) {
      specials.add((float) d);
    }
    specials.addAll(List.of(Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
        -Float.MAX_VALUE));
    Arbitrary<Float> x = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(specials)),
        net.jqwik.api.Tuple.of(4, Arbitraries.floats().between(-50, 50)),
        net.jqwik.api.Tuple.of(4, Arbitraries.integers().map(Float::intBitsToFloat)));
    return x.array(float[].class).ofSize(1000);
  }

  @Property
  void outputsLieInTheDeclaredRangeAndNaNGivesNaN(@ForAll("doubles") double[] xs) {
    for (Activation f : FUNCTIONS) {
      Range range = f.info().range();
      for (double x : xs) {
        double y = f.apply(x);
        if (Double.isNaN(x)) {
          assertTrue(Double.isNaN(y), () -> f.spec() + "(NaN) = " + y);
          assertTrue(Double.isNaN(f.derivative(x)), () -> f.spec() + "'(NaN)");
        } else {
          assertTrue(range.containsRounded(y), () -> f.spec() + "(" + x + ") = " + y + " outside " + range);
        }
      }
    }
    count("range and NaN (double)", xs.length);
  }

  @Property
  void floatOutputsLieInTheDeclaredRange(@ForAll("floats") float[] xs) {
    for (Activation f : FUNCTIONS) {
      for (float x : xs) {
        float y = f.applyFloat(x);
        if (Float.isNaN(x)) {
          assertTrue(Float.isNaN(y), () -> f.spec() + "(NaN)");
        } else {
          assertTrue(inFloatClosure(f.info().range(), y), () -> f.spec() + "(" + x + "f) = " + y);
        }
        float d = f.derivativeFloat(x);
        assertTrue(Float.isNaN(x) == Float.isNaN(d), () -> f.spec() + "'(" + x + "f) = " + d);
      }
    }
    count("range and NaN (float)", xs.length);
  }

  /**
   * True if the float {@code y} lies in the range's closure in floats: a correctly rounded float
   * result may lie beyond a finite end by the rounding of that end to float (swish's minimum,
   * -0.278464542761..., rounds to the float -0.27846456). The double closure alone is too tight.
   */
  static boolean inFloatClosure(Range range, float y) {
    double lower = range.lowerBound();
    double upper = range.upperBound();
    return range.containsRounded(y) || (Double.isFinite(lower) && y == (float) lower)
        || (Double.isFinite(upper) && y == (float) upper);
  }

  /** The input the full run (1,000 tries) found: swish's float minimum rounds below the bound. */
  @Example
  void swishAtItsMinimumInFloatIsInTheFloatClosureOfItsRange() {
    Activation swish = REGISTRY.get("swish(beta=1.0)");
    float y = swish.applyFloat(-1.2784858f);
    assertEquals(-0.27846456f, y);
    assertTrue(y < swish.info().range().lowerBound(), "below the double bound: the old property failed");
    assertTrue(inFloatClosure(swish.info().range(), y));
    assertTrue(!inFloatClosure(swish.info().range(), Math.nextDown(y)), "one float further is not");
  }

  /** The input the full run found: softsign's plain quotient decreased just beyond 2^53. */
  @Example
  void softsignIsMonotonicAcross2To53() {
    Activation softsign = REGISTRY.get("softsign");
    double beyond = -9.007200406591542E15;
    double within = -7.572576839237852E15;
    assertTrue(softsign.apply(beyond) <= softsign.apply(within));
    assertEquals(-0.9999999999999999, softsign.apply(beyond), "correctly rounded");
  }

  /**
   * Where a rounding changes grain (every power of two, both signs, and the ulps around it), a
   * monotonic function must not decrease by more than its rounding: sums such as 1 + |x| round to a
   * coarser grid than |x| there, the cause of softsign's decrease near 2^53. Deterministic, unlike
   * the sampled property.
   */
  @Example
  void monotonicFunctionsDoNotDecreaseAcrossBinadeEdges() {
    int steps = 0;
    Map<String, List<String>> decreases = new TreeMap<>();
    for (Activation f : FUNCTIONS) {
      if (!f.info().declared().monotonic()) {
        continue;
      }
      for (int e = -1074; e <= 1023; e++) {
        for (double sign : new double[] {-1, 1}) {
          double x = sign * Math.scalb(1.0, e);
          for (int k = 0; k < 8; k++) {
            x = Math.nextDown(x);
          }
          double previous = f.apply(x);
          for (int k = 0; k < 16; k++) {
            double next = Math.nextUp(x);
            double y = f.apply(next);
            if (decreasesBeyondAccuracy(previous, y)) {
              decreases.computeIfAbsent(f.spec(), s -> new ArrayList<>())
                  .add("from x = " + x + " to " + next + ": " + previous + " > " + y);
            }
            previous = y;
            x = next;
            steps++;
          }
        }
      }
    }
    assertTrue(steps > 100_000, "too few steps checked: " + steps);
    StringBuilder report = new StringBuilder();
    decreases.forEach((f, where) -> report.append(String.format("%n%s decreases at %d steps, first %s",
        f, where.size(), where.get(0))));
    assertTrue(decreases.isEmpty(), report.toString());
  }

  @Property
  void monotonicFunctionsAreMonotonicOnSortedInputs(@ForAll("doubles") double[] xs) {
    double[] sorted = Arrays.stream(xs).filter(x -> !Double.isNaN(x)).sorted().toArray();
    for (Activation f : FUNCTIONS) {
      if (sorted.length == 0) {
        break;
      }
      if (!f.info().declared().monotonic()) {
        continue;
      }
      double previous = f.apply(sorted[0]);
      for (double x : sorted) {
        double y = f.apply(x);
        double before = previous;
        // messages as suppliers: formatting one for each of millions of inputs costs most of the run
        assertTrue(!decreasesBeyondAccuracy(before, y),
            () -> f.spec() + " decreases at " + x + ": " + before + " > " + y);
        previous = y;
      }
    }
    count("monotonic on sorted inputs", xs.length);
  }

  /**
   * True if a monotonic function went from {@code previous} to {@code y} by more than its accuracy
   * allows. Only a correctly rounded function is monotonic to the last bit; the documented bound
   * for the transcendental ones is 2 ulps, so each can step back by up to 2 ulps of its value
   * (softplus does at about 1 in 2,000 ulp steps, by 1 ulp). Twice that is a defect.
   */
  static boolean decreasesBeyondAccuracy(double previous, double y) {
    return y < previous - 2 * Math.ulp(previous);
  }

  @Property
  void theTwoDerivativeFormsAgreeWhereBothExist(@ForAll("doubles") double[] xs) {
    for (Activation f : FUNCTIONS) {
      if (!f.hasDerivativeFromOutput()) {
        continue;
      }
      for (double x : xs) {
        if (Double.isNaN(x) || isSpecialPoint(f, x)) {
          continue;
        }
        double y = f.apply(x);
        double fromInput = f.derivative(x);
        double fromOutput = f.derivativeFromOutput(y);
        // The output form sees y rounded: allow what one ulp of y changes it by, on the smaller side.
        double slack = Math.min(Math.abs(f.derivativeFromOutput(Math.nextUp(y)) - fromOutput),
            Math.abs(f.derivativeFromOutput(Math.nextDown(y)) - fromOutput));
        double tolerance = 4 * Math.ulp(fromInput) + 2 * slack;
        assertTrue(Math.abs(fromInput - fromOutput) <= tolerance, () -> f.spec() + " at x = " + x
            + ": f'(x) = " + fromInput + ", f'(y) = " + fromOutput);
      }
    }
    count("derivative forms agree", xs.length);
  }

  private static boolean isSpecialPoint(Activation f, double x) {
    return f.info().specialPoints().stream().anyMatch(p -> p.x() == x);
  }

  @Property
  void nothingEverThrows(@ForAll("doubles") double[] xs) {
    for (Activation f : FUNCTIONS) {
      for (double x : xs) {
        f.apply(x);
        f.derivative(x);
        if (f.hasDerivativeFromOutput()) {
          f.derivativeFromOutput(x);
          f.derivativeFromOutputFloat((float) x);
        }
        f.applyFloat((float) x);
        f.derivativeFloat((float) x);
      }
    }
    count("nothing throws", xs.length);
  }

  @Property
  void batchResultsEqualScalarResults(@ForAll("doubles") double[] xs) {
    int n = xs.length;
    float[] xf = new float[n];
    for (int i = 0; i < n; i++) {
      xf[i] = (float) xs[i];
    }
    for (Activation f : FUNCTIONS) {
      double[] y = new double[n];
      f.apply(xs, 0, y, 0, n);
      float[] yf = new float[n];
      f.apply(xf, 0, yf, 0, n);
      double[] g = new double[n];
      f.backward(xs, y, xs, g, 0, n); // the inputs double as an upstream gradient
      for (int i = 0; i < n; i++) {
        int k = i;
        assertEquals(Double.doubleToLongBits(f.apply(xs[i])), Double.doubleToLongBits(y[i]),
            () -> f.spec() + " at " + xs[k]);
        assertEquals(Float.floatToIntBits(f.applyFloat(xf[i])), Float.floatToIntBits(yf[i]),
            () -> f.spec() + " at " + xf[k] + "f");
        double d = f.hasDerivativeFromOutput() ? f.derivativeFromOutput(y[i]) : f.derivative(xs[i]);
        assertEquals(Double.doubleToLongBits(xs[i] * d), Double.doubleToLongBits(g[i]),
            () -> f.spec() + " backward at " + xs[k]);
      }
    }
    count("batch equals scalar", xs.length);
  }

  @Property(tries = 1)
  void everyFunctionIsCovered(@ForAll("doubles") double[] xs) {
    assertEquals(REGISTRY.names().size(), FUNCTIONS.size());
    assertEquals(26, FUNCTIONS.size(), "the five built-ins and the pack's twenty-one: " + REGISTRY.names());
    assertEquals(List.of(), REGISTRY.problems());
  }
}
