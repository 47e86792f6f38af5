package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.THROWS;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;

/** Functions that throw for some input: at an extremum, at a kink, on a band, at NaN, far out. */
final class ThrowingFlaws {
  /** Where {@link AtExtremum} attains (and refuses) its maximum 1. */
  static final double PEAK = 0.6180339887498949;
  /** Where {@link AtKink} has its kink. */
  static final double KINK = 0.5;

  private ThrowingFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new AtExtremum.Provider(), "2u / (1 + u^2), u = x / 0.618…, that throws"
            + " ArithmeticException where its value rounds to ±1: exactly at the refined extrema",
            "x = " + PEAK, THROWS),
        flawed(new AtKink.Provider(), "piecewise linear with a declared kink at 0.5 whose f' throws"
            + " IllegalStateException exactly at the kink", "x = 0.5 (f')", THROWS),
        flawed(new TableBand.Provider(), "sigmoid from a table of exp(-k/16) with an off-by-one:"
            + " ArrayIndexOutOfBoundsException for |x| in [7.9375, 8)", "x = 7.95", THROWS),
        flawed(new OutputFormRejectsZero.Provider(), "ReLU whose output-form derivative throws for"
            + " y <= 0, though y = 0 is in its range", "y = 0 (f' from the output)", THROWS),
        flawed(new RejectsNan.Provider(), "tanh that throws IllegalArgumentException for NaN"
            + " instead of returning NaN", "x = NaN", THROWS),
        flawed(new RejectsHugeNegative.Provider(), "softplus that throws ArithmeticException"
            + " (\"underflow\") for x < -1e100", "x = -1e200", THROWS),
        flawed(new AssertionErrorBand.Provider(), "tanh whose f' throws AssertionError (an Error,"
            + " not an Exception) on [3, 3.0001], an \"unreachable\" branch", "x = 3.00005 (f')",
            THROWS));
  }

  /** A rational hump that refuses to return its extreme values. */
  static final class AtExtremum extends Fixture {
    AtExtremum() {
      super(ActivationInfo.builder("flawed_throws_at_extremum")
          .description("a rational hump 2u / (1 + u^2), u = x / 0.6180339887498949")
          .function("2u / (1 + u^2), u = x / a", "\\frac{2u}{1 + u^2},\\ u = x / a")
          .derivative("(2 / a) (1 - u^2) / (1 + u^2)^2", "\\frac{2}{a}\\frac{1 - u^2}{(1 + u^2)^2}")
          .range(Range.interval(-1, true, 1, true))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).zeroCentred(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      double f = Shapes.hump(x / PEAK);
      if (Math.abs(f) >= 1) {
        throw new ArithmeticException("saturated at x = " + x);
      }
      return f;
    }

    @Override
    public double derivative(double x) {
      return Shapes.humpSlope(x / PEAK) / PEAK;
    }

    /** Registers {@code flawed_throws_at_extremum}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(AtExtremum::new);
      }
    }
  }

  /** Piecewise linear whose derivative throws at its kink. */
  static final class AtKink extends Fixture {
    AtKink() {
      super(ActivationInfo.builder("flawed_throws_at_kink")
          .description("piecewise linear: slope 1/4 below 0.5, 1 above")
          .function("x / 4 if x < 0.5, else x - 3/8", "x < 0.5 ? x/4 : x - 3/8")
          .derivative("1/4 if x < 0.5, else 1", "x < 0.5 ? 1/4 : 1")
          .range(Range.reals())
          .specialPoints(SpecialPoint.kink(KINK))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .monotonicDerivative(true).zeroCentred(true).saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x < KINK ? 0.25 * x : x - 0.375;
    }

    @Override
    public double derivative(double x) {
      if (x == KINK) {
        throw new IllegalStateException("f' is undefined at the kink x = " + KINK);
      }
      return x < KINK ? 0.25 : x > KINK ? 1 : Double.NaN;
    }

    /** Registers {@code flawed_throws_at_kink}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(AtKink::new);
      }
    }
  }

  /** Sigmoid from a table of exponentials with an off-by-one. */
  static final class TableBand extends Shapes.SigmoidWithOutput {
    private static final double[] EXP_TABLE = new double[127];

    static {
      for (int k = 0; k < EXP_TABLE.length; k++) {
        EXP_TABLE[k] = Math.exp(-k / 16.0);
      }
    }

    TableBand() {
      super(info("flawed_throws_on_band", "sigmoid with a table of exponentials").build());
    }

    /** exp(-a) for a >= 0: a table entry times a short exp, or exp itself past the table. */
    private static double expMinus(double a) {
      if (a < 8) {
        int k = (int) (a * 16);
        return EXP_TABLE[k] * Math.exp(-(a - k / 16.0));
      }
      return Math.exp(-a);
    }

    @Override
    public double apply(double x) {
      double e = expMinus(Math.abs(x));
      return x >= 0 ? 1 / (1 + e) : Double.isNaN(x) ? x : e / (1 + e);
    }

    @Override
    public double derivative(double x) {
      double e = expMinus(Math.abs(x));
      return e / ((1 + e) * (1 + e));
    }

    /** Registers {@code flawed_throws_on_band}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TableBand::new);
      }
    }
  }

  /** ReLU whose output form rejects y = 0. */
  static final class OutputFormRejectsZero extends Fixture {
    OutputFormRejectsZero() {
      super(ActivationInfo.builder("flawed_output_form_rejects_zero")
          .description("ReLU with a strict output-form derivative")
          .function("max(0, x)", "\\max(0, x)")
          .derivative("1 if x > 0, else 0", "[x > 0]")
          .derivativeFromOutput("1 if y > 0, else 0", "[y > 0]")
          .range(Range.interval(0, true, Double.POSITIVE_INFINITY, false))
          .specialPoints(SpecialPoint.kink(0))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .monotonicDerivative(true).saturation(Saturation.NEGATIVE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Double.isNaN(x) ? x : Math.max(0, x);
    }

    @Override
    public double derivative(double x) {
      return Double.isNaN(x) ? x : x > 0 ? 1 : 0;
    }

    @Override
    public double derivativeFromOutput(double y) {
      if (Double.isNaN(y)) {
        return y;
      }
      if (!(y > 0)) {
        throw new IllegalArgumentException("y (" + y + ") must be > 0, an output of ReLU");
      }
      return 1;
    }

    /** Registers {@code flawed_output_form_rejects_zero}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(OutputFormRejectsZero::new);
      }
    }
  }

  /** tanh that rejects NaN. */
  static final class RejectsNan extends Shapes.TanhWithOutput {
    RejectsNan() {
      super(info("flawed_throws_on_nan", "tanh that validates its input").build());
    }

    @Override
    public double apply(double x) {
      if (Double.isNaN(x)) {
        throw new IllegalArgumentException("x must not be NaN");
      }
      return Math.tanh(x);
    }

    /** Registers {@code flawed_throws_on_nan}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(RejectsNan::new);
      }
    }
  }

  /** Softplus that refuses huge negative inputs. */
  static final class RejectsHugeNegative extends Shapes.SoftplusWithOutput {
    RejectsHugeNegative() {
      super(info("flawed_throws_huge_negative", "softplus with an underflow check").build());
    }

    @Override
    public double apply(double x) {
      if (x < -1e100) {
        throw new ArithmeticException("softplus underflows at x = " + x);
      }
      return super.apply(x);
    }

    /** Registers {@code flawed_throws_huge_negative}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(RejectsHugeNegative::new);
      }
    }
  }

  /** tanh whose derivative throws an Error on a narrow band. */
  static final class AssertionErrorBand extends Shapes.TanhWithOutput {
    AssertionErrorBand() {
      super(info("flawed_throws_assertion_error", "tanh with a piecewise derivative").build());
    }

    @Override
    public double derivative(double x) {
      if (x >= 3 && x <= 3.0001) {
        throw new AssertionError("unreachable: no piece covers x = " + x);
      }
      return super.derivative(x);
    }

    /** Registers {@code flawed_throws_assertion_error}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(AssertionErrorBand::new);
      }
    }
  }
}
