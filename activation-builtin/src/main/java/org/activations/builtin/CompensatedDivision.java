package org.activations.builtin;

/**
 * Quotients with a denominator 1 + e, e ≥ 0, computed to within half an ulp of the exact quotient of
 * the given doubles.
 *
 * <p>The naive {@code n / (1 + e)} rounds twice, and {@code n / ((1 + e) * (1 + e))} four times; with
 * the error of {@code Math.exp} on top that reaches 2 and 3 ulp. Here the sum and the square are
 * carried as double-double (the rounding error of each is recovered exactly with Fast2Sum and
 * {@link Math#fma}), and the quotient is corrected with its exact remainder, so that only the error of
 * the exponential itself remains.
 */
final class CompensatedDivision {
  private CompensatedDivision() {}

  /** n / (1 + e) for 0 ≤ e ≤ 1. */
  static double overOnePlus(double n, double e) {
    double s = 1.0 + e;
    double sLow = (1.0 - s) + e; // Fast2Sum: exact since 1 >= e
    double inverse = 1.0 / s;
    double q = n * inverse;
    double remainder = Math.fma(-q, s, n);
    return q + (remainder - q * sLow) * inverse;
  }

  /** n / (1 + e)² for 0 ≤ e ≤ 1. */
  static double overOnePlusSquared(double n, double e) {
    double s = 1.0 + e;
    double sLow = (1.0 - s) + e;
    double p = s * s;
    double pLow = Math.fma(s, s, -p) + 2.0 * s * sLow;
    double inverse = 1.0 / p;
    double q = n * inverse;
    double remainder = Math.fma(-q, p, n);
    return q + (remainder - q * pLow) * inverse;
  }

  /** t / (t + 2) for t ≥ 0. */
  static double overPlusTwo(double t) {
    double s = t + 2.0;
    double sLow = t > 2.0 ? (t - s) + 2.0 : (2.0 - s) + t;
    double q = t / s;
    double remainder = Math.fma(-q, s, t);
    return q + (remainder - q * sLow) / s;
  }
}
