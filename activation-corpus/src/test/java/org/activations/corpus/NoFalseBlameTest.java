package org.activations.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.activations.Activation;
import org.activations.DeclaredProperties;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Where an entry says a defect must not be reported, the declarations really hold when measured
 * from f itself (a central difference), not from the plugin's wrong f': the derivative-based
 * properties and the continuity of f'; and where f' must not be blamed, it agrees with f.
 */
class NoFalseBlameTest {
  /** A step incommensurate with the periods and bands of the fixtures, so that none aliases. */
  private static final double STEP = 0.0097;
  private static final int STEPS = (int) (12 / STEP);
  /** |f''| stays below this for the bases (tanh, softplus, softsign) of these entries. */
  private static final double MAX_SECOND_DERIVATIVE = 2.5;

  private static double numericalDerivative(Activation f, double x) {
    double h = 1e-7 * Math.max(1, Math.abs(x));
    return (f.apply(x + h) - f.apply(x - h)) / (2 * h);
  }

  @Test
  void correctEntriesMayHaveNothingReportedAndFlawedOnesKeepTheListsApart() {
    for (CorpusEntry e : Corpus.correct()) {
      assertEquals(EnumSet.allOf(Defect.class), e.mustNotReport(), e.name());
    }
    for (CorpusEntry e : Corpus.flawed()) {
      assertTrue(e.mustNotReport().stream().noneMatch(e.defects()::contains), e.name());
    }
  }

  @TestFactory
  Stream<DynamicTest> theDeclarationsThatMustNotBeBlamedHoldForTheTrueDerivative() {
    return Corpus.flawed().stream().filter(e -> !e.mustNotReport().isEmpty())
        .map(e -> dynamicTest(e.name(), () -> {
          Activation f = e.factory().get();
          DeclaredProperties declared = f.info().declared();
          if (e.mustNotReport().contains(Defect.DECLARED_PROPERTY)) {
            double slope = numericalDerivative(f, 0);
            boolean identity = f.apply(0) == 0 && Math.abs(slope - 1) < 1e-6;
            assertEquals(declared.identityAtOrigin(), identity, "identity at origin, f'(0) ~ " + slope);
            assertEquals(declared.monotonicDerivative(), numericalDerivativeIsMonotonic(f));
          }
          if (e.mustNotReport().contains(Defect.DERIVATIVE)) {
            for (int i = 0; i <= STEPS; i++) {
              double x = -6 + i * STEP + 0.00123;
              double analytic = f.derivative(x);
              double numerical = numericalDerivative(f, x);
              assertEquals(analytic, numerical, 1e-4 * Math.max(1, Math.abs(analytic)), "f' at " + x);
            }
          }
          if (e.mustNotReport().contains(Defect.CONTINUITY)) {
            assertFalse(numericalDerivativeJumps(f), "the true f' is continuous on [-6, 6]");
          }
        }));
  }

  private static boolean numericalDerivativeIsMonotonic(Activation f) {
    boolean up = true;
    boolean down = true;
    double previous = numericalDerivative(f, -6);
    for (int i = 1; i <= STEPS; i++) {
      double d = numericalDerivative(f, -6 + i * STEP);
      up &= d >= previous - 1e-7;
      down &= d <= previous + 1e-7;
      previous = d;
    }
    return up || down;
  }

  /** A jump of f' shows as a change between neighbours above what f'' allows over one step. */
  private static boolean numericalDerivativeJumps(Activation f) {
    double previous = numericalDerivative(f, -6);
    for (int i = 1; i <= STEPS; i++) {
      double d = numericalDerivative(f, -6 + i * STEP);
      if (Math.abs(d - previous) > MAX_SECOND_DERIVATIVE * STEP) {
        return true;
      }
      previous = d;
    }
    return false;
  }
}
