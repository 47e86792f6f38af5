package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.CONTINUITY;
import static org.activations.corpus.Defect.DECLARED_PROPERTY;
import static org.activations.corpus.Defect.DERIVATIVE;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/** Functions whose f'(x) is wrong somewhere: on a band, at one point, by a factor, in sign. */
final class DerivativeFlaws {
  /** The band on which {@link DerivativeBand} and {@link ValueBand} are wrong. */
  static final double BAND_LOW = 2.0001;
  static final double BAND_HIGH = 2.0002;

  private DerivativeFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new DerivativeBand.Provider(), "tanh whose f' is 1e-3 too large on [2.0001, 2.0002]",
            "x = 2.00015", DERIVATIVE)
            .notBlaming(CONTINUITY),
        flawed(new ValueBand.Provider(), "tanh + 1e-6 bump(x) on [2.0001, 2.0002] (C^∞, still"
            + " monotonic) with the f' of plain tanh: f is wrong on the band", "x = 2.000125",
            DERIVATIVE),
        flawed(new SinglePoint.Provider(), "softsign with f'(0) = 5, right everywhere else",
            "x = 0 and x = -0.0", DERIVATIVE)
            .notBlaming(CONTINUITY, DECLARED_PROPERTY),
        flawed(new DoubledOnWindow.Provider(), "softplus whose f' is 2 sigma(x) on [-3, 3]",
            "x = 1", DERIVATIVE)
            .notBlaming(CONTINUITY, DECLARED_PROPERTY),
        flawed(new SignFlipped.Provider(), "log cosh(x) with f' = tanh(|x|): the wrong sign for"
            + " x < 0", "x = -2", DERIVATIVE)
            .notBlaming(DECLARED_PROPERTY),
        flawed(new FarBand.Provider(), "softsign whose f' is 1.5 times too large for |x| in"
            + " [1e5, 1.0001e5]", "x = 1.00005e5", DERIVATIVE)
            .notBlaming(CONTINUITY),
        flawed(new TinyBand.Provider(), "tanh whose f' is 0.5 for |x| in [1e-200, 1.0001e-200]",
            "x = 1.00005e-200", DERIVATIVE)
            .notBlaming(CONTINUITY),
        flawed(new SubnormalFlush.Provider(), "tanh whose f' flushes subnormal inputs: f'(x) = 0"
            + " for 0 < |x| < MIN_NORMAL", "x = MIN_VALUE", DERIVATIVE)
            .notBlaming(DECLARED_PROPERTY),
        flawed(new RelativeError.Provider(), "tanh whose f' is 1.0001 times the truth everywhere",
            "x = 0.5", DERIVATIVE)
            .notBlaming(DECLARED_PROPERTY));
  }

  /** tanh with f' + 1e-3 on a narrow band. */
  static final class DerivativeBand extends Shapes.Tanh {
    DerivativeBand() {
      super(plainInfo("flawed_derivative_narrow_band", "tanh").build());
    }

    @Override
    public double derivative(double x) {
      return x >= BAND_LOW && x <= BAND_HIGH ? super.derivative(x) + 1e-3 : super.derivative(x);
    }

    /** Registers {@code flawed_derivative_narrow_band}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DerivativeBand::new);
      }
    }
  }

  /** tanh with a smooth bump of 1e-6 on a narrow band, and the derivative of tanh alone. */
  static final class ValueBand extends Shapes.Tanh {
    ValueBand() {
      super(plainInfo("flawed_value_narrow_band", "tanh").build());
    }

    @Override
    public double apply(double x) {
      return Math.tanh(x) + 1e-6 * Bump.value(x, (BAND_LOW + BAND_HIGH) / 2, 5e-5);
    }

    /** Registers {@code flawed_value_narrow_band}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(ValueBand::new);
      }
    }
  }

  /** Softsign with f'(0) = 5. */
  static final class SinglePoint extends Shapes.Softsign {
    SinglePoint() {
      super(plainInfo("flawed_derivative_single_point", "softsign").build());
    }

    @Override
    public double derivative(double x) {
      return x == 0 ? 5 : super.derivative(x);
    }

    /** Registers {@code flawed_derivative_single_point}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SinglePoint::new);
      }
    }
  }

  /** Softplus with f' doubled on [-3, 3]. */
  static final class DoubledOnWindow extends Shapes.Softplus {
    DoubledOnWindow() {
      super(plainInfo("flawed_derivative_doubled_on_window", "softplus").build());
    }

    @Override
    public double derivative(double x) {
      return Math.abs(x) <= 3 ? 2 * super.derivative(x) : super.derivative(x);
    }

    /** Registers {@code flawed_derivative_doubled_on_window}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DoubledOnWindow::new);
      }
    }
  }

  /** log cosh x whose derivative forgot the sign. */
  static final class SignFlipped extends Fixture {
    private static final double LN2 = Math.log(2);

    SignFlipped() {
      super(ActivationInfo.builder("flawed_derivative_sign_flipped")
          .description("log(cosh(x)), a smooth absolute value")
          .function("log(cosh(x))", "\\log\\cosh x")
          .derivative("tanh(x)", "\\tanh x")
          .range(Range.interval(0, true, Double.POSITIVE_INFINITY, false))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonicDerivative(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    /**
     * log1p(2 sinh(x/2)^2) for |x| <= 1 (cosh x - 1 without cancellation), else
     * |x| + log1p(e^(-2|x|)) - log 2, which cannot overflow.
     */
    @Override
    public double apply(double x) {
      double a = Math.abs(x);
      if (a <= 1) {
        double s = Math.sinh(a / 2);
        return Math.log1p(2 * s * s);
      }
      return a + (Math.log1p(Math.exp(-2 * a)) - LN2);
    }

    @Override
    public double derivative(double x) {
      return Math.tanh(Math.abs(x));
    }

    /** Registers {@code flawed_derivative_sign_flipped}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SignFlipped::new);
      }
    }
  }

  /** Softsign with f' 1.5 times too large on a band near 1e5. */
  static final class FarBand extends Shapes.Softsign {
    FarBand() {
      super(plainInfo("flawed_derivative_far_band", "softsign").build());
    }

    @Override
    public double derivative(double x) {
      double a = Math.abs(x);
      return a >= 1e5 && a <= 1.0001e5 ? 1.5 * super.derivative(x) : super.derivative(x);
    }

    /** Registers {@code flawed_derivative_far_band}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FarBand::new);
      }
    }
  }

  /** tanh with f' = 0.5 on a band near 1e-200. */
  static final class TinyBand extends Shapes.Tanh {
    TinyBand() {
      super(plainInfo("flawed_derivative_tiny_band", "tanh").build());
    }

    @Override
    public double derivative(double x) {
      double a = Math.abs(x);
      return a >= 1e-200 && a <= 1.0001e-200 ? 0.5 : super.derivative(x);
    }

    /** Registers {@code flawed_derivative_tiny_band}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TinyBand::new);
      }
    }
  }

  /** tanh whose f' flushes subnormal inputs to a zero result. */
  static final class SubnormalFlush extends Shapes.Tanh {
    SubnormalFlush() {
      super(plainInfo("flawed_derivative_subnormal_flush", "tanh").build());
    }

    @Override
    public double derivative(double x) {
      return x != 0 && Math.abs(x) < Double.MIN_NORMAL ? 0 : super.derivative(x);
    }

    /** Registers {@code flawed_derivative_subnormal_flush}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SubnormalFlush::new);
      }
    }
  }

  /** tanh whose f' is 0.01 % too large everywhere. */
  static final class RelativeError extends Shapes.Tanh {
    RelativeError() {
      super(plainInfo("flawed_derivative_relative_error", "tanh").build());
    }

    @Override
    public double derivative(double x) {
      return 1.0001 * super.derivative(x);
    }

    /** Registers {@code flawed_derivative_relative_error}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(RelativeError::new);
      }
    }
  }
}
