package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.correct;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/**
 * Correct functions that grow slowly, or differently on each side, and C^1 functions whose second
 * derivative jumps: an infinite range end that no finite sample comes near, a tiny jump in f''.
 */
final class CorrectGrowth {
  private CorrectGrowth() {}

  static List<CorpusEntry> entries() {
    return List.of(
        correct(new SignedLog.Provider(), "sign(x) log1p(|x|), range (-∞, ∞) though f(MAX_VALUE) is"
            + " only 709.8; C^1 (f'' jumps at 0)"),
        correct(new LogLog.Provider(), "sign(x) log1p(log1p(|x|)), range (-∞, ∞) though"
            + " f(MAX_VALUE) is only 6.57"),
        correct(new LogOnNegativeSide.Provider(), "x for x >= 0, -log1p(-x) below: C^1, identity at"
            + " origin, saturating on the negative side only"),
        correct(new ExpTail.Provider(), "e^x for x <= 0, 1 + x above: C^1, subnormal outputs for"
            + " x in [-745, -708], the open end 0 reached by rounding"),
        correct(new TinySecondJump.Provider(), "tanh(x) + 1e-6 x|x|/(1 + |x|): C^1 declared and true,"
            + " f'' jumps by 4e-6 at 0; f' -> 1e-6, which is not saturation"));
  }

  /** sign(x) log1p(|x|). */
  static final class SignedLog extends Fixture {
    SignedLog() {
      super(ActivationInfo.builder("tricky_signed_log1p")
          .description("sign(x) log(1 + |x|), unbounded but growing like log")
          .function("sign(x) log(1 + |x|)", "\\operatorname{sign}(x) \\log(1 + |x|)")
          .derivative("1 / (1 + |x|)", "\\frac{1}{1 + |x|}")
          .derivativeFromOutput("exp(-|y|)", "e^{-|y|}")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Math.copySign(Math.log1p(Math.abs(x)), x);
    }

    @Override
    public double derivative(double x) {
      return 1 / (1 + Math.abs(x));
    }

    @Override
    public double derivativeFromOutput(double y) {
      return Math.exp(-Math.abs(y));
    }

    /** Registers {@code tricky_signed_log1p}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SignedLog::new);
      }
    }
  }

  /** sign(x) log1p(log1p(|x|)). */
  static final class LogLog extends Fixture {
    LogLog() {
      super(ActivationInfo.builder("tricky_log_log_growth")
          .description("sign(x) log(1 + log(1 + |x|)), unbounded but growing like log log")
          .function("sign(x) log(1 + log(1 + |x|))",
              "\\operatorname{sign}(x) \\log(1 + \\log(1 + |x|))")
          .derivative("1 / ((1 + |x|) (1 + log(1 + |x|)))",
              "\\frac{1}{(1 + |x|)(1 + \\log(1 + |x|))}")
          .derivativeFromOutput("exp(-(|y| + exp(|y|) - 1))", "e^{-(|y| + e^{|y|} - 1)}")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Math.copySign(Math.log1p(Math.log1p(Math.abs(x))), x);
    }

    @Override
    public double derivative(double x) {
      double a = Math.abs(x);
      return 1 / ((1 + a) * (1 + Math.log1p(a)));
    }

    @Override
    public double derivativeFromOutput(double y) {
      double a = Math.abs(y);
      return Math.exp(-(a + Math.expm1(a)));
    }

    /** Registers {@code tricky_log_log_growth}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(LogLog::new);
      }
    }
  }

  /** x above 0, -log1p(-x) below. */
  static final class LogOnNegativeSide extends Fixture {
    LogOnNegativeSide() {
      super(ActivationInfo.builder("tricky_negative_side_log")
          .description("the identity for x >= 0 and a logarithm below")
          .function("x if x >= 0, else -log(1 - x)", "x \\ge 0 ? x : -\\log(1 - x)")
          .derivative("1 if x >= 0, else 1 / (1 - x)", "x \\ge 0 ? 1 : \\frac{1}{1 - x}")
          .derivativeFromOutput("1 if y >= 0, else exp(y)", "y \\ge 0 ? 1 : e^y")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
              .monotonicDerivative(true).zeroCentred(true).identityAtOrigin(true)
              .saturation(Saturation.NEGATIVE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x >= 0 ? x : -Math.log1p(-x);
    }

    @Override
    public double derivative(double x) {
      return x >= 0 ? 1 : 1 / (1 - x);
    }

    @Override
    public double derivativeFromOutput(double y) {
      return y >= 0 ? 1 : Math.exp(y);
    }

    /** Registers {@code tricky_negative_side_log}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(LogOnNegativeSide::new);
      }
    }
  }

  /** e^x below 0, 1 + x above. */
  static final class ExpTail extends Fixture {
    ExpTail() {
      super(ActivationInfo.builder("tricky_exp_tail_subnormal")
          .description("the exponential for x <= 0, continued by its tangent 1 + x")
          .function("exp(x) if x <= 0, else 1 + x", "x \\le 0 ? e^x : 1 + x")
          .derivative("exp(x) if x <= 0, else 1", "x \\le 0 ? e^x : 1")
          .derivativeFromOutput("y if y <= 1, else 1", "y \\le 1 ? y : 1")
          .range(Range.open(0, Double.POSITIVE_INFINITY))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
              .monotonicDerivative(true).saturation(Saturation.NEGATIVE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x <= 0 ? Math.exp(x) : 1 + x;
    }

    @Override
    public double derivative(double x) {
      return x <= 0 ? Math.exp(x) : x > 0 ? 1 : Double.NaN;
    }

    @Override
    public double derivativeFromOutput(double y) {
      return y <= 1 ? y : y > 1 ? 1 : Double.NaN;
    }

    /** Registers {@code tricky_exp_tail_subnormal}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(ExpTail::new);
      }
    }
  }

  /** tanh(x) + 1e-6 x|x| / (1 + |x|). */
  static final class TinySecondJump extends Fixture {
    private static final double C = 1e-6;

    TinySecondJump() {
      super(ActivationInfo.builder("tricky_tiny_second_jump")
          .description("tanh plus a small term whose second derivative jumps at 0")
          .function("tanh(x) + 1e-6 x |x| / (1 + |x|)", "\\tanh x + 10^{-6}\\frac{x|x|}{1 + |x|}")
          .derivative("1 - tanh(x)^2 + 1e-6 (1 - 1 / (1 + |x|)^2)",
              "\\mathrm{sech}^2 x + 10^{-6}\\left(1 - \\frac{1}{(1 + |x|)^2}\\right)")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      double a = Math.abs(x);
      double ratio = Double.isInfinite(a) ? 1 : a / (1 + a);
      return Math.tanh(x) + C * x * ratio;
    }

    @Override
    public double derivative(double x) {
      double a = Math.abs(x);
      double e = Math.exp(-2 * a);
      double d = 1 + a;
      return 4 * e / ((1 + e) * (1 + e)) + C * (1 - 1 / (d * d));
    }

    /** Registers {@code tricky_tiny_second_jump}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TinySecondJump::new);
      }
    }
  }
}
