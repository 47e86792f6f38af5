package org.activations.pack;

import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/**
 * GELU's tanh approximation (torch.nn.GELU(approximate='tanh'), Hendrycks and Gimpel 2016):
 * 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), evaluated as x·σ(2u) with
 * u = √(2/π)·(x + 0.044715·x³), since 1 + tanh(u) = 2σ(2u): no cancellation for negative x.
 * The constants √(2/π) and 0.044715 are PyTorch's. The minimum (about −0.17 at x ≈ −0.75) is found
 * at class initialisation.
 */
final class GeluTanh implements Activation {
  /** √(2/π), as in PyTorch's kBeta = M_SQRT2 · M_2_SQRTPI · 0.5. */
  static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
  static final double CUBIC = 0.044715;
  static final double MINIMUM = PackMath.minimum(GeluTanh::gelu, -2, 0);
  static final ActivationInfo INFO = ActivationInfo.builder("gelu_tanh")
      .description("GELU with the tanh approximation of the Gaussian CDF, as in BERT and GPT-2")
      .function("0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))",
          "\\tfrac{1}{2}x\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(x + 0.044715x^3)\\right)\\right)")
      .derivative("s + x s (1 - s) 2 sqrt(2/pi) (1 + 3 0.044715 x^2), s = sigmoid(2u)",
          "s + x s (1-s)\\, 2\\sqrt{2/\\pi}(1 + 0.134145 x^2)")
      .range(Range.interval(MINIMUM, true, Double.POSITIVE_INFINITY, false))
      .declared(DeclaredProperties.builder().nonlinear(true)
          .continuityOrder(DeclaredProperties.SMOOTH).monotonic(false).monotonicDerivative(false)
          .zeroCentred(true).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  /**
   * σ(2u) with 2u carried as a double-double: for x = −19, 2u ≈ −520, and one rounding of it
   * (1e-13 absolute) would cost the result a thousand ulps.
   */
  private static double gate(double x) {
    double x2 = x * x;
    double x2Low = Math.fma(x, x, -x2);
    double x3 = x2 * x;
    double x3Low = Math.fma(x2, x, -x3) + x2Low * x;
    double t = CUBIC * x3;
    double tLow = Math.fma(CUBIC, x3, -t) + CUBIC * x3Low;
    double s = x + t;
    double sLow = (Math.abs(x) >= Math.abs(t) ? (x - s) + t : (t - s) + x) + tLow;
    double k = 2 * SQRT_2_OVER_PI;
    double z = k * s;
    double zLow = Math.fma(k, s, -z) + k * sLow;
    if (z >= 0) {
      double e = Math.exp(-z) * (1 - zLow); // e^−(z + zLow)
      return 1 / (1 + e);
    }
    double e = Math.exp(z) * (1 + zLow);
    return e / (1 + e);
  }

  static double gelu(double x) {
    if (Double.isInfinite(x) || Math.abs(x) > 1e100) {
      return x > 0 ? x : -0.0; // x³ would overflow; the gate is 0 or 1 long before
    }
    return x * gate(x);
  }

  @Override
  public double apply(double x) {
    return gelu(x);
  }

  @Override
  public double derivative(double x) {
    if (Math.abs(x) > 1e10) {
      return x > 0 ? 1 : 0; // exactly so in double; x³ would overflow for |x| > 5e102
    }
    double s = gate(x);
    double dz = 2 * SQRT_2_OVER_PI * (1 + 3 * CUBIC * x * x);
    return s + x * s * gate(-x) * dz; // σ(−2u(x)) = σ(2u(−x)): u is odd
  }

  /** Registers {@code gelu_tanh}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return "gelu_tanh";
    }

    @Override
    public Activation create(Parameters p) {
      return new GeluTanh();
    }
  }
}
