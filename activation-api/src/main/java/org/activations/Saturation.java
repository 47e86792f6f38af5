package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
/**
 * Where an activation's derivative vanishes: f'(x) → 0 as x → -∞, as x → +∞, both, or neither.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum Saturation {
  /** f' does not tend to 0 on either side. */
  NONE,
  /** f'(x) → 0 as x → -∞ only (ReLU: the "dying ReLU" side). */
  NEGATIVE,
  /** f'(x) → 0 as x → +∞ only. */
  POSITIVE,
  /** f'(x) → 0 on both sides (sigmoid, tanh). */
  BOTH;

  /**
   * The saturation with the given sides.
   *
   * @param negative whether f saturates as x → -∞
   * @param positive whether f saturates as x → +∞
   * @return the matching constant
   */
  public static Saturation of(boolean negative, boolean positive) {
    if (negative && positive) {
      return BOTH;
    }
    return negative ? NEGATIVE : positive ? POSITIVE : NONE;
  }

  /**
   * True if f' vanishes as x → -∞.
   *
   * @return whether f saturates as x → -∞
   */
  public boolean negative() {
    return this == NEGATIVE || this == BOTH;
  }

  /**
   * True if f' vanishes as x → +∞.
   *
   * @return whether f saturates as x → +∞
   */
  public boolean positive() {
    return this == POSITIVE || this == BOTH;
  }
}
