package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.correct;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/**
 * Correct functions at extreme scales: values near 1e300 and near 1e-300 (subnormal outputs), a
 * transition of width 1e-6, a Gaussian that underflows, a rational function with closed ends.
 */
final class CorrectScales {
  /** The scale of {@link HugeTanh}. */
  static final double HUGE = 1e300;
  /** The scale of {@link TinyTanh}. */
  static final double TINY = 1e-300;
  /** The steepness of {@link SteepTanh}. */
  static final double STEEP = 1e6;

  private CorrectScales() {}

  static List<CorpusEntry> entries() {
    return List.of(
        correct(new HugeTanh.Provider(), "1e300 tanh(x): values and slopes near 1e300 (f'(0) ="
            + " 1e300), differences that must not overflow"),
        correct(new TinyTanh.Provider(), "1e-300 tanh(x): subnormal outputs for |x| < 2.2e-8,"
            + " derivative 1e-300"),
        correct(new SteepTanh.Provider(), "tanh(1e6 x): a transition of width 1e-6 at 0 that a grid"
            + " sees as a jump"),
        correct(new Gaussian.Provider(), "exp(-x^2): range (0, 1] with the closed end attained at x ="
            + " 0 only, subnormal outputs near |x| = 27"),
        correct(new RationalHump.Provider(), "2x / (1 + x^2): range [-1, 1] attained exactly at"
            + " x = ±1, evaluated without overflow"));
  }

  /** 1e300 tanh(x). */
  static final class HugeTanh extends Fixture {
    HugeTanh() {
      super(ActivationInfo.builder("tricky_huge_scale")
          .description("tanh scaled to 1e300")
          .function("1e300 tanh(x)", "10^{300}\\tanh x")
          .derivative("1e300 (1 - tanh(x)^2)", "10^{300}\\,\\mathrm{sech}^2 x")
          .derivativeFromOutput("1e300 (1 - (y / 1e300)^2)", "10^{300}(1 - (y/10^{300})^2)")
          .range(Range.open(-HUGE, HUGE))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return HUGE * Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
      double e = Math.exp(-2 * Math.abs(x));
      return HUGE * (4 * e / ((1 + e) * (1 + e)));
    }

    @Override
    public double derivativeFromOutput(double y) {
      double u = y / HUGE;
      return HUGE * ((1 - u) * (1 + u));
    }

    /** Registers {@code tricky_huge_scale}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(HugeTanh::new);
      }
    }
  }

  /** 1e-300 tanh(x). */
  static final class TinyTanh extends Fixture {
    TinyTanh() {
      super(ActivationInfo.builder("tricky_tiny_scale")
          .description("tanh scaled to 1e-300")
          .function("1e-300 tanh(x)", "10^{-300}\\tanh x")
          .derivative("1e-300 (1 - tanh(x)^2)", "10^{-300}\\,\\mathrm{sech}^2 x")
          .derivativeFromOutput("1e-300 (1 - (y / 1e-300)^2)", "10^{-300}(1 - (y/10^{-300})^2)")
          .range(Range.open(-TINY, TINY))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return TINY * Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
      double e = Math.exp(-2 * Math.abs(x));
      return TINY * (4 * e / ((1 + e) * (1 + e)));
    }

    @Override
    public double derivativeFromOutput(double y) {
      double u = y / TINY;
      return TINY * ((1 - u) * (1 + u));
    }

    /** Registers {@code tricky_tiny_scale}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TinyTanh::new);
      }
    }
  }

  /** tanh(1e6 x). */
  static final class SteepTanh extends Fixture {
    SteepTanh() {
      super(ActivationInfo.builder("tricky_steep_near_zero")
          .description("tanh compressed a millionfold")
          .function("tanh(1e6 x)", "\\tanh(10^6 x)")
          .derivative("1e6 (1 - tanh(1e6 x)^2)", "10^6\\,\\mathrm{sech}^2(10^6 x)")
          .derivativeFromOutput("1e6 (1 - y^2)", "10^6 (1 - y^2)")
          .range(Range.open(-1, 1))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Math.tanh(STEEP * x);
    }

    @Override
    public double derivative(double x) {
      double e = Math.exp(-2 * Math.abs(STEEP * x));
      return STEEP * (4 * e / ((1 + e) * (1 + e)));
    }

    @Override
    public double derivativeFromOutput(double y) {
      return STEEP * ((1 - y) * (1 + y));
    }

    /** Registers {@code tricky_steep_near_zero}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SteepTanh::new);
      }
    }
  }

  /** exp(-x^2). */
  static final class Gaussian extends Fixture {
    Gaussian() {
      super(ActivationInfo.builder("tricky_gaussian")
          .description("the Gaussian bump exp(-x^2)")
          .function("exp(-x^2)", "e^{-x^2}")
          .derivative("-2x exp(-x^2)", "-2x e^{-x^2}")
          .range(Range.interval(0, false, 1, true))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Math.exp(-x * x);
    }

    /** -2x exp(-x^2), and 0 where exp(-x^2) underflows (so 0, not ∞ · 0, at ±∞). */
    @Override
    public double derivative(double x) {
      double e = Math.exp(-x * x);
      return e == 0 ? 0 : -2 * x * e;
    }

    /** Registers {@code tricky_gaussian}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(Gaussian::new);
      }
    }
  }

  /** 2x / (1 + x^2). */
  static final class RationalHump extends Fixture {
    RationalHump() {
      super(ActivationInfo.builder("tricky_rational_closed_ends")
          .description("the rational hump 2x / (1 + x^2)")
          .function("2x / (1 + x^2)", "\\frac{2x}{1 + x^2}")
          .derivative("2 (1 - x^2) / (1 + x^2)^2", "\\frac{2(1 - x^2)}{(1 + x^2)^2}")
          .range(Range.interval(-1, true, 1, true))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).zeroCentred(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Shapes.hump(x);
    }

    @Override
    public double derivative(double x) {
      return Shapes.humpSlope(x);
    }

    /** Registers {@code tricky_rational_closed_ends}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(RationalHump::new);
      }
    }
  }
}
