package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.DECLARED_PROPERTY;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.SpecialPoint;

/**
 * Functions that compute what they say but claim a property they lack: zero-centred, identity at
 * origin, saturation, nonlinear, monotonic derivative.
 */
final class DeclarationFlaws {
  private DeclarationFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new OffCentre.Provider(), "tanh(x) + 1e-3 declared zero-centred: f(0) = 1e-3",
            "x = 0", DECLARED_PROPERTY),
        flawed(new SteepIdentity.Provider(), "1.001 tanh(x) declared identity at origin:"
            + " f'(0) = 1.001", "x = 0", DECLARED_PROPERTY),
        flawed(new UnboundedSaturating.Provider(), "softplus declared to saturate on both sides;"
            + " f' -> 1 as x -> +∞", "x -> +∞ (f'(1e3) = 1)", DECLARED_PROPERTY),
        flawed(new LinearityClaims.AffineNonlinear.Provider(), "2x + 1 declared nonlinear", "x = 0, 1, 2",
            DECLARED_PROPERTY),
        flawed(new TanhMonotonicDerivative.Provider(), "tanh declared with a monotonic derivative;"
            + " f' rises to 1 at 0 and falls again", "x = -1, 0, 1", DECLARED_PROPERTY),
        flawed(new SigmoidNoSaturation.Provider(), "sigmoid declared not to saturate (NONE); f' -> 0"
            + " on both sides", "x = ±50", DECLARED_PROPERTY),
        flawed(new OneSignedZeroCentred.Provider(), "x^2 / (1 + x^2) declared zero-centred: f(0) = 0"
            + " but it never takes a negative value", "x = -1 (f = 0.5)", DECLARED_PROPERTY),
        flawed(new KinkedIdentity.Provider(), "leaky ReLU with slopes 0.999 and 1 declared identity"
            + " at origin: not differentiable at 0", "x = 0 (f'(0-) = 0.999)", DECLARED_PROPERTY),
        flawed(new LinearityClaims.CurvedDeclaredLinear.Provider(), "x + 1e-4 tanh(x) declared linear (nonlinear ="
            + " false): a curvature of 1e-4", "x = -1, 0, 1", DECLARED_PROPERTY));
  }

  /** tanh + 1e-3 declared zero-centred. */
  static final class OffCentre extends Shapes.Tanh {
    OffCentre() {
      super(plainInfo("flawed_zero_centred_offset", "tanh with a bias of 1e-3")
          .range(Range.open(-1 + 1e-3, 1 + 1e-3))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return Math.tanh(x) + 1e-3;
    }

    /** Registers {@code flawed_zero_centred_offset}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(OffCentre::new);
      }
    }
  }

  /** 1.001 tanh x declared identity at origin. */
  static final class SteepIdentity extends Shapes.Tanh {
    private static final double SCALE = 1.001;

    SteepIdentity() {
      super(plainInfo("flawed_identity_slope", "tanh scaled by 1.001")
          .range(Range.open(-SCALE, SCALE)).build());
    }

    @Override
    public double apply(double x) {
      return SCALE * Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
      return SCALE * super.derivative(x);
    }

    /** Registers {@code flawed_identity_slope}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SteepIdentity::new);
      }
    }
  }

  /** Softplus declared to saturate on both sides. */
  static final class UnboundedSaturating extends Shapes.SoftplusWithOutput {
    UnboundedSaturating() {
      super(info("flawed_saturation_both_unbounded", "softplus")
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    /** Registers {@code flawed_saturation_both_unbounded}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(UnboundedSaturating::new);
      }
    }
  }

  /** tanh declared with a monotonic derivative. */
  static final class TanhMonotonicDerivative extends Shapes.TanhWithOutput {
    TanhMonotonicDerivative() {
      super(info("flawed_tanh_monotonic_derivative", "tanh")
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(true)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build());
    }

    /** Registers {@code flawed_tanh_monotonic_derivative}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TanhMonotonicDerivative::new);
      }
    }
  }

  /** Sigmoid declared not to saturate. */
  static final class SigmoidNoSaturation extends Shapes.SigmoidWithOutput {
    SigmoidNoSaturation() {
      super(info("flawed_sigmoid_no_saturation", "sigmoid")
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    /** Registers {@code flawed_sigmoid_no_saturation}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SigmoidNoSaturation::new);
      }
    }
  }

  /** x^2 / (1 + x^2) declared zero-centred. */
  static final class OneSignedZeroCentred extends Fixture {
    OneSignedZeroCentred() {
      super(ActivationInfo.builder("flawed_zero_centred_one_sign")
          .description("x^2 / (1 + x^2), an even bounded well")
          .function("x^2 / (1 + x^2)", "\\frac{x^2}{1 + x^2}")
          .derivative("2x / (1 + x^2)^2", "\\frac{2x}{(1 + x^2)^2}")
          .range(Range.interval(0, true, 1, false))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).zeroCentred(true)
              .saturation(Saturation.BOTH).build())
          .build());
    }

    @Override
    public double apply(double x) {
      if (Math.abs(x) <= 1) {
        return x * x / (1 + x * x);
      }
      double v = 1 / x;
      return 1 / (1 + v * v);
    }

    @Override
    public double derivative(double x) {
      if (Math.abs(x) <= 1) {
        double d = 1 + x * x;
        return 2 * x / (d * d);
      }
      double v = 1 / x;
      double d = 1 + v * v;
      return 2 * v * v * v / (d * d);
    }

    /** Registers {@code flawed_zero_centred_one_sign}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(OneSignedZeroCentred::new);
      }
    }
  }

  /** A leaky ReLU with slopes 0.999 and 1 declared identity at origin. */
  static final class KinkedIdentity extends Fixture {
    private static final double LEFT_SLOPE = 0.999;

    KinkedIdentity() {
      super(ActivationInfo.builder("flawed_identity_at_kink")
          .description("leaky ReLU with a slope of 0.999 for x < 0")
          .function("x if x >= 0, else 0.999 x", "x \\ge 0 ? x : 0.999 x")
          .derivative("1 if x >= 0, else 0.999", "x \\ge 0 ? 1 : 0.999")
          .range(Range.reals())
          .specialPoints(SpecialPoint.kink(0))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(0).monotonic(true)
              .monotonicDerivative(true).zeroCentred(true).identityAtOrigin(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x >= 0 ? x : LEFT_SLOPE * x;
    }

    @Override
    public double derivative(double x) {
      return x >= 0 ? 1 : x < 0 ? LEFT_SLOPE : Double.NaN;
    }

    /** Registers {@code flawed_identity_at_kink}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(KinkedIdentity::new);
      }
    }
  }
}
