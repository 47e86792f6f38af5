package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.correct;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/**
 * Correct functions that are hard on a numerical derivative or on the output form: a forward that
 * cancels, a flat tail where f' is far below the resolution of f, an output form that is strict
 * about its domain.
 */
final class CorrectNumerics {
  private CorrectNumerics() {}

  static List<CorpusEntry> entries() {
    return List.of(
        correct(new CancellingForward.Provider(), "hypot(1, x) - 1: the forward cancels (0 for"
            + " |x| < 1.5e-8, flat in its last bits) while f' = x / hypot(1, x) is accurate"),
        correct(new FlatTail.Provider(), "atan(x): f flat in its last bits for |x| > 1e8 while f'"
            + " = 1/(1 + x^2) is accurate; output form cos(y)^2, ill-conditioned at y = ±pi/2"),
        correct(new StrictOutputDomain.Provider(), "sigmoid whose output-form derivative throws"
            + " IllegalArgumentException for y outside [0, 1] (NaN gives NaN)"),
        correct(new IterativeInverse.Provider(), "the root t of t + t^3 = x by bisection: about 1100"
            + " iterations per call (microseconds, within any budget), monotonic by construction"));
  }

  /** hypot(1, x) - 1, computed the direct way. */
  static final class CancellingForward extends Fixture {
    CancellingForward() {
      super(ActivationInfo.builder("tricky_cancelling_forward")
          .description("sqrt(1 + x^2) - 1, a smooth absolute value, computed directly")
          .function("sqrt(1 + x^2) - 1", "\\sqrt{1 + x^2} - 1")
          .derivative("x / sqrt(1 + x^2)", "\\frac{x}{\\sqrt{1 + x^2}}")
          .range(Range.interval(0, true, Double.POSITIVE_INFINITY, false))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonicDerivative(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    /** Accurate to about 1e-16 absolutely, not relatively: near 0 the subtraction cancels. */
    @Override
    public double apply(double x) {
      return Math.hypot(1, x) - 1;
    }

    @Override
    public double derivative(double x) {
      return Double.isInfinite(x) ? Math.signum(x) : x / Math.hypot(1, x);
    }

    /** Registers {@code tricky_cancelling_forward}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(CancellingForward::new);
      }
    }
  }

  /** atan(x) with the output form cos(y)^2. */
  static final class FlatTail extends Fixture {
    FlatTail() {
      super(ActivationInfo.builder("tricky_arctan_flat_tail")
          .description("the arctangent")
          .function("atan(x)", "\\arctan x")
          .derivative("1 / (1 + x^2)", "\\frac{1}{1 + x^2}")
          .derivativeFromOutput("cos(y)^2", "\\cos^2 y")
          .range(Range.open(-Math.PI / 2, Math.PI / 2))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Math.atan(x);
    }

    /** 1/(1 + x^2), as v^2/(1 + v^2) with v = 1/x for |x| > 1 so that x^2 cannot overflow. */
    @Override
    public double derivative(double x) {
      if (Math.abs(x) <= 1) {
        return 1 / (1 + x * x);
      }
      double v = 1 / x;
      return v * v / (1 + v * v);
    }

    @Override
    public double derivativeFromOutput(double y) {
      double c = Math.cos(y);
      return c * c;
    }

    /** Registers {@code tricky_arctan_flat_tail}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FlatTail::new);
      }
    }
  }

  /** Sigmoid whose output form refuses values outside [0, 1]. */
  static final class StrictOutputDomain extends Shapes.SigmoidWithOutput {
    StrictOutputDomain() {
      super(info("tricky_strict_output_domain", "sigmoid with a strict output-form derivative")
          .build());
    }

    /**
     * y (1 - y) for y in [0, 1], the closure of the range (rounding reaches both ends).
     *
     * @throws IllegalArgumentException if y is outside [0, 1]
     */
    @Override
    public double derivativeFromOutput(double y) {
      if (y < 0 || y > 1) {
        throw new IllegalArgumentException("y (" + y + ") must be in [0, 1], an output of the"
            + " sigmoid; compute f' from the input x instead");
      }
      return y * (1 - y);
    }

    /** Registers {@code tricky_strict_output_domain}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(StrictOutputDomain::new);
      }
    }
  }

  /** The real root of t + t^3 = x by bisection, to the last bit. */
  static final class IterativeInverse extends Fixture {
    IterativeInverse() {
      super(ActivationInfo.builder("tricky_iterative_inverse")
          .description("the inverse of t + t^3, an odd function growing like cbrt(x)")
          .function("t such that t + t^3 = x", "t:\\ t + t^3 = x")
          .derivative("1 / (1 + 3 t^2)", "\\frac{1}{1 + 3t^2}")
          .derivativeFromOutput("1 / (1 + 3 y^2)", "\\frac{1}{1 + 3y^2}")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build());
    }

    /**
     * Bisection on [-(1 + cbrt|x|), 1 + cbrt|x|] until the bracket holds two adjacent doubles, then
     * the one with the smaller residual. The decisions {@code mid + mid^3 < x} are monotonic in x,
     * so the result is too.
     */
    @Override
    public double apply(double x) {
      if (x == 0 || !Double.isFinite(x)) {
        return x;
      }
      double bound = 1 + Math.cbrt(Math.abs(x));
      double lo = -bound;
      double hi = bound;
      while (Math.nextUp(lo) < hi) {
        double mid = lo + (hi - lo) / 2;
        if (mid + mid * mid * mid < x) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      double loResidual = Math.abs(lo + lo * lo * lo - x);
      double hiResidual = Math.abs(hi + hi * hi * hi - x);
      return loResidual < hiResidual ? lo : hi;
    }

    @Override
    public double derivative(double x) {
      return derivativeFromOutput(apply(x));
    }

    @Override
    public double derivativeFromOutput(double y) {
      return 1 / (1 + 3 * y * y);
    }

    /** Registers {@code tricky_iterative_inverse}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(IterativeInverse::new);
      }
    }
  }
}
