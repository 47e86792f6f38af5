package org.activations.corpus;

/**
 * A kind of defect that a verifier must report for a flawed corpus function; the verifier maps its
 * findings onto these names.
 *
 * @since 0.1
 */
public enum Defect {
  /**
   * A wrong result at NaN, ±∞, ±0, ±MIN_VALUE, ±MIN_NORMAL or ±MAX_VALUE: f(NaN) not NaN, f'(±∞) NaN,
   * a limit at ±∞ inconsistent with the declared range or saturation.
   */
  SPECIAL_INPUT,
  /** A value outside the declared range anywhere, or an open range end attained. */
  RANGE,
  /** An undeclared jump or kink, or a declared continuity order higher than the truth. */
  CONTINUITY,
  /** f'(x) wrong somewhere, a single point included. */
  DERIVATIVE,
  /** f' from the output y wrong somewhere, or inconsistent with f'(x). */
  DERIVATIVE_FROM_OUTPUT,
  /** Declared monotonic but is not. */
  MONOTONIC,
  /**
   * Another declared property is false: nonlinear, monotonic derivative, zero-centred, identity at
   * origin, saturation.
   */
  DECLARED_PROPERTY,
  /** The batch forward disagrees with the scalar function. */
  BATCH,
  /** The fused backward is not upstream · f' elementwise (offsets and in place included). */
  BACKWARD,
  /** The float methods disagree with the double ones by more than 1 float ulp. */
  FLOAT,
  /** Wrong answers when one instance is shared between threads. */
  THREAD_SAFETY,
  /** Throws for some input. */
  THROWS,
  /** Hangs, or is so slow somewhere that a budget of a few seconds cannot finish. */
  TIMEOUT
}
