package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.correct;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;

/**
 * Correct functions in the style of other machine-learning libraries' activations: LeCun's scaled
 * tanh, a rectified tanh, Keras's piecewise-linear hard sigmoid.
 */
final class CorrectLibraryStyle {
  /** LeCun's amplitude A of A tanh(2x/3). */
  static final double LECUN_AMPLITUDE = 1.7159;

  private CorrectLibraryStyle() {}

  static List<CorpusEntry> entries() {
    return List.of(
        correct(new LecunTanh.Provider(), "1.7159 tanh(2x/3): open ends ±1.7159 reached by rounding,"
            + " f'(0) = 1.1439 (not identity), an output form with two constants"),
        correct(new RectifiedTanh.Provider(), "max(0, tanh(x)): a declared kink at 0 with f' = 0"
            + " on the left, range [0, 1) attained at 0 on a whole half-line"),
        correct(new HardSigmoid.Provider(), "clamp(0.2x + 0.5, 0, 1): declared kinks at ±2.5, range"
            + " [0, 1] attained on whole half-lines, f' = 0.2 or 0"));
  }

  /** LeCun's scaled tanh 1.7159 tanh(2x/3). */
  static final class LecunTanh extends Fixture {
    private static final double INNER = 2.0 / 3;

    LecunTanh() {
      super(ActivationInfo.builder("tricky_lecun_tanh")
          .description("LeCun's scaled tanh, 1.7159 tanh(2x/3)")
          .function("1.7159 tanh(2x/3)", "1.7159 \\tanh\\tfrac{2x}{3}")
          .derivative("1.7159 (2/3) (1 - tanh(2x/3)^2)",
              "1.7159\\cdot\\tfrac{2}{3}\\,\\mathrm{sech}^2\\tfrac{2x}{3}")
          .derivativeFromOutput("(2/3) (1.7159 - y^2 / 1.7159)",
              "\\tfrac{2}{3}\\left(1.7159 - \\frac{y^2}{1.7159}\\right)")
          .range(Range.open(-LECUN_AMPLITUDE, LECUN_AMPLITUDE))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return LECUN_AMPLITUDE * Math.tanh(INNER * x);
    }

    @Override
    public double derivative(double x) {
      double e = Math.exp(-2 * Math.abs(INNER * x));
      return LECUN_AMPLITUDE * INNER * (4 * e / ((1 + e) * (1 + e)));
    }

    @Override
    public double derivativeFromOutput(double y) {
      double u = y / LECUN_AMPLITUDE;
      return LECUN_AMPLITUDE * INNER * ((1 - u) * (1 + u));
    }

    /** Registers {@code tricky_lecun_tanh}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(LecunTanh::new);
      }
    }
  }

  /** max(0, tanh(x)). */
  static final class RectifiedTanh extends Fixture {
    RectifiedTanh() {
      super(ActivationInfo.builder("tricky_rectified_tanh")
          .description("tanh cut at 0, as a rectified tanh")
          .function("max(0, tanh(x))", "\\max(0, \\tanh x)")
          .derivative("1 - tanh(x)^2 for x > 0, else 0", "x > 0 ? \\mathrm{sech}^2 x : 0")
          .range(Range.interval(0, true, 1, false))
          .specialPoints(SpecialPoint.kink(0))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x > 0 ? Math.tanh(x) : Double.isNaN(x) ? x : 0;
    }

    /** sech^2 x on the right; 0 on the left and at the kink (the seed's convention). */
    @Override
    public double derivative(double x) {
      if (!(x > 0)) {
        return Double.isNaN(x) ? x : 0;
      }
      double e = Math.exp(-2 * x);
      return 4 * e / ((1 + e) * (1 + e));
    }

    /** Registers {@code tricky_rectified_tanh}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(RectifiedTanh::new);
      }
    }
  }

  /** Keras's hard sigmoid clamp(0.2x + 0.5, 0, 1). */
  static final class HardSigmoid extends Fixture {
    HardSigmoid() {
      super(ActivationInfo.builder("tricky_hard_sigmoid_keras")
          .description("the piecewise-linear hard sigmoid of Keras")
          .function("min(1, max(0, 0.2 x + 0.5))", "\\min(1, \\max(0, 0.2x + 0.5))")
          .derivative("0.2 for |x| < 2.5, else 0", "|x| < 2.5 ? 0.2 : 0")
          .range(Range.interval(0, true, 1, true))
          .specialPoints(SpecialPoint.kink(-2.5), SpecialPoint.kink(2.5))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Double.isNaN(x) ? x : Math.min(1, Math.max(0, 0.2 * x + 0.5));
    }

    /** 0.2 inside, 0 outside and at the kinks. */
    @Override
    public double derivative(double x) {
      return Math.abs(x) < 2.5 ? 0.2 : Double.isNaN(x) ? x : 0;
    }

    /** Registers {@code tricky_hard_sigmoid_keras}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(HardSigmoid::new);
      }
    }
  }
}
