package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.junit.jupiter.api.Test;

/** The engine on softsign spoiled one way at a time: each flaw found under its concern, with its point. */
class EngineTest {
  private static final PropertyAnalyzer ENGINE = new PropertyAnalyzer(PropertyAnalyzer.DEFAULT_SEED,
      java.time.Duration.ofSeconds(60)); // generous: these verdicts must not depend on the machine's load

  private static TestFunction softsign(String name, DoubleUnaryOperator f, DoubleUnaryOperator df,
      DoubleUnaryOperator dfy) {
    return new TestFunction(Softsign.info(name).build(), f, df, dfy);
  }

  private static Finding failure(PropertyReport r, Concern concern) {
    return r.failures().stream().filter(f -> f.concern() == concern).findFirst()
        .orElseThrow(() -> new AssertionError("no " + concern + " failure in " + r.findings()));
  }

  @Test
  void theCorrectFunctionPassesWithItsSecondDerivativeJumpLocated() {
    PropertyReport r = ENGINE.analyze(Softsign.correct("softsign_ok"), "test");
    assertEquals(List.of(), r.findings());
    assertTrue(r.passed());
    assertEquals("C^1", r.verdict(Property.CONTINUITY_ORDER).value());
    assertTrue(r.verdict(Property.CONTINUITY_ORDER).evidence().contains("f'' jumps at x = 0"),
        r.verdict(Property.CONTINUITY_ORDER).evidence());
    assertEquals(Mark.YES, r.verdict(Property.DERIVATIVE_VALIDATED).mark());
  }

  @Test
  void aDerivativeWrongOnANarrowBandFailsInsideIt() {
    PropertyReport r = ENGINE.analyze(softsign("band", Softsign::f,
        x -> Softsign.df(x) * (x >= 2.0001 && x <= 2.0002 ? 1.001 : 1), Softsign::dfy), "test");
    Finding f = failure(r, Concern.DERIVATIVE);
    double x = f.x().orElseThrow();
    assertTrue(x >= 2.0001 && x <= 2.0002, f.toString());
    assertEquals(Mark.NO, r.verdict(Property.DERIVATIVE_VALIDATED).mark());
  }

  @Test
  void aDerivativeWrongAtOnePointFails() {
    PropertyReport r = ENGINE.analyze(softsign("point", Softsign::f,
        x -> x == 0 ? 5 : Softsign.df(x), Softsign::dfy), "test");
    assertEquals(0.0, failure(r, Concern.DERIVATIVE).x().orElseThrow());
  }

  @Test
  void aTinyJumpOffTheGridIsLocated() {
    double at = 1.2345678901;
    PropertyReport r = ENGINE.analyze(new TestFunction(Softsign.inputOnly("jump").build(),
        x -> Softsign.f(x) * (x > at ? 1 - 1e-3 : 1), Softsign::df, null), "test");
    Finding f = failure(r, Concern.CONTINUITY);
    assertEquals(at, f.x().orElseThrow(), 1e-12);
  }

  /**
   * A staircase on a coarse grid is discontinuous even though its steps divide each other: the
   * rule that lets a rounding staircase (hypot(1, x) − 1, steps of ulp(1)) pass must not let it.
   */
  @Test
  void aQuantisedFunctionStillJumps() {
    PropertyReport r = ENGINE.analyze(new TestFunction(Softsign.inputOnly("quantised").build(),
        x -> Math.rint(Softsign.f(x) * 1e6) / 1e6, Softsign::df, null), "test");
    failure(r, Concern.CONTINUITY);
  }

  @Test
  void aKinkOfOneTenThousandthIsLocated() {
    double at = 0.7777;
    double k = 1e-4;
    PropertyReport r = ENGINE.analyze(new TestFunction(Softsign.inputOnly("kink").build(),
        x -> Softsign.f(x > at ? at + (1 + k) * (x - at) : x),
        x -> x > at ? (1 + k) * Softsign.df(at + (1 + k) * (x - at)) : Softsign.df(x), null), "test");
    Finding f = failure(r, Concern.CONTINUITY);
    assertEquals(at, f.x().orElseThrow(), 1e-6);
  }

  @Test
  void nanThatComesOutAsAValueFails() {
    PropertyReport r = ENGINE.analyze(softsign("nan_zero",
        x -> Double.isNaN(x) ? 0 : Softsign.f(x), Softsign::df, Softsign::dfy), "test");
    assertTrue(failure(r, Concern.SPECIAL_INPUT).message().startsWith("f(NaN) = 0"), r.findings().toString());
  }

  @Test
  void aNanDerivativeAtInfinityFails() {
    PropertyReport r = ENGINE.analyze(softsign("nan_slope", Softsign::f,
        x -> Double.isInfinite(x) ? Double.NaN : Softsign.df(x), Softsign::dfy), "test");
    assertEquals(Double.POSITIVE_INFINITY, Math.abs(failure(r, Concern.SPECIAL_INPUT).x().orElseThrow()));
  }

  @Test
  void aRangeViolationOnABandOfLargeInputsFails() {
    PropertyReport r = ENGINE.analyze(softsign("escape",
        x -> x >= 1e5 && x <= 1.0001e5 ? 1.5 : Softsign.f(x), Softsign::df, null), "test");
    double x = failure(r, Concern.RANGE).x().orElseThrow();
    assertTrue(x >= 1e5 && x <= 1.0001e5, r.findings().toString());
  }

  @Test
  void anOutputFormWrongForNegativeOutputsFails() {
    PropertyReport r = ENGINE.analyze(softsign("neg", Softsign::f, Softsign::df,
        y -> (1 - y) * (1 - y)), "test");
    assertTrue(failure(r, Concern.DERIVATIVE_FROM_OUTPUT).x().orElseThrow() < 0);
    assertEquals("no", r.verdict(Property.FAST_DERIVATIVE).value());
    assertFalse(r.failures().stream().anyMatch(f -> f.concern() == Concern.DERIVATIVE));
  }

  @Test
  void aThrowingFunctionIsAFindingAndTheAnalysisCompletes() {
    PropertyReport r = ENGINE.analyze(softsign("thrower", x -> {
      if (x > 3 && x < 4) {
        throw new IllegalStateException("boom");
      }
      return Softsign.f(x);
    }, Softsign::df, Softsign::dfy), "test");
    Finding f = failure(r, Concern.THROWS);
    assertTrue(f.x().orElseThrow() > 3 && f.message().contains("IllegalStateException: boom"), f.toString());
    assertTrue(r.complete());
  }

  @Test
  void aHangingFunctionTimesOut() {
    PropertyAnalyzer quick = new PropertyAnalyzer(1, Duration.ofMillis(1500));
    long start = System.nanoTime();
    PropertyReport r = quick.analyze(softsign("sleeper", x -> {
      if (Math.abs(x) > 1e200) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Softsign.f(x);
    }, Softsign::df, Softsign::dfy), "test");
    assertTrue(System.nanoTime() - start < 6_000_000_000L); // a sleeper burns no CPU: the 3x wall backstop
    Finding f = failure(r, Concern.TIMEOUT);
    assertTrue(f.message().startsWith("timed out after 1.5 s at x = "), f.message());
    assertFalse(r.passed());
  }

  @Test
  void aFunctionDeclaredMonotonicThatDipsFails() {
    ActivationInfo info = ActivationInfo.builder("silu_monotonic")
        .description("x·sigmoid(x), declared monotonic by mistake")
        .function("x / (1 + exp(-x))", "x\\sigma(x)")
        .derivative("s + x s (1 - s)", "\\sigma + x\\sigma(1-\\sigma)")
        .range(Range.interval(-0.27846454276107380, true, Double.POSITIVE_INFINITY, false))
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(DeclaredProperties.SMOOTH)
            .monotonic(true).monotonicDerivative(false).zeroCentred(true).identityAtOrigin(false)
            .saturation(Saturation.NEGATIVE).build())
        .build();
    PropertyReport r = ENGINE.analyze(new TestFunction(info, x -> x / (1 + Math.exp(-x)), x -> {
      double s = 1 / (1 + Math.exp(-x));
      return s + x * s * (1 - s);
    }, null), "test");
    failure(r, Concern.MONOTONIC);
    assertEquals("no", r.verdict(Property.MONOTONIC).value());
  }

  @Test
  void anOscillatingCorrectFunctionIsNotFailed() {
    ActivationInfo info = ActivationInfo.builder("wobble")
        .description("x + sin(x)/2")
        .function("x + sin(x)/2", "x + \\sin(x)/2")
        .derivative("1 + cos(x)/2", "1 + \\cos(x)/2")
        .range(Range.reals())
        .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(DeclaredProperties.SMOOTH)
            .monotonic(true).monotonicDerivative(false).zeroCentred(true).identityAtOrigin(false)
            .saturation(Saturation.NONE).build())
        .build();
    PropertyReport r = ENGINE.analyze(new TestFunction(info,
        x -> Double.isInfinite(x) ? x : x + Math.sin(x) / 2, x -> Double.isInfinite(x) ? Double.NaN
            : 1 + Math.cos(x) / 2, null), "test");
    assertEquals(List.of(), r.failures().stream().filter(f -> f.concern() != Concern.SPECIAL_INPUT)
        .toList());
  }
}
