package org.activations.pack;

import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/**
 * GELU in its exact form (torch.nn.GELU, approximate='none'; Hendrycks and Gimpel 2016):
 * x·Φ(x), with Φ the standard normal distribution function, and f' = Φ(x) + x·φ(x).
 *
 * <p>Java has no erf, so Φ is computed here from its lower tail Q(z) = Φ(−z), z ≥ 0: below
 * z = 0.75 from the Taylor series of the integral, Q = 1/2 − (z − z³/6 + z⁵/40 − …)/√(2π); above,
 * from Laplace's continued fraction Q = φ(z) / (z + 1/(z + 2/(z + 3/(z + …)))), evaluated backwards
 * from a depth of 60 + 2000/z² (converged to the last bit over the measured range), with
 * φ(z) = e^(−z²/2)/√(2π) and z² carried as a double-double. Φ(x) = 1 − Q(x) for x ≥ 0. Measured
 * against 160-digit evaluations: Q within 3 ulp (see PackAccuracyTest for GELU itself). The price of
 * exactness is time near |x| ≈ 1, where the fraction needs a few thousand steps.
 */
final class Gelu implements Activation {
  /** 1/√(2π), the normal density's constant, rounded to double. */
  static final double INV_SQRT_2PI = 0.3989422804014327;
  private static final double SERIES_BELOW = 0.75;
  static final double MINIMUM = PackMath.minimum(Gelu::gelu, -2, 0);
  static final ActivationInfo INFO = ActivationInfo.builder("gelu")
      .description("x Phi(x), the Gaussian error linear unit, in its exact erf form")
      .function("x Phi(x) = x (1 + erf(x / sqrt 2)) / 2", "x\\,\\Phi(x)")
      .derivative("Phi(x) + x phi(x)", "\\Phi(x) + x\\,\\varphi(x)")
      .range(Range.interval(MINIMUM, true, Double.POSITIVE_INFINITY, false))
      .declared(DeclaredProperties.builder().nonlinear(true)
          .continuityOrder(DeclaredProperties.SMOOTH).monotonic(false).monotonicDerivative(false)
          .zeroCentred(true).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  /** The standard normal density at z. */
  static double density(double z) {
    double h = z * z;
    double hLow = Math.fma(z, z, -h);
    return INV_SQRT_2PI * Math.exp(-0.5 * h) * (1 - 0.5 * hLow);
  }

  /** Q(z) = Φ(−z) for z ≥ 0, to a few ulps. */
  static double lowerTail(double z) {
    if (z <= SERIES_BELOW) {
      double z2 = z * z;
      double term = z;
      double sum = z;
      for (int n = 1; n < 60; n++) {
        term *= -z2 / (2 * n);
        double t = term / (2 * n + 1);
        sum += t;
        if (Math.abs(t) < 1e-18 * Math.abs(sum)) {
          break;
        }
      }
      return 0.5 - INV_SQRT_2PI * sum;
    }
    if (z > 40) {
      return 0; // below the smallest subnormal
    }
    int depth = (int) Math.min(4000, 60 + 2000 / (z * z));
    double t = z;
    for (int k = depth; k >= 1; k--) {
      t = z + k / t;
    }
    return density(z) / t;
  }

  /** Φ(x). */
  static double cdf(double x) {
    if (x != x) {
      return x;
    }
    return x >= 0 ? 1 - lowerTail(x) : lowerTail(-x);
  }

  static double gelu(double x) {
    if (x == Double.NEGATIVE_INFINITY) {
      return -0.0;
    }
    return x * cdf(x);
  }

  @Override
  public double apply(double x) {
    return gelu(x);
  }

  @Override
  public double derivative(double x) {
    if (Double.isInfinite(x)) {
      return x > 0 ? 1 : 0;
    }
    double p = cdf(x);
    return Math.abs(x) > 40 ? p : p + x * density(x);
  }

  /** Registers {@code gelu}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return "gelu";
    }

    @Override
    public Activation create(Parameters p) {
      return new Gelu();
    }
  }
}
