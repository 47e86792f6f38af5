package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The careful check of f' at one point, apart from the sample's own searches: a jump a few hundred
 * ulps from the point is too far for the noise probe's finest window (so it is not taken for noise)
 * and nearer than the smallest step, so every step's stencils straddle it and none settles. The
 * check then probes where the last stencils reached, finds the jump and names it.
 */
class DerivativeValidationTest {
  private static final double JUMP_AT = 1.5;
  /** The smallest step the estimate takes at JUMP_AT, 2^-44·|x|. */
  private static final double SMALLEST_STEP = 0x1p-44 * JUMP_AT;

  private static ActivationInfo info() {
    return ActivationInfo.builder("near_jump")
        .description("x with a jump of 1e-6 at 1.5, for tests")
        .function("x + 1e-6 [x > 1.5]", "x + 10^{-6} [x > 1.5]")
        .derivative("1", "1")
        .range(Range.reals())
        .declared(DeclaredProperties.builder().nonlinear(false).continuityOrder(1).monotonic(true)
            .monotonicDerivative(true).zeroCentred(true).identityAtOrigin(true)
            .saturation(Saturation.NONE).build())
        .build();
  }

  private static Map<String, Finding> checkAt(double x, DoubleUnaryOperator f) {
    FindingLog log = new FindingLog();
    Evaluations ev = new Evaluations(new TestFunction(info(), f, t -> 1, null),
        new Budget(10_000_000_000L), log);
    new DerivativeValidation(ev, 1, List.of(), List.of(), 1, 10)
        .validate(new double[] {x}, new double[] {f.applyAsDouble(x)}, new double[] {1}, null,
            new double[] {x});
    return log.snapshot().findings();
  }

  @ParameterizedTest(name = "{0} smallest steps below the jump")
  @ValueSource(doubles = {0.5, 0.9, 2})
  void aJumpNearerThanTheSmallestStepIsNamedWithItsPoint(double distance) {
    double x = JUMP_AT - distance * SMALLEST_STEP;
    Map<String, Finding> findings = checkAt(x, t -> t > JUMP_AT ? t + 1e-6 : t);
    Finding jump = findings.get("continuity/probe");
    assertNotNull(jump, findings::toString);
    assertEquals("continuity: the numerical derivative does not settle at x = " + Numbers.exact(x)
        + ": f jumps at x = 1.5 (1.5 → 1.5000010000000001)", jump.toString());
    assertEquals(Concern.CONTINUITY, jump.concern());
    assertEquals(x, findings.get("DERIVATIVE/unverified").x().getAsDouble());
  }

  /**
   * A correct function with a declared kink a few ulps to a few hundred ulps away: no step fits
   * between the point and the kink, the estimate cannot settle, and the probe must not reach the
   * kink and call it a discontinuity.
   */
  @ParameterizedTest(name = "{0} ulps below a declared kink")
  @ValueSource(ints = {8, 100, 1000})
  void aDeclaredKinkNearThePointIsNotReported(int ulps) {
    DoubleUnaryOperator f = t -> t <= JUMP_AT ? t : JUMP_AT + 2 * (t - JUMP_AT);
    double x = JUMP_AT - ulps * Math.ulp(JUMP_AT);
    FindingLog log = new FindingLog();
    Evaluations ev = new Evaluations(new TestFunction(info(), f, t -> t <= JUMP_AT ? 1 : 2, null),
        new Budget(10_000_000_000L), log);
    new DerivativeValidation(ev, 1, List.of(JUMP_AT), List.of(), 1, 10)
        .validate(new double[] {x}, new double[] {f.applyAsDouble(x)}, new double[] {1}, null,
            new double[] {x});
    Map<String, Finding> findings = log.snapshot().findings();
    assertNull(findings.get("continuity/probe"), findings::toString);
    assertTrue(findings.values().stream().noneMatch(Finding::failed), findings::toString);
  }

  @ParameterizedTest(name = "{0} smallest steps below 1.5")
  @ValueSource(doubles = {0.5, 2})
  void theSameLineWithoutTheJumpIsVerified(double distance) {
    Map<String, Finding> findings = checkAt(JUMP_AT - distance * SMALLEST_STEP, t -> t);
    assertNull(findings.get("continuity/probe"), findings::toString);
    assertNull(findings.get("DERIVATIVE/unverified"), findings::toString);
  }
}
