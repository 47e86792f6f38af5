package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.correct;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/**
 * Correct oscillating functions: a difference step that spans many periods at large |x| cannot
 * resolve them, and a sampled monotonicity test sees rounding at their flat points.
 */
final class CorrectOscillating {
  /** The frequency of {@link HighFrequency}: a power of two, so that 1024 x is exact. */
  static final double FREQUENCY = 1024;

  private CorrectOscillating() {}

  static List<CorpusEntry> entries() {
    return List.of(
        correct(new HalfSine.Provider(), "x + sin(x)/2, monotonic (f' >= 1/2); a step 2^-9 |x| spans"
            + " many periods at large |x|; f'(±∞) = NaN as f' has no limit"),
        correct(new SineDouble.Provider(), "sin(2x) with range [-1, 1], the closed ends attained at"
            + " x = ±pi/4 (to the double); NaN at ±∞ where f and f' have no limit"),
        correct(new HighFrequency.Provider(), "x + sin(1024 x)/1024, monotonic with f' = 1 + cos(1024 x)"
            + " touching 0; period 0.006, below a typical grid step"),
        correct(new Linear.Provider(), "the identity, declared linear (nonlinear = false) and"
            + " truthfully everything else"));
  }

  /** x + sin(x)/2. */
  static final class HalfSine extends Fixture {
    HalfSine() {
      super(ActivationInfo.builder("tricky_x_plus_half_sin")
          .description("x + sin(x)/2, monotonic with a wiggle")
          .function("x + sin(x)/2", "x + \\tfrac{1}{2}\\sin x")
          .derivative("1 + cos(x)/2", "1 + \\tfrac{1}{2}\\cos x")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Double.isInfinite(x) ? x : x + Math.sin(x) / 2;
    }

    /** 1 + cos(x)/2; at ±∞ a value in [1/2, 3/2] has no limit, so NaN says so. */
    @Override
    public double derivative(double x) {
      return 1 + Math.cos(x) / 2;
    }

    /** Registers {@code tricky_x_plus_half_sin}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(HalfSine::new);
      }
    }
  }

  /** sin(2x). */
  static final class SineDouble extends Fixture {
    private static final double DOUBLING_LIMIT = 0x1p1022;

    SineDouble() {
      super(ActivationInfo.builder("tricky_sin_2x")
          .description("sin(2x), periodic")
          .function("sin(2x)", "\\sin 2x")
          .derivative("2 cos(2x)", "2\\cos 2x")
          .range(Range.interval(-1, true, 1, true))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).zeroCentred(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    /** sin(2x), as 2 sin(x) cos(x) where 2x would overflow; NaN at ±∞, where f has no limit. */
    @Override
    public double apply(double x) {
      if (Math.abs(x) < DOUBLING_LIMIT) {
        return Math.sin(2 * x);
      }
      return 2 * Math.sin(x) * Math.cos(x);
    }

    /** 2 cos(2x), as 2 (cos x - sin x)(cos x + sin x) where 2x would overflow. */
    @Override
    public double derivative(double x) {
      if (Math.abs(x) < DOUBLING_LIMIT) {
        return 2 * Math.cos(2 * x);
      }
      double s = Math.sin(x);
      double c = Math.cos(x);
      return 2 * (c - s) * (c + s);
    }

    /** Registers {@code tricky_sin_2x}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SineDouble::new);
      }
    }
  }

  /** x + sin(1024 x)/1024. */
  static final class HighFrequency extends Fixture {
    /** Above this, 1024 x overflows: sin and cos of 1024 x come from x by ten angle doublings. */
    private static final double DIRECT_LIMIT = 0x1p1013;

    HighFrequency() {
      super(ActivationInfo.builder("tricky_high_frequency")
          .description("the identity with a fast wiggle that keeps it monotonic")
          .function("x + sin(1024 x)/1024", "x + \\frac{\\sin 1024x}{1024}")
          .derivative("1 + cos(1024 x)", "1 + \\cos 1024x")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    /** {sin(1024 x), cos(1024 x)}. */
    private static double[] sinCos(double x) {
      if (Math.abs(x) < DIRECT_LIMIT) {
        return new double[] {Math.sin(FREQUENCY * x), Math.cos(FREQUENCY * x)};
      }
      double s = Math.sin(x);
      double c = Math.cos(x);
      for (int i = 0; i < 10; i++) {
        double s2 = 2 * s * c;
        c = (c - s) * (c + s);
        s = s2;
      }
      return new double[] {s, c};
    }

    @Override
    public double apply(double x) {
      return Double.isInfinite(x) ? x : x + sinCos(x)[0] / FREQUENCY;
    }

    /** 1 + cos(1024 x); NaN at ±∞, where f' has no limit. */
    @Override
    public double derivative(double x) {
      return 1 + sinCos(x)[1];
    }

    /** Registers {@code tricky_high_frequency}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(HighFrequency::new);
      }
    }
  }

  /** The identity, declared linear. */
  static final class Linear extends Fixture {
    Linear() {
      super(ActivationInfo.builder("tricky_linear")
          .description("the identity, declared as the affine function it is")
          .function("x", "x")
          .derivative("1", "1")
          .derivativeFromOutput("1", "1")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(false)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(true)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x;
    }

    @Override
    public double derivative(double x) {
      return Double.isNaN(x) ? x : 1;
    }

    @Override
    public double derivativeFromOutput(double y) {
      return Double.isNaN(y) ? y : 1;
    }

    /** Registers {@code tricky_linear}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(Linear::new);
      }
    }
  }
}
