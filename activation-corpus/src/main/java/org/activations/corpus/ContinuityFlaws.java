package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.CONTINUITY;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;

/** Functions with undeclared jumps or kinks, or a continuity order declared higher than the truth. */
final class ContinuityFlaws {
  /** Where {@link SmallJump} jumps by 1e-3, off every regular grid. */
  static final double JUMP_AT = 1.2345678901;
  /** Where the slope of {@link SlightKink} changes by 0.01 %. */
  static final double KINK_AT = 2.3456789;
  /** Where {@link FarJump} jumps by 1e-3. */
  static final double FAR_JUMP_AT = 3.1415926e150;
  /** Where {@link MisplacedJump} really jumps (it declares 0). */
  static final double REAL_JUMP_AT = 1e-200;

  private ContinuityFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new SmallJump.Provider(), "tanh + 1e-3 for x >= 1.2345678901: an undeclared jump of"
            + " 1e-3 off any regular grid, declared C^∞", "x = " + JUMP_AT, CONTINUITY),
        flawed(new SlightKink.Provider(), "softplus whose slope grows by 0.01 % past x = 2.3456789"
            + " (f' consistent): an undeclared kink, declared C^∞", "x = " + KINK_AT, CONTINUITY),
        flawed(new JumpToAsymptote.Provider(), "tanh that returns ±1 for |x| > 10, jumping by 4e-9"
            + " to its asymptote, declared C^∞", "x = 10 and x = -10", CONTINUITY),
        flawed(new SoftsignDeclaredC2.Provider(), "softsign declared C^2; its f'' jumps from 2 to -2"
            + " at 0", "x = 0 (f'')", CONTINUITY),
        flawed(new FarKink.Provider(), "softplus with an extra slope of 0.01 past x = 1e5 (f'"
            + " consistent): an undeclared kink far out, declared C^∞", "x = 1e5", CONTINUITY),
        flawed(new FarJump.Provider(), "sign(x) log1p(|x|) + 1e-3 for x >= 3.1415926e150: an"
            + " undeclared jump in the log sweep", "x = " + FAR_JUMP_AT, CONTINUITY),
        flawed(new MisplacedJump.Provider(), "binary step declared to jump at 0 that jumps at"
            + " 1e-200", "x = 1e-200", CONTINUITY),
        flawed(new KinkIsJump.Provider(), "leaky ReLU declared C^0 with a kink at 0 whose right"
            + " branch is x + 1e-3: a jump, not a kink", "x = 0", CONTINUITY));
  }

  /** tanh with a jump of 1e-3. */
  static final class SmallJump extends Shapes.Tanh {
    SmallJump() {
      super(plainInfo("flawed_small_jump_off_grid", "tanh with an offset past a threshold")
          .range(Range.open(-1, 1 + 1e-3)).build());
    }

    @Override
    public double apply(double x) {
      return x >= JUMP_AT ? Math.tanh(x) + 1e-3 : Math.tanh(x);
    }

    /** Registers {@code flawed_small_jump_off_grid}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SmallJump::new);
      }
    }
  }

  /** Softplus with a slope change of 0.01 %. */
  static final class SlightKink extends Shapes.Softplus {
    private static final double EXTRA_SLOPE = 1e-4 * Shapes.Sigmoid.sigmoid(KINK_AT);

    SlightKink() {
      super(plainInfo("flawed_slight_kink", "softplus with a linear correction").build());
    }

    @Override
    public double apply(double x) {
      return x > KINK_AT ? super.apply(x) + EXTRA_SLOPE * (x - KINK_AT) : super.apply(x);
    }

    @Override
    public double derivative(double x) {
      return x > KINK_AT ? super.derivative(x) + EXTRA_SLOPE : super.derivative(x);
    }

    /** Registers {@code flawed_slight_kink}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SlightKink::new);
      }
    }
  }

  /** tanh cut to its asymptote beyond |x| = 10. */
  static final class JumpToAsymptote extends Shapes.TanhWithOutput {
    JumpToAsymptote() {
      super(info("flawed_jump_to_asymptote", "tanh with a fast path for saturated inputs").build());
    }

    @Override
    public double apply(double x) {
      return Math.abs(x) > 10 ? Math.signum(x) : Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
      return Math.abs(x) > 10 ? 0 : super.derivative(x);
    }

    /** Registers {@code flawed_jump_to_asymptote}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(JumpToAsymptote::new);
      }
    }
  }

  /** Softsign, which is C^1, declared C^2. */
  static final class SoftsignDeclaredC2 extends Shapes.SoftsignWithOutput {
    SoftsignDeclaredC2() {
      super(info("flawed_softsign_declared_c2", "softsign declared twice differentiable")
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(2)
              .monotonic(true).zeroCentred(true).identityAtOrigin(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    /** Registers {@code flawed_softsign_declared_c2}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SoftsignDeclaredC2::new);
      }
    }
  }

  /** Softplus with an extra slope past 1e5. */
  static final class FarKink extends Shapes.Softplus {
    private static final double AT = 1e5;

    FarKink() {
      super(plainInfo("flawed_undeclared_kink_far", "softplus with a steeper tail").build());
    }

    @Override
    public double apply(double x) {
      return x > AT ? super.apply(x) + 0.01 * (x - AT) : super.apply(x);
    }

    @Override
    public double derivative(double x) {
      return x > AT ? super.derivative(x) + 0.01 : super.derivative(x);
    }

    /** Registers {@code flawed_undeclared_kink_far}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FarKink::new);
      }
    }
  }

  /** sign(x) log1p(|x|) with a jump of 1e-3 near 3.14e150. */
  static final class FarJump extends Fixture {
    FarJump() {
      super(ActivationInfo.builder("flawed_jump_far_positive")
          .description("sign(x) log(1 + |x|) with an offset for huge inputs")
          .function("sign(x) log(1 + |x|)", "\\operatorname{sign}(x) \\log(1 + |x|)")
          .derivative("1 / (1 + |x|)", "\\frac{1}{1 + |x|}")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      double f = Math.copySign(Math.log1p(Math.abs(x)), x);
      return x >= FAR_JUMP_AT ? f + 1e-3 : f;
    }

    @Override
    public double derivative(double x) {
      return 1 / (1 + Math.abs(x));
    }

    /** Registers {@code flawed_jump_far_positive}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FarJump::new);
      }
    }
  }

  /** A step that jumps at 1e-200 and declares its jump at 0. */
  static final class MisplacedJump extends Fixture {
    MisplacedJump() {
      super(ActivationInfo.builder("flawed_misplaced_jump")
          .description("binary step with a threshold")
          .function("1 if x > 1e-200, else 0", "[x > 10^{-200}]")
          .derivative("0", "0")
          .range(Range.of(0, 1))
          .specialPoints(SpecialPoint.jump(0))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.DISCONTINUOUS).monotonic(true)
              .monotonicDerivative(true).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x > REAL_JUMP_AT ? 1 : x <= REAL_JUMP_AT ? 0 : Double.NaN;
    }

    @Override
    public double derivative(double x) {
      return Double.isNaN(x) ? x : 0;
    }

    /** Registers {@code flawed_misplaced_jump}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(MisplacedJump::new);
      }
    }
  }

  /** A leaky ReLU that declares a kink at 0 where it jumps by 1e-3. */
  static final class KinkIsJump extends Fixture {
    KinkIsJump() {
      super(ActivationInfo.builder("flawed_kink_is_jump")
          .description("leaky ReLU with an offset on the positive side")
          .function("x + 0.001 if x > 0, else 0.01 x", "x > 0 ? x + 10^{-3} : 0.01 x")
          .derivative("1 if x > 0, else 0.01", "x > 0 ? 1 : 0.01")
          .range(Range.reals())
          .specialPoints(SpecialPoint.kink(0))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .monotonicDerivative(true).zeroCentred(true).saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x > 0 ? x + 1e-3 : 0.01 * x;
    }

    @Override
    public double derivative(double x) {
      return x > 0 ? 1 : x <= 0 ? 0.01 : Double.NaN;
    }

    /** Registers {@code flawed_kink_is_jump}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(KinkIsJump::new);
      }
    }
  }
}
