package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.CONTINUITY;
import static org.activations.corpus.Defect.MONOTONIC;
import static org.activations.corpus.Defect.SPECIAL_INPUT;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/** Functions whose values at or towards ±∞ contradict their limits or their declared range. */
final class LimitFlaws {
  private LimitFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new TanhWithSigmoidLimits.Provider(), "tanh whose ∞ branch was copied from sigmoid:"
            + " f(-∞) = 0 instead of the limit -1", "x = -∞", SPECIAL_INPUT),
        flawed(new IsruOverflow.Provider(), "x / sqrt(1 + x^2) computed directly: x^2 overflows for"
            + " |x| > 1.34e154, so f drops from ±1 to 0 there, f(±MAX_VALUE) = 0 and f(±∞) = NaN",
            "x = MAX_VALUE, x = 1e155, x = +∞", SPECIAL_INPUT, CONTINUITY, MONOTONIC),
        flawed(new InfinityPassthrough.Provider(), "sigmoid with an early return for infinite"
            + " inputs copied from ReLU: f(+∞) = +∞ and f(-∞) = -∞, outside the declared (0, 1)",
            "x = +∞ and x = -∞", SPECIAL_INPUT));
  }

  /** tanh with sigmoid's limits at ±∞. */
  static final class TanhWithSigmoidLimits extends Shapes.TanhWithOutput {
    TanhWithSigmoidLimits() {
      super(info("flawed_tanh_limit_of_sigmoid", "tanh with an explicit branch for infinite inputs")
          .build());
    }

    @Override
    public double apply(double x) {
      if (Double.isInfinite(x)) {
        return x > 0 ? 1 : 0;
      }
      return Math.tanh(x);
    }

    /** Registers {@code flawed_tanh_limit_of_sigmoid}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TanhWithSigmoidLimits::new);
      }
    }
  }

  /** The inverse square root unit x / sqrt(1 + x^2), whose x^2 overflows. */
  static final class IsruOverflow extends Fixture {
    IsruOverflow() {
      super(ActivationInfo.builder("flawed_isru_overflow")
          .description("the inverse square root unit x / sqrt(1 + x^2)")
          .function("x / sqrt(1 + x^2)", "\\frac{x}{\\sqrt{1 + x^2}}")
          .derivative("(1 + x^2)^(-3/2)", "(1 + x^2)^{-3/2}")
          .range(Range.open(-1, 1))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x / Math.sqrt(1 + x * x);
    }

    /** (1 + x^2)^(-3/2), as |v|^3 / (1 + v^2)^(3/2) with v = 1/x for |x| > 1 (no overflow). */
    @Override
    public double derivative(double x) {
      if (Math.abs(x) <= 1) {
        double s = 1 + x * x;
        return 1 / (s * Math.sqrt(s));
      }
      double v = Math.abs(1 / x);
      double s = 1 + v * v;
      return v * v * v / (s * Math.sqrt(s));
    }

    /** Registers {@code flawed_isru_overflow}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(IsruOverflow::new);
      }
    }
  }

  /** Sigmoid that passes infinite inputs through. */
  static final class InfinityPassthrough extends Shapes.SigmoidWithOutput {
    InfinityPassthrough() {
      super(info("flawed_infinity_passthrough", "sigmoid with a fast path for infinite inputs")
          .build());
    }

    @Override
    public double apply(double x) {
      if (Double.isInfinite(x)) {
        return x;
      }
      return sigmoid(x);
    }

    /** Registers {@code flawed_infinity_passthrough}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(InfinityPassthrough::new);
      }
    }
  }
}
