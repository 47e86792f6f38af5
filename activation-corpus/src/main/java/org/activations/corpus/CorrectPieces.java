package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.correct;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;

/**
 * Correct piecewise functions: declared jumps and kinks (some far from 0), closed range ends attained
 * on whole intervals, a plateau, a C^1 join.
 */
final class CorrectPieces {
  /** The inner kink of {@link FarKinks}. */
  static final double TINY_KINK = 1e-200;
  /** The outer kink of {@link FarKinks}. */
  static final double FAR_KINK = 1e5;

  private CorrectPieces() {}

  static List<CorpusEntry> entries() {
    return List.of(
        correct(new SmoothClamp.Provider(), "2x - x|x| clamped to ±1 beyond |x| = 1: C^1 (f'' jumps at"
            + " 0 and ±1), range [-1, 1] attained on whole half-lines, monotonic to the last bit"),
        correct(new DroppingTanh.Provider(), "tanh(x) - 1 for x >= 0, tanh(x) below: a declared jump"
            + " at 0, range [-1, 0) with the closed end attained at 0 only"),
        correct(new StepAtHalf.Provider(), "a binary step at x = 0.5 with the jump declared, range"
            + " {0, 1}"),
        correct(new PiecewiseLinear.Provider(), "piecewise linear with declared kinks at -1, 0.3 and"
            + " 2, identity at origin (0 is inside the slope-1 piece)"),
        correct(new FarKinks.Provider(), "piecewise linear with declared kinks at 1e-200 and 1e5,"
            + " slopes 1/4, 1/2, 1"),
        correct(new Plateau.Provider(), "0 on [-1, 1], sign(x) t^3/(1 + t^2) with t = |x| - 1 beyond:"
            + " monotonic with a plateau, C^2 (f''' jumps at ±1)"));
  }

  /** A quadratic that joins ±1 with zero slope at ±1. */
  static final class SmoothClamp extends Fixture {
    SmoothClamp() {
      super(ActivationInfo.builder("tricky_smooth_clamp")
          .description("a quadratic that joins ±1 with zero slope at ±1")
          .function("2x - x|x| for |x| < 1, else sign(x)",
              "|x| < 1 ? 2x - x|x| : \\operatorname{sign}(x)")
          .derivative("2 (1 - |x|) for |x| < 1, else 0", "|x| < 1 ? 2(1 - |x|) : 0")
          .range(Range.interval(-1, true, 1, true))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
              .zeroCentred(true).saturation(Saturation.BOTH).build())
          .build());
    }

    /**
     * sign(x) q(|x|) with q(a) = 2a - a^2 below 1/2 and 1 - (1 - a)^2 above: every operation is
     * monotonic and correctly rounded (1 - a is exact there), so f is monotonic in floating point
     * too, and neither form cancels.
     */
    @Override
    public double apply(double x) {
      double a = Math.abs(x);
      if (!(a < 1)) {
        return Double.isNaN(x) ? x : Math.signum(x);
      }
      double q = a < 0.5 ? 2 * a - a * a : 1 - (1 - a) * (1 - a);
      return Math.copySign(q, x);
    }

    @Override
    public double derivative(double x) {
      double a = Math.abs(x);
      return a < 1 ? 2 * (1 - a) : Double.isNaN(x) ? x : 0;
    }

    /** Registers {@code tricky_smooth_clamp}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SmoothClamp::new);
      }
    }
  }

  /** tanh that drops by 1 at 0. */
  static final class DroppingTanh extends Fixture {
    DroppingTanh() {
      super(ActivationInfo.builder("tricky_dropping_tanh")
          .description("tanh with a drop of 1 at 0")
          .function("tanh(x) - 1 if x >= 0, else tanh(x)", "\\tanh x - [x \\ge 0]")
          .derivative("1 - tanh(x)^2 (0 at the jump)", "\\mathrm{sech}^2 x")
          .range(Range.interval(-1, true, 0, false))
          .specialPoints(SpecialPoint.jump(0))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.DISCONTINUOUS).saturation(Saturation.BOTH).build())
          .build());
    }

    /** For x >= 0, tanh(x) - 1 = -2e / (1 + e) with e = exp(-2x), without cancellation. */
    @Override
    public double apply(double x) {
      if (x >= 0) {
        double e = Math.exp(-2 * x);
        return -2 * e / (1 + e);
      }
      return Math.tanh(x);
    }

    /** sech^2(x), and 0 at the jump (the seed's convention). */
    @Override
    public double derivative(double x) {
      if (x == 0) {
        return 0;
      }
      double e = Math.exp(-2 * Math.abs(x));
      return 4 * e / ((1 + e) * (1 + e));
    }

    /** Registers {@code tricky_dropping_tanh}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DroppingTanh::new);
      }
    }
  }

  /** A binary step at 0.5. */
  static final class StepAtHalf extends Fixture {
    StepAtHalf() {
      super(ActivationInfo.builder("tricky_step_at_half")
          .description("a binary step with its threshold at 0.5")
          .function("1 if x >= 0.5, else 0", "[x \\ge 0.5]")
          .derivative("0", "0")
          .range(Range.of(0, 1))
          .specialPoints(SpecialPoint.jump(0.5))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.DISCONTINUOUS).monotonic(true)
              .monotonicDerivative(true).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x >= 0.5 ? 1 : x < 0.5 ? 0 : Double.NaN;
    }

    @Override
    public double derivative(double x) {
      return Double.isNaN(x) ? x : 0;
    }

    /** Registers {@code tricky_step_at_half}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(StepAtHalf::new);
      }
    }
  }

  /** Piecewise linear with kinks at -1, 0.3 and 2. */
  static final class PiecewiseLinear extends Fixture {
    private static final double AT_TWO = 0.3 + 0.5 * (2 - 0.3);

    PiecewiseLinear() {
      super(ActivationInfo.builder("tricky_piecewise_kinks")
          .description("piecewise linear with slopes 0.05, 1, 0.5, 0.01")
          .function("-1 + 0.05 (x + 1) | x | 0.3 + 0.5 (x - 0.3) | f(2) + 0.01 (x - 2)",
              "\\text{piecewise linear, kinks at } -1, 0.3, 2")
          .derivative("0.05 | 1 | 0.5 | 0.01", "0.05,\\ 1,\\ 0.5,\\ 0.01")
          .range(Range.reals())
          .specialPoints(SpecialPoint.kink(-1), SpecialPoint.kink(0.3), SpecialPoint.kink(2))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      if (x < -1) {
        return -1 + 0.05 * (x + 1);
      }
      if (x < 0.3) {
        return x;
      }
      return x < 2 ? 0.3 + 0.5 * (x - 0.3) : AT_TWO + 0.01 * (x - 2);
    }

    /** The slope of the piece on the right of a kink, at the kink. */
    @Override
    public double derivative(double x) {
      if (Double.isNaN(x)) {
        return x;
      }
      return x < -1 ? 0.05 : x < 0.3 ? 1 : x < 2 ? 0.5 : 0.01;
    }

    /** Registers {@code tricky_piecewise_kinks}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(PiecewiseLinear::new);
      }
    }
  }

  /** Piecewise linear with kinks at 1e-200 and 1e5. */
  static final class FarKinks extends Fixture {
    private static final double AT_TINY = 0.25 * TINY_KINK;
    private static final double AT_FAR = 0.5 * FAR_KINK - AT_TINY;

    FarKinks() {
      super(ActivationInfo.builder("tricky_far_declared_kinks")
          .description("piecewise linear with slopes 1/4, 1/2, 1 and kinks at 1e-200 and 1e5")
          .function("x/4 | x/2 - 1e-200/4 | x - 1e5/2 - 1e-200/4",
              "\\text{piecewise linear, kinks at } 10^{-200}, 10^5")
          .derivative("1/4 | 1/2 | 1", "\\tfrac14,\\ \\tfrac12,\\ 1")
          .range(Range.reals())
          .specialPoints(SpecialPoint.kink(TINY_KINK), SpecialPoint.kink(FAR_KINK))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .monotonicDerivative(true).zeroCentred(true).saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      if (x < TINY_KINK) {
        return 0.25 * x;
      }
      return x < FAR_KINK ? 0.5 * x - AT_TINY : AT_FAR + (x - FAR_KINK);
    }

    /** The slope of the piece on the right of a kink, at the kink. */
    @Override
    public double derivative(double x) {
      if (Double.isNaN(x)) {
        return x;
      }
      return x < TINY_KINK ? 0.25 : x < FAR_KINK ? 0.5 : 1;
    }

    /** Registers {@code tricky_far_declared_kinks}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FarKinks::new);
      }
    }
  }

  /** 0 on [-1, 1], a cubic-then-linear growth beyond. */
  static final class Plateau extends Fixture {
    Plateau() {
      super(ActivationInfo.builder("tricky_plateau_c2")
          .description("a dead zone [-1, 1] left with zero first and second derivative")
          .function("sign(x) t^3 / (1 + t^2), t = max(0, |x| - 1)",
              "\\operatorname{sign}(x)\\frac{t^3}{1 + t^2},\\ t = \\max(0, |x| - 1)")
          .derivative("t^2 (3 + t^2) / (1 + t^2)^2", "\\frac{t^2 (3 + t^2)}{(1 + t^2)^2}")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(2).monotonic(true)
              .zeroCentred(true).saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      double t = Math.abs(x) - 1;
      if (!(t > 0)) {
        return Double.isNaN(x) ? x : 0 * x;
      }
      double g = t <= 1 ? t * t * t / (1 + t * t) : t / (1 + 1 / (t * t));
      return Math.copySign(g, x);
    }

    @Override
    public double derivative(double x) {
      double t = Math.abs(x) - 1;
      if (!(t > 0)) {
        return Double.isNaN(x) ? x : 0;
      }
      if (t <= 1) {
        double d = 1 + t * t;
        return t * t * (3 + t * t) / (d * d);
      }
      double v = 1 / (t * t);
      return (1 + 3 * v) / ((1 + v) * (1 + v));
    }

    /** Registers {@code tricky_plateau_c2}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(Plateau::new);
      }
    }
  }
}
