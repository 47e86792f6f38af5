package org.activations.analysis;

import org.apiguardian.api.API;

/**
 * The short form of a verdict; the tools choose how to draw it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Mark {
  /** The property holds. */
  YES,
  /** The property does not hold. */
  NO,
  /** One of two parts holds. */
  PARTLY,
  /** The analysis could not decide. */
  UNKNOWN,
  /** A value rather than a yes or no (a range, an order). */
  VALUE;

  /** {@code YES} for true, {@code NO} for false. */
  public static Mark of(boolean holds) {
    return holds ? YES : NO;
  }
}
