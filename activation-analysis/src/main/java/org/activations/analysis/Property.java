package org.activations.analysis;

import org.apiguardian.api.API;

/**
 * The properties the tools measure: the textbook's seven criteria, then the extra columns of
 * {@code PROPERTIES.md}, and whether the derivative itself was validated. The order is the order of
 * the comparison table.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Property {
  /** f is not affine. */
  NONLINEAR("nonlinear", "Nonlinear"),
  /** The image f(ℝ), declared and verified. */
  RANGE("range", "Range"),
  /** f is C^1 or better. */
  CONTINUOUSLY_DIFFERENTIABLE("continuously_differentiable", "Continuously Differentiable"),
  /** f' can be computed from the output y with arithmetic only. */
  FAST_DERIVATIVE("fast_derivative", "Fast Derivative Calculation"),
  /** Smooth (C^1 or better) and f' monotonic. */
  SMOOTH_MONOTONIC_DERIVATIVE("smooth_monotonic_derivative", "Smooth with Monotonic Derivative"),
  /** f is non-decreasing or non-increasing. */
  MONOTONIC("monotonic", "Monotonic Function"),
  /** f(0) = 0, f differentiable at 0 and f'(0) = 1. */
  IDENTITY_AT_ORIGIN("identity_at_origin", "Approximates Identity at Origin"),
  /** The order k of continuity C^k. */
  CONTINUITY_ORDER("continuity_order", "Order of Continuity"),
  /** f(0) = 0 and f takes both signs. */
  ZERO_CENTRED("zero_centred", "Zero-Centred"),
  /** f' → 0 as x → −∞ and/or +∞. */
  SATURATION("saturation", "Saturation (Vanishing Gradient)"),
  /** The value f' returns where f is not differentiable. */
  DERIVATIVE_AT_KINK("derivative_at_kink", "Derivative at a Kink"),
  /** Whether f' (and f'(y)) agree with the numerical derivative of f. */
  DERIVATIVE_VALIDATED("derivative_validated", "Derivative validated");

  private final String key;
  private final String title;

  Property(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** The stable machine-readable key, used in JSON and CSV. */
  public String key() {
    return key;
  }

  /** The row title, as in the textbook's table for its seven. */
  public String title() {
    return title;
  }
}
