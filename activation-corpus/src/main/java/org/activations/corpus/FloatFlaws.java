package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.FLOAT;

import java.util.List;

/** Functions whose single-precision methods disagree with the double ones by more than 1 float ulp. */
final class FloatFlaws {
  private FloatFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new ExpOverflow.Provider(), "softplus whose applyFloat rounds exp(x) to float:"
            + " log1p(∞) = ∞ for x > 88.72", "applyFloat(90)", FLOAT),
        flawed(new DerivativeFromRoundedOutput.Provider(), "sigmoid whose derivativeFloat is s (1 - s)"
            + " with s rounded to float: 0 for x > 17.33, dozens of ulps off from x = 5", "derivativeFloat(20)",
            FLOAT),
        flawed(new OutputFormUnsquared.Provider(), "tanh whose derivativeFromOutputFloat is 1 - y"
            + " (the square forgotten); the double form is right", "derivativeFromOutputFloat(0.5)",
            FLOAT),
        flawed(new ApproximationBand.Provider(), "tanh whose applyFloat uses a rational"
            + " approximation for |x| in [2.4, 2.5]", "applyFloat(2.45)", FLOAT),
        flawed(new FloatNanToZero.Provider(), "softsign whose applyFloat flushes tiny inputs with"
            + " !(|x| >= 1e-30f) ? 0 : …, which NaN also takes: applyFloat(NaN) = 0 while"
            + " apply(NaN) is NaN (and applyFloat(1e-31) = 0)", "applyFloat(NaN)", FLOAT));
  }

  /** Softplus whose float form overflows exp. */
  static final class ExpOverflow extends Shapes.SoftplusWithOutput {
    ExpOverflow() {
      super(info("flawed_float_exp_overflow", "softplus with a float path").build());
    }

    @Override
    public float applyFloat(float x) {
      return (float) Math.log1p((float) Math.exp(x));
    }

    /** Registers {@code flawed_float_exp_overflow}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(ExpOverflow::new);
      }
    }
  }

  /** Sigmoid whose float derivative cancels. */
  static final class DerivativeFromRoundedOutput extends Shapes.SigmoidWithOutput {
    DerivativeFromRoundedOutput() {
      super(info("flawed_float_derivative", "sigmoid with a float path").build());
    }

    @Override
    public float derivativeFloat(float x) {
      float s = (float) sigmoid(x);
      return s * (1f - s);
    }

    /** Registers {@code flawed_float_derivative}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DerivativeFromRoundedOutput::new);
      }
    }
  }

  /** tanh whose float output form forgets the square. */
  static final class OutputFormUnsquared extends Shapes.TanhWithOutput {
    OutputFormUnsquared() {
      super(info("flawed_float_output_form", "tanh with a float path").build());
    }

    @Override
    public float derivativeFromOutputFloat(float y) {
      return 1f - y;
    }

    /** Registers {@code flawed_float_output_form}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(OutputFormUnsquared::new);
      }
    }
  }

  /** tanh whose float form is an approximation on a band. */
  static final class ApproximationBand extends Shapes.TanhWithOutput {
    ApproximationBand() {
      super(info("flawed_float_band", "tanh with a float path").build());
    }

    @Override
    public float applyFloat(float x) {
      float a = Math.abs(x);
      if (a >= 2.4f && a <= 2.5f) {
        return x * (27 + x * x) / (27 + 9 * x * x);
      }
      return (float) Math.tanh(x);
    }

    /** Registers {@code flawed_float_band}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(ApproximationBand::new);
      }
    }
  }

  /** Softsign whose float path sends NaN to 0. */
  static final class FloatNanToZero extends Shapes.SoftsignWithOutput {
    FloatNanToZero() {
      super(info("flawed_float_nan_to_zero", "softsign with a float path").build());
    }

    /** Flushes |x| < 1e-30 to a signed zero (itself beyond 1 ulp), and NaN with it. */
    @Override
    public float applyFloat(float x) {
      if (!(Math.abs(x) >= 1e-30f)) {
        return Math.copySign(0f, x);
      }
      return (float) apply(x);
    }

    /** Registers {@code flawed_float_nan_to_zero}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FloatNanToZero::new);
      }
    }
  }
}
