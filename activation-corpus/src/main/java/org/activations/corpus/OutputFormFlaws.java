package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.DERIVATIVE_FROM_OUTPUT;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;

/** Functions whose output-form derivative f'(y) is wrong somewhere or disagrees with f'(x). */
final class OutputFormFlaws {
  private OutputFormFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new EluNegativeOutputs.Provider(), "ELU with alpha = 0.5 whose f'(y) is (y + 1) / 2"
            + " instead of y + 0.5 for y < 0", "y = -0.25 (x = log(0.5))", DERIVATIVE_FROM_OUTPUT),
        flawed(new TanhAbs.Provider(), "tanh with f'(y) = 1 - y |y|: right for y >= 0, above 1"
            + " for y < 0", "y = -0.5", DERIVATIVE_FROM_OUTPUT),
        flawed(new SigmoidOutputBand.Provider(), "sigmoid whose f'(y) is 10 % too large for y in"
            + " [0.999, 0.9991]", "y = 0.99905", DERIVATIVE_FROM_OUTPUT),
        flawed(new SoftplusCancellation.Provider(), "softplus with f'(y) = 1 - exp(-y), which"
            + " cancels to 0 for y < 5.6e-17 (x < -37.43) where f'(x) = sigma(x) is not 0",
            "x = -40, y = f(-40)", DERIVATIVE_FROM_OUTPUT),
        flawed(new SigmoidTinyOutputGuard.Provider(), "sigmoid whose f'(y) returns 0 for y < 1e-10,"
            + " an underflow guard, where f'(x) is about y (x < -23)", "x = -30, y = f(-30)",
            DERIVATIVE_FROM_OUTPUT));
  }

  /** ELU (alpha = 0.5) with an output form that is wrong for negative outputs. */
  static final class EluNegativeOutputs extends Fixture {
    private static final double ALPHA = 0.5;

    EluNegativeOutputs() {
      super(ActivationInfo.builder("flawed_output_form_negative_y")
          .description("ELU with alpha = 0.5")
          .function("x if x > 0, else 0.5 (exp(x) - 1)", "x > 0 ? x : 0.5 (e^x - 1)")
          .derivative("1 if x > 0, else 0.5 exp(x)", "x > 0 ? 1 : 0.5 e^x")
          .derivativeFromOutput("1 if y > 0, else y + 0.5", "y > 0 ? 1 : y + 0.5")
          .range(Range.open(-ALPHA, Double.POSITIVE_INFINITY))
          .specialPoints(SpecialPoint.kink(0))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .monotonicDerivative(true).zeroCentred(true).saturation(Saturation.NEGATIVE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x > 0 ? x : ALPHA * Math.expm1(x);
    }

    @Override
    public double derivative(double x) {
      return x > 0 ? 1 : ALPHA * Math.exp(x);
    }

    @Override
    public double derivativeFromOutput(double y) {
      return y > 0 ? 1 : (y + 1) * ALPHA;
    }

    /** Registers {@code flawed_output_form_negative_y}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(EluNegativeOutputs::new);
      }
    }
  }

  /** tanh with f'(y) = 1 - y |y|. */
  static final class TanhAbs extends Shapes.TanhWithOutput {
    TanhAbs() {
      super(info("flawed_output_form_abs", "tanh").build());
    }

    @Override
    public double derivativeFromOutput(double y) {
      return 1 - y * Math.abs(y);
    }

    /** Registers {@code flawed_output_form_abs}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TanhAbs::new);
      }
    }
  }

  /** Sigmoid with f'(y) 10 % too large on a narrow band of y. */
  static final class SigmoidOutputBand extends Shapes.SigmoidWithOutput {
    SigmoidOutputBand() {
      super(info("flawed_output_form_band", "sigmoid").build());
    }

    @Override
    public double derivativeFromOutput(double y) {
      double d = super.derivativeFromOutput(y);
      return y >= 0.999 && y <= 0.9991 ? 1.1 * d : d;
    }

    /** Registers {@code flawed_output_form_band}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SigmoidOutputBand::new);
      }
    }
  }

  /** Softplus with the cancelling output form 1 - exp(-y). */
  static final class SoftplusCancellation extends Shapes.SoftplusWithOutput {
    SoftplusCancellation() {
      super(info("flawed_output_form_cancellation", "softplus").build());
    }

    @Override
    public double derivativeFromOutput(double y) {
      return 1 - Math.exp(-y);
    }

    /** Registers {@code flawed_output_form_cancellation}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SoftplusCancellation::new);
      }
    }
  }

  /** Sigmoid whose output form flushes small outputs. */
  static final class SigmoidTinyOutputGuard extends Shapes.SigmoidWithOutput {
    SigmoidTinyOutputGuard() {
      super(info("flawed_output_form_tiny_y_guard", "sigmoid with a guarded output form").build());
    }

    @Override
    public double derivativeFromOutput(double y) {
      return y < 1e-10 ? 0 : super.derivativeFromOutput(y);
    }

    /** Registers {@code flawed_output_form_tiny_y_guard}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SigmoidTinyOutputGuard::new);
      }
    }
  }
}
