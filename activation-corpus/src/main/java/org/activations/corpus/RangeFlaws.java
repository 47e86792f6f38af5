package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.RANGE;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;

/** Functions whose values leave the declared range somewhere, or attain an open end. */
final class RangeFlaws {
  /** Where the band of {@link BandLargeX} is centred; relative half-width 1e-4. */
  static final double LARGE_BAND = 3.7e150 * (1 + 1e-4);
  /** Where the open end of {@link OpenEndAttained} is attained, off every regular grid. */
  static final double APEX = 0.7310585786300049;
  /** Where {@link DipNegativeBand} goes below 0: the band [-40.004, -40], relative width 1e-4. */
  static final double DIP = -40.002;

  private RangeFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new BandLargeX.Provider(), "sigmoid that rises to 1 + 1e-7 on a band of relative"
            + " width 2e-4 near 3.7e150, declared (0, 1)", "x = " + LARGE_BAND, RANGE),
        flawed(new OpenEndAttained.Provider(), "2u / (1 + u^2) with u = x / 0.7310585786300049"
            + " attains exactly 1 and -1 at x = ±0.7310585786300049, declared open (-1, 1)",
            "x = " + APEX, RANGE),
        flawed(new EluBelowDeclared.Provider(), "ELU with alpha = 1.0000001 declared (-1, ∞): the"
            + " values reach -1.0000001 for x < -16.1", "x = -20", RANGE),
        flawed(new DipNegativeBand.Provider(), "softplus with a dip of 1e-17 on [-40.004, -40] (relative"
            + " width 1e-4) that takes it below its declared lower end 0", "x = " + DIP, RANGE),
        flawed(new HalfAtStep.Provider(), "binary step with the half-maximum convention f(0) = 0.5,"
            + " declared {0, 1}", "x = 0 and x = -0.0", RANGE),
        flawed(new OneUlpOver.Provider(), "tanh times a constant rounded up to 1 + 2^-52: 1 ulp"
            + " above the declared end 1 for x > 19.1", "x = 20", RANGE));
  }

  /** Sigmoid with a smooth bump above 1 on a narrow band of large x. */
  static final class BandLargeX extends Shapes.Sigmoid {
    private static final double HALF_WIDTH = 3.7e150 * 1e-4;

    BandLargeX() {
      super(plainInfo("flawed_range_band_large_x", "sigmoid with a correction term for large x")
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return sigmoid(x) + 1e-7 * Bump.value(x, LARGE_BAND, HALF_WIDTH);
    }

    @Override
    public double derivative(double x) {
      return super.derivative(x) + 1e-7 * Bump.slope(x, LARGE_BAND, HALF_WIDTH);
    }

    /** Registers {@code flawed_range_band_large_x}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(BandLargeX::new);
      }
    }
  }

  /** A rational hump whose maximum 1 is declared an open end. */
  static final class OpenEndAttained extends Fixture {
    OpenEndAttained() {
      super(ActivationInfo.builder("flawed_open_end_attained")
          .description("a rational hump 2u / (1 + u^2), u = x / 0.7310585786300049")
          .function("2u / (1 + u^2), u = x / a", "\\frac{2u}{1 + u^2},\\ u = x / a")
          .derivative("(2 / a) (1 - u^2) / (1 + u^2)^2", "\\frac{2}{a}\\frac{1 - u^2}{(1 + u^2)^2}")
          .range(Range.open(-1, 1))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).zeroCentred(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Shapes.hump(x / APEX);
    }

    @Override
    public double derivative(double x) {
      return Shapes.humpSlope(x / APEX) / APEX;
    }

    /** Registers {@code flawed_open_end_attained}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(OpenEndAttained::new);
      }
    }
  }

  /** ELU with alpha slightly above 1 and the range of alpha = 1. */
  static final class EluBelowDeclared extends Fixture {
    private static final double ALPHA = 1.0000001;

    EluBelowDeclared() {
      super(ActivationInfo.builder("flawed_elu_below_declared")
          .description("ELU with alpha = 1.0000001")
          .function("x if x > 0, else alpha (exp(x) - 1)", "x > 0 ? x : \\alpha (e^x - 1)")
          .derivative("1 if x > 0, else alpha exp(x)", "x > 0 ? 1 : \\alpha e^x")
          .derivativeFromOutput("1 if y > 0, else y + alpha", "y > 0 ? 1 : y + \\alpha")
          .range(Range.open(-1, Double.POSITIVE_INFINITY))
          .specialPoints(SpecialPoint.kink(0))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .zeroCentred(true).saturation(Saturation.NEGATIVE).build())
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
      return y > 0 ? 1 : y + ALPHA;
    }

    /** Registers {@code flawed_elu_below_declared}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(EluBelowDeclared::new);
      }
    }
  }

  /** Softplus with a dip below 0 on a narrow negative band. */
  static final class DipNegativeBand extends Shapes.Softplus {
    private static final double HALF_WIDTH = 2e-3;

    DipNegativeBand() {
      super(plainInfo("flawed_range_dip_negative_band", "softplus with a tabulated correction")
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).saturation(Saturation.NEGATIVE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return super.apply(x) - 1e-17 * Bump.value(x, DIP, HALF_WIDTH);
    }

    @Override
    public double derivative(double x) {
      return super.derivative(x) - 1e-17 * Bump.slope(x, DIP, HALF_WIDTH);
    }

    /** Registers {@code flawed_range_dip_negative_band}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DipNegativeBand::new);
      }
    }
  }

  /** Binary step with f(0) = 0.5. */
  static final class HalfAtStep extends Fixture {
    HalfAtStep() {
      super(ActivationInfo.builder("flawed_half_at_step")
          .description("binary step with the half-maximum convention at 0")
          .function("0 if x < 0, 1/2 if x = 0, 1 if x > 0", "H(x)")
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
      if (x == 0) {
        return 0.5;
      }
      return x > 0 ? 1 : x < 0 ? 0 : Double.NaN;
    }

    @Override
    public double derivative(double x) {
      return Double.isNaN(x) ? x : 0;
    }

    /** Registers {@code flawed_half_at_step}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(HalfAtStep::new);
      }
    }
  }

  /** tanh scaled by 1 + 2^-52. */
  static final class OneUlpOver extends Shapes.Tanh {
    private static final double SCALE = 1 + 0x1p-52;

    OneUlpOver() {
      super(plainInfo("flawed_range_one_ulp_over", "tanh with a normalisation constant").build());
    }

    @Override
    public double apply(double x) {
      return SCALE * Math.tanh(x);
    }

    /** Registers {@code flawed_range_one_ulp_over}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(OneUlpOver::new);
      }
    }
  }
}
