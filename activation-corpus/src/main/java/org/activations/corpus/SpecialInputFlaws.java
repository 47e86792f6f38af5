package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.RANGE;
import static org.activations.corpus.Defect.SPECIAL_INPUT;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;

/** Functions that are right on ordinary inputs and wrong at NaN, ±∞, ±0 or past an overflow. */
final class SpecialInputFlaws {
  private SpecialInputFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new NanToZero.Provider(), "ReLU written as x > 0 ? x : 0, so f(NaN) = 0 and f'(NaN) = 0",
            "x = NaN", SPECIAL_INPUT),
        flawed(new DerivativeNanAtInfinity.Provider(),
            "x tanh x with f' = tanh x + x sech^2 x, which is ∞ · 0 = NaN at x = ±∞",
            "x = +∞ and x = -∞ (f')", SPECIAL_INPUT),
        flawed(new SoftsignInfinityNan.Provider(), "softsign as x / (1 + |x|) without an ∞ branch:"
            + " f(±∞) = ∞/∞ = NaN", "x = +∞ and x = -∞", SPECIAL_INPUT),
        flawed(new ExpOverflowNan.Provider(), "sigmoid as e^x / (1 + e^x): ∞/∞ = NaN for x > 709.78,"
            + " at MAX_VALUE and at +∞", "x = 710, MAX_VALUE, +∞", SPECIAL_INPUT, RANGE),
        flawed(new OutputFormNanToZero.Provider(), "sigmoid whose output-form derivative returns 0"
            + " for every y outside (0, 1), NaN included", "y = NaN (f' from the output)",
            SPECIAL_INPUT),
        flawed(new NegativeZeroDerivative.Provider(), "softsign with f' = (f(x)/x)^2 and a zero test"
            + " Double.compare(x, 0.0) == 0 that misses -0.0: f'(-0.0) = NaN", "x = -0.0 (f')",
            SPECIAL_INPUT),
        flawed(new DerivativeOfNanIsZero.Provider(), "tanh whose f' returns 0 for !(|x| <= 400),"
            + " a saturation shortcut that NaN also takes: f'(NaN) = 0", "x = NaN (f')",
            SPECIAL_INPUT));
  }

  /** ReLU with comparisons that send NaN to the zero branch. */
  static final class NanToZero extends Fixture {
    NanToZero() {
      super(ActivationInfo.builder("flawed_nan_to_zero")
          .description("ReLU written with a comparison that sends NaN to the zero branch")
          .function("max(0, x)", "\\max(0, x)")
          .derivative("1 if x > 0, else 0", "[x > 0]")
          .range(Range.interval(0, true, Double.POSITIVE_INFINITY, false))
          .specialPoints(SpecialPoint.kink(0))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .monotonicDerivative(true).saturation(Saturation.NEGATIVE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x > 0 ? x : 0;
    }

    @Override
    public double derivative(double x) {
      return x > 0 ? 1 : 0;
    }

    /** Registers {@code flawed_nan_to_zero}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(NanToZero::new);
      }
    }
  }

  /** x tanh x, whose derivative multiplies ∞ by 0 at ±∞. */
  static final class DerivativeNanAtInfinity extends Fixture {
    DerivativeNanAtInfinity() {
      super(ActivationInfo.builder("flawed_derivative_nan_at_infinity")
          .description("x tanh(x), an even function growing like |x|")
          .function("x tanh(x)", "x \\tanh x")
          .derivative("tanh(x) + x sech(x)^2", "\\tanh x + x\\,\\mathrm{sech}^2 x")
          .range(Range.interval(0, true, Double.POSITIVE_INFINITY, false))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x * Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
      double e = Math.exp(-2 * Math.abs(x));
      return Math.tanh(x) + x * (4 * e / ((1 + e) * (1 + e)));
    }

    /** Registers {@code flawed_derivative_nan_at_infinity}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DerivativeNanAtInfinity::new);
      }
    }
  }

  /** Softsign without the ∞ branch. */
  static final class SoftsignInfinityNan extends Shapes.SoftsignWithOutput {
    SoftsignInfinityNan() {
      super(info("flawed_softsign_infinity_nan", "softsign computed as x / (1 + |x|) for every x")
          .build());
    }

    @Override
    public double apply(double x) {
      return x / (1 + Math.abs(x));
    }

    /** Registers {@code flawed_softsign_infinity_nan}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SoftsignInfinityNan::new);
      }
    }
  }

  /** Sigmoid as e^x / (1 + e^x), which overflows to ∞/∞. */
  static final class ExpOverflowNan extends Shapes.SigmoidWithOutput {
    ExpOverflowNan() {
      super(info("flawed_exp_overflow_nan", "sigmoid computed as e^x / (1 + e^x)").build());
    }

    @Override
    public double apply(double x) {
      double e = Math.exp(x);
      return e / (1 + e);
    }

    /** Registers {@code flawed_exp_overflow_nan}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(ExpOverflowNan::new);
      }
    }
  }

  /** Sigmoid whose output form maps every y outside (0, 1), NaN included, to 0. */
  static final class OutputFormNanToZero extends Shapes.SigmoidWithOutput {
    OutputFormNanToZero() {
      super(info("flawed_output_form_nan_to_zero", "sigmoid with a guarded output-form derivative")
          .build());
    }

    @Override
    public double derivativeFromOutput(double y) {
      if (!(y > 0 && y < 1)) {
        return 0;
      }
      return y * (1 - y);
    }

    /** Registers {@code flawed_output_form_nan_to_zero}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(OutputFormNanToZero::new);
      }
    }
  }

  /** Softsign whose f' divides by x after a zero test that -0.0 fails. */
  static final class NegativeZeroDerivative extends Shapes.SoftsignWithOutput {
    NegativeZeroDerivative() {
      super(info("flawed_negative_zero_derivative", "softsign with f' = (f(x)/x)^2").build());
    }

    @Override
    public double derivative(double x) {
      if (Double.compare(x, 0.0) == 0) {
        return 1;
      }
      double ratio = apply(x) / x;
      return ratio * ratio;
    }

    /** Registers {@code flawed_negative_zero_derivative}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(NegativeZeroDerivative::new);
      }
    }
  }

  /** tanh whose derivative short-cut for saturated inputs also catches NaN. */
  static final class DerivativeOfNanIsZero extends Shapes.TanhWithOutput {
    DerivativeOfNanIsZero() {
      super(info("flawed_derivative_of_nan_is_zero", "tanh with a saturation shortcut in f'")
          .build());
    }

    @Override
    public double derivative(double x) {
      if (!(Math.abs(x) <= 400)) {
        return 0;
      }
      return super.derivative(x);
    }

    /** Registers {@code flawed_derivative_of_nan_is_zero}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DerivativeOfNanIsZero::new);
      }
    }
  }
}
