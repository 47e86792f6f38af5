package org.activations.analysis;

import org.apiguardian.api.API;

/**
 * What a {@link Finding} is about: one surface of the SPI or one measured property. The order is
 * the order in which findings of equal weight are listed.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Concern {
  /** NaN, ±∞, ±0, the smallest and the largest doubles, in and out of f, f' and f'(y). */
  SPECIAL_INPUT,
  /** A computed value outside the declared range, NaN at a finite input, or an end not approached. */
  RANGE,
  /** A jump or kink that is not declared, or a declared one that is not there. */
  CONTINUITY,
  /** The derivative from the input, f'(x), disagrees with the numerical derivative of f. */
  DERIVATIVE,
  /** The derivative from the output, f'(y), disagrees with the numerical derivative of f. */
  DERIVATIVE_FROM_OUTPUT,
  /** f is declared monotonic, but falls and rises (or f' has both signs). */
  MONOTONIC,
  /** A declared property that the measurement contradicts. */
  DECLARED_PROPERTY,
  /** A batch forward kernel that disagrees with the scalar function. */
  BATCH,
  /** A fused backward pass that is not upstream · f'. */
  BACKWARD,
  /** A single-precision method that is not the rounded double result. */
  FLOAT,
  /** Results that change when several threads share the instance. */
  THREAD_SAFETY,
  /** The plugin threw an exception. */
  THROWS,
  /** The analysis ran out of its time budget. */
  TIMEOUT
}
