package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.DECLARED_PROPERTY;
import static org.activations.corpus.Defect.DERIVATIVE;
import static org.activations.corpus.Defect.MONOTONIC;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/** Functions declared monotonic that are not, with a derivative that tells the truth. */
final class MonotonicFlaws {
  /** Where the dip of {@link DipNegativeSide} is centred. */
  static final double NEGATIVE_DIP = -4.50005;
  /** Where the dip of {@link DipFar} is centred. */
  static final double FAR_DIP = 1.00005e150;

  /** Where the dip of {@link DipTiny} is centred. */
  static final double TINY_DIP = 3e-200;
  /** Where {@link DipTiny} decreases fastest. */
  static final double TINY_WITNESS = TINY_DIP - 0.75e-204;

  private MonotonicFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new GridWiggle.Provider(), "x + 1.2 sin(200 pi x) / (200 pi): a wiggle of period"
            + " 0.01 (a grid step) with f' = 1 + 1.2 cos(200 pi x) < 0 half-way between grid points",
            "x = 0.005 (f' = -0.2)", MONOTONIC)
            .notBlaming(DERIVATIVE, DECLARED_PROPERTY),
        flawed(new FineWiggle.Provider(), "x + 1.2 sin(2000 pi x) / (2000 pi): the same wiggle with"
            + " period 0.001 (the step of a 12000-step grid on [-6, 6])", "x = 0.0005 (f' = -0.2)",
            MONOTONIC)
            .notBlaming(DERIVATIVE, DECLARED_PROPERTY),
        flawed(new DipNegativeSide.Provider(), "tanh minus a smooth dip of 1e-6 on [-4.5001,"
            + " -4.5], f' consistent", "x = -4.500075", MONOTONIC)
            .notBlaming(DERIVATIVE, DECLARED_PROPERTY),
        flawed(new DipFar.Provider(), "sign(x) log1p(|x|) minus a dip of 1e-3 on a band of"
            + " relative width 1e-4 near 1e150, f' consistent", "x = 1.000025e150", MONOTONIC)
            .notBlaming(DERIVATIVE, DECLARED_PROPERTY),
        flawed(new ShallowNearZero.Provider(), "x - 1.0001 tanh(x): decreasing on |x| < 0.01 only,"
            + " by 7e-7 in value", "x = 0 (f' = -1e-4)", MONOTONIC)
            .notBlaming(DERIVATIVE, DECLARED_PROPERTY),
        flawed(new DipTiny.Provider(), "tanh minus a smooth dip of 1e-203 on a band of relative width"
            + " 1e-4 near 3e-200, f' consistent", "x = " + TINY_WITNESS, MONOTONIC)
            .notBlaming(DERIVATIVE, DECLARED_PROPERTY));
  }

  /**
   * x + 1.2 sin(2 pi k x) / (2 pi k): a wiggle of period 1/k whose derivative 1 + 1.2 cos(2 pi k x)
   * dips to -0.2 half-way between the multiples of 1/k.
   */
  abstract static class Wiggle extends Fixture {
    private final double cycles;
    private final double amplitude;

    Wiggle(String name, int cycles) {
      super(ActivationInfo.builder(name)
          .description("the identity with a fast wiggle of period 1/" + cycles)
          .function("x + 1.2 sin(2 pi k x) / (2 pi k), k = " + cycles,
              "x + \\frac{1.2 \\sin(2\\pi k x)}{2\\pi k},\\ k = " + cycles)
          .derivative("1 + 1.2 cos(2 pi k x)", "1 + 1.2\\cos(2\\pi k x)")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.NONE).build())
          .build());
      this.cycles = cycles;
      this.amplitude = 1.2 / (2 * Math.PI * cycles);
    }

    /**
     * The phase 2 pi r of 2 pi k x, with r = k x minus its nearest integer computed exactly (k x
     * split by a fused multiply-add), so that the wiggle stays exact and finite at every x: for
     * |x| >= 2^52, x is an integer and r = 0.
     */
    private double phase(double x) {
      if (!(Math.abs(x) < 0x1p52)) {
        return Double.isNaN(x) ? x : 0;
      }
      double hi = cycles * x;
      double lo = Math.fma(cycles, x, -hi);
      return 2 * Math.PI * ((hi - Math.rint(hi)) + lo);
    }

    @Override
    public double apply(double x) {
      return x + amplitude * Math.sin(phase(x));
    }

    @Override
    public double derivative(double x) {
      return 1 + 1.2 * Math.cos(phase(x));
    }
  }

  /** The wiggle of period 0.01. */
  static final class GridWiggle extends Wiggle {
    GridWiggle() {
      super("flawed_grid_wiggle", 100);
    }

    /** Registers {@code flawed_grid_wiggle}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(GridWiggle::new);
      }
    }
  }

  /** The wiggle of period 0.001. */
  static final class FineWiggle extends Wiggle {
    FineWiggle() {
      super("flawed_grid_wiggle_fine", 1000);
    }

    /** Registers {@code flawed_grid_wiggle_fine}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FineWiggle::new);
      }
    }
  }

  /** tanh with a dip on the negative side. */
  static final class DipNegativeSide extends Shapes.Tanh {
    DipNegativeSide() {
      super(plainInfo("flawed_monotonic_dip_negative", "tanh with a correction term").build());
    }

    @Override
    public double apply(double x) {
      return Math.tanh(x) - 1e-6 * Bump.value(x, NEGATIVE_DIP, 5e-5);
    }

    @Override
    public double derivative(double x) {
      return super.derivative(x) - 1e-6 * Bump.slope(x, NEGATIVE_DIP, 5e-5);
    }

    /** Registers {@code flawed_monotonic_dip_negative}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DipNegativeSide::new);
      }
    }
  }

  /** sign(x) log1p(|x|) with a dip near 1e150. */
  static final class DipFar extends Fixture {
    private static final double HALF_WIDTH = 5e145;

    DipFar() {
      super(ActivationInfo.builder("flawed_monotonic_dip_far")
          .description("sign(x) log(1 + |x|) with a correction term")
          .function("sign(x) log(1 + |x|)", "\\operatorname{sign}(x) \\log(1 + |x|)")
          .derivative("1 / (1 + |x|)", "\\frac{1}{1 + |x|}")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1).monotonic(true)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Math.copySign(Math.log1p(Math.abs(x)), x) - 1e-3 * Bump.value(x, FAR_DIP, HALF_WIDTH);
    }

    @Override
    public double derivative(double x) {
      return 1 / (1 + Math.abs(x)) - 1e-3 * Bump.slope(x, FAR_DIP, HALF_WIDTH);
    }

    /** Registers {@code flawed_monotonic_dip_far}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DipFar::new);
      }
    }
  }

  /** x - 1.0001 tanh x, decreasing only very near 0. */
  static final class ShallowNearZero extends Fixture {
    private static final double C = 1.0001;

    ShallowNearZero() {
      super(ActivationInfo.builder("flawed_monotonic_shallow_near_zero")
          .description("x - 1.0001 tanh(x), a tanh-shrink variant")
          .function("x - 1.0001 tanh(x)", "x - 1.0001 \\tanh x")
          .derivative("1 - 1.0001 (1 - tanh(x)^2)", "1 - 1.0001\\,\\mathrm{sech}^2 x")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x - C * Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
      double e = Math.exp(-2 * Math.abs(x));
      return 1 - C * (4 * e / ((1 + e) * (1 + e)));
    }

    /** Registers {@code flawed_monotonic_shallow_near_zero}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(ShallowNearZero::new);
      }
    }
  }

  /** tanh with a dip at tiny positive x. */
  static final class DipTiny extends Shapes.Tanh {
    private static final double HALF_WIDTH = 1.5e-204;

    DipTiny() {
      super(plainInfo("flawed_monotonic_dip_tiny", "tanh with a correction term").build());
    }

    @Override
    public double apply(double x) {
      return Math.tanh(x) - 1e-203 * Bump.value(x, TINY_DIP, HALF_WIDTH);
    }

    @Override
    public double derivative(double x) {
      return super.derivative(x) - 1e-203 * Bump.slope(x, TINY_DIP, HALF_WIDTH);
    }

    /** Registers {@code flawed_monotonic_dip_tiny}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DipTiny::new);
      }
    }
  }
}
