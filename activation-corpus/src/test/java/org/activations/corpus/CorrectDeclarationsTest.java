package org.activations.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.activations.Activation;
import org.activations.DeclaredProperties;
import org.activations.SpecialPoint;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Cheap spot checks that every declaration of every correct entry is true: each property is measured
 * on a sample (a 0.01 grid on [-50, 50], a logarithmic sweep to ±1e300 and the extreme doubles) and
 * compared with the declaration, in both directions (a property declared absent must be absent). A
 * function declared monotonic is also scanned over runs of consecutive doubles: it is monotonic in
 * floating point too, so a verifier may compare its values exactly.
 */
class CorrectDeclarationsTest {
  private static final double[] SAMPLE = sample();
  private static final double[] PROBES = {-2.3, -0.7, 0.45, 1.9, 3.3};
  private static final double[] FAR = {1e100, 3.7e150, 2e200, 1e300};
  private static final double[] NEAR = {0, 0.5, 1, 2};

  private static double[] sample() {
    TreeSet<Double> xs = new TreeSet<>();
    for (int i = -5000; i <= 5000; i++) {
      xs.add(i / 100.0);
    }
    for (int k = -300; k <= 300; k++) {
      for (double c : new double[] {1, 3.7}) {
        xs.add(c * Math.pow(10, k));
        xs.add(-c * Math.pow(10, k));
      }
    }
    for (double x : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE}) {
      xs.add(x);
      xs.add(-x);
    }
    xs.remove(-0.0);
    xs.add(0.0);
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @TestFactory
  Stream<DynamicNode> everyDeclarationOfEveryCorrectEntryHoldsOnTheSample() {
    return Corpus.correct().stream().map(e -> dynamicContainer(e.name(), Stream.of(
        dynamicTest("NaN in, NaN out", () -> nanInNanOut(e.factory().get())),
        dynamicTest("range", () -> range(e.factory().get())),
        dynamicTest("monotonic", () -> monotonic(e.factory().get())),
        dynamicTest("monotonic to the last bit", () -> monotonicToTheLastBit(e.factory().get())),
        dynamicTest("zero-centred", () -> zeroCentred(e.factory().get())),
        dynamicTest("identity at origin", () -> identityAtOrigin(e.factory().get())),
        dynamicTest("saturation", () -> saturation(e.factory().get())),
        dynamicTest("nonlinear", () -> nonlinear(e.factory().get())),
        dynamicTest("monotonic derivative", () -> monotonicDerivative(e.factory().get())),
        dynamicTest("derivative", () -> derivative(e.factory().get())),
        dynamicTest("output form", () -> outputForm(e.factory().get())),
        dynamicTest("special points", () -> specialPoints(e.factory().get())))));
  }

  private static DeclaredProperties declared(Activation f) {
    return f.info().declared();
  }

  private static void nanInNanOut(Activation f) {
    assertTrue(Double.isNaN(f.apply(Double.NaN)));
    assertTrue(Double.isNaN(f.derivative(Double.NaN)));
    if (f.hasDerivativeFromOutput()) {
      assertTrue(Double.isNaN(f.derivativeFromOutput(Double.NaN)));
    }
  }

  private static void range(Activation f) {
    for (double x : SAMPLE) {
      double y = f.apply(x);
      assertTrue(f.info().range().containsRounded(y), "f(" + x + ") = " + y);
    }
  }

  private static boolean isMonotonic(double[] xs, DoubleUnaryOperator g) {
    boolean up = true;
    boolean down = true;
    double previous = g.applyAsDouble(xs[0]);
    for (int i = 1; i < xs.length; i++) {
      double v = g.applyAsDouble(xs[i]);
      up &= v >= previous;
      down &= v <= previous;
      previous = v;
    }
    return up || down;
  }

  private static void monotonic(Activation f) {
    assertEquals(declared(f).monotonic(), isMonotonic(SAMPLE, f::apply));
  }

  /** Where a declared monotonic function is scanned over consecutive doubles (both signs). */
  private static final double[] SCAN_CENTRES = {0, 1e-300, 1e-20, 1e-8, 1e-3, 0.1, 0.3, 0.5, 0.75,
      0.9999, 1, 2, 2.5, Math.PI, 7, 19, 36.7, 100, 709, 1e5, 1e17, 1e150, 1e300};

  /** A declared monotonic function does not step back even by one ulp between adjacent doubles. */
  private static void monotonicToTheLastBit(Activation f) {
    if (!declared(f).monotonic()) {
      return;
    }
    for (double centre : SCAN_CENTRES) {
      for (double c : new double[] {centre, -centre}) {
        double x = c;
        for (int i = 0; i < 1000; i++) {
          x = Math.nextDown(x);
        }
        double previous = f.apply(x);
        for (int i = 0; i < 2000; i++) {
          x = Math.nextUp(x);
          double y = f.apply(x);
          assertTrue(y >= previous, "f(" + x + ") = " + y + " < f(previous double) = " + previous);
          previous = y;
        }
      }
    }
  }

  private static void zeroCentred(Activation f) {
    boolean positive = false;
    boolean negative = false;
    for (double x : SAMPLE) {
      positive |= f.apply(x) > 0;
      negative |= f.apply(x) < 0;
    }
    assertEquals(declared(f).zeroCentred(), f.apply(0) == 0 && positive && negative);
  }

  private static boolean hasSpecialPointAt(Activation f, double x) {
    return f.info().specialPoints().stream().anyMatch(p -> p.x() == x);
  }

  private static void identityAtOrigin(Activation f) {
    double h = 1e-6;
    double right = (f.apply(h) - f.apply(0)) / h;
    double left = (f.apply(0) - f.apply(-h)) / h;
    boolean measured = f.apply(0) == 0 && !hasSpecialPointAt(f, 0)
        && Math.abs(right - 1) < 1e-5 && Math.abs(left - 1) < 1e-5;
    assertEquals(declared(f).identityAtOrigin(), measured, "f'(0-) ~ " + left + ", f'(0+) ~ " + right);
  }

  /** f' vanishes on a side if it is below 1e-9 of its scale near 0 at every far probe. */
  private static boolean saturates(Activation f, double sign) {
    double scale = Double.MIN_NORMAL;
    for (double x : NEAR) {
      scale = Math.max(scale, Math.max(Math.abs(f.derivative(x)), Math.abs(f.derivative(-x))));
    }
    for (double x : FAR) {
      if (Math.abs(f.derivative(sign * x)) > 1e-9 * scale) {
        return false;
      }
    }
    return true;
  }

  private static void saturation(Activation f) {
    assertEquals(declared(f).saturation().negative(), saturates(f, -1), "negative side");
    assertEquals(declared(f).saturation().positive(), saturates(f, 1), "positive side");
  }

  private static void nonlinear(Activation f) {
    double[][] pairs = {{-3, -1}, {-1, 1}, {-0.5, 1.5}, {0, 1e-6}, {0.2, 0.7}, {1, 3}, {2, 5},
        {-50, 50}, {10, 1000}};
    boolean measured = false;
    for (double[] p : pairs) {
      double a = f.apply(p[0]);
      double m = f.apply((p[0] + p[1]) / 2);
      double b = f.apply(p[1]);
      measured |= Math.abs(a - 2 * m + b) > 1e-9 * (Math.abs(a) + 2 * Math.abs(m) + Math.abs(b));
    }
    assertEquals(declared(f).nonlinear(), measured);
  }

  private static void monotonicDerivative(Activation f) {
    List<Double> xs = new ArrayList<>();
    for (double x : SAMPLE) {
      if (!hasSpecialPointAt(f, x)) {
        xs.add(x);
      }
    }
    double[] regular = xs.stream().mapToDouble(Double::doubleValue).toArray();
    assertEquals(declared(f).monotonicDerivative(), isMonotonic(regular, f::derivative));
  }

  private static void derivative(Activation f) {
    for (double x : PROBES) {
      double h = 1e-7 * Math.max(1, Math.abs(x));
      double numerical = (f.apply(x + h) - f.apply(x - h)) / (2 * h);
      double analytic = f.derivative(x);
      assertTrue(Math.abs(numerical - analytic)
              <= 1e-5 * Math.max(Math.abs(numerical), Math.abs(analytic)),
          "x = " + x + ": f' = " + analytic + ", central difference " + numerical);
    }
  }

  private static void outputForm(Activation f) {
    if (!f.hasDerivativeFromOutput()) {
      return;
    }
    for (double x : PROBES) {
      double fromX = f.derivative(x);
      double fromY = f.derivativeFromOutput(f.apply(x));
      assertTrue(Math.abs(fromX - fromY) <= 1e-12 * Math.max(Math.abs(fromX), Math.abs(fromY)),
          "x = " + x + ": f'(x) = " + fromX + ", f'(y) = " + fromY);
    }
  }

  private static void specialPoints(Activation f) {
    for (SpecialPoint p : f.info().specialPoints()) {
      double x = p.x();
      double h = x == 0 ? 1e-7 : 1e-7 * Math.abs(x);
      double across = Math.abs(f.apply(x + h) - f.apply(x - h));
      double scale = Math.abs(f.apply(x + 1)) + Math.abs(f.apply(x - 1)) + 1e-300;
      if (p.kind() == SpecialPoint.Kind.JUMP) {
        double jump = Math.abs(f.apply(Math.nextUp(x)) - f.apply(Math.nextDown(x)));
        assertTrue(jump > 1e-6 * scale, p + ": jump " + jump);
      } else {
        double right = (f.apply(x + h) - f.apply(x)) / h;
        double left = (f.apply(x) - f.apply(x - h)) / h;
        assertTrue(across < 1e-5 * scale, p + ": f changes by " + across);
        assertTrue(Math.abs(right - left) > 1e-6 * Math.max(Math.abs(right), Math.abs(left)),
            p + ": slopes " + left + ", " + right);
      }
    }
  }
}
