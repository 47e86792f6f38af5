package org.activations.corpus;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/**
 * The fixtures of {@link DeclarationFlaws} that claim the wrong answer to the chapter's first
 * question, whether the function is nonlinear.
 */
final class LinearityClaims {
  private LinearityClaims() {}

  /** 2x + 1 declared nonlinear. */
  static final class AffineNonlinear extends Fixture {
    AffineNonlinear() {
      super(ActivationInfo.builder("flawed_affine_declared_nonlinear")
          .description("an affine map")
          .function("2x + 1", "2x + 1")
          .derivative("2", "2")
          .derivativeFromOutput("2", "2")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return 2 * x + 1;
    }

    @Override
    public double derivative(double x) {
      return Double.isNaN(x) ? x : 2;
    }

    @Override
    public double derivativeFromOutput(double y) {
      return Double.isNaN(y) ? y : 2;
    }

    /** Registers {@code flawed_affine_declared_nonlinear}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(AffineNonlinear::new);
      }
    }
  }

  /** x + 1e-4 tanh(x) declared linear. */
  static final class CurvedDeclaredLinear extends Fixture {
    CurvedDeclaredLinear() {
      super(ActivationInfo.builder("flawed_curved_declared_linear")
          .description("the identity with a small tanh term")
          .function("x + 1e-4 tanh(x)", "x + 10^{-4}\\tanh x")
          .derivative("1 + 1e-4 (1 - tanh(x)^2)", "1 + 10^{-4}\\,\\mathrm{sech}^2 x")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(false)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .saturation(Saturation.NONE).build())
          .build());
    }

    @Override
    public double apply(double x) {
      return x + 1e-4 * Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
      double e = Math.exp(-2 * Math.abs(x));
      return 1 + 1e-4 * (4 * e / ((1 + e) * (1 + e)));
    }

    /** Registers {@code flawed_curved_declared_linear}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(CurvedDeclaredLinear::new);
      }
    }
  }
}
