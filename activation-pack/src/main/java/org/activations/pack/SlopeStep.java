package org.activations.pack;

/**
 * y[i] = max(x[i], a·x[i]) on [from, to) by a split slope: {@link FloatSlope#forwardStep} and the
 * engines' versions of it, which must give the same floats.
 */
@FunctionalInterface
interface SlopeStep {
  /**
   * Runs the step; the arguments are already checked.
   *
   * @return true if every element is done; false if some |x[i]| (for the residual form
   *     |x[i] − p|) is below {@link FloatSlope#tiny} or NaN, and the caller must recompute those
   */
  boolean apply(float[] x, float[] y, int from, int to);
}
