package org.activations.builtin;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.SingleInstanceProvider;

/**
 * The logistic sigmoid σ(x) = 1 / (1 + e^-x), with σ'(x) = σ(x)(1 − σ(x)).
 *
 * <p>Accuracy, measured against correctly rounded values (the shared reference file, and 20,000
 * random points against a 60-digit BigDecimal evaluation): f and f' within 1 ulp over the whole double
 * range; the output form within 1 ulp of y(1 − y) for the given y. The exponential is only ever taken
 * of a non-positive argument, so nothing overflows: the naive 1 / (1 + exp(−x)) is wrong by 10^15 ulp
 * at x = −709.79, where exp(−x) is near overflow.
 *
 * <p>Special values: σ(−∞) = 0, σ(+∞) = 1, σ'(±∞) = 0, NaN gives NaN. σ'(x) is computed from x as
 * e/(1 + e)² with e = exp(−|x|), so it stays exact in the tails (σ'(30) ≈ 9.4e-14, σ'(740) is
 * subnormal), where y(1 − y) from a rounded y would be 0.
 */
final class Sigmoid extends CheckedBatch {
  static final ActivationInfo INFO = ActivationInfo.builder("sigmoid")
      .aliases("logistic")
      .description("Logistic sigmoid: squashes any input into (0, 1); saturates on both sides")
      .function("1 / (1 + exp(-x))", "\\frac{1}{1 + e^{-x}}")
      .derivative("exp(-x) / (1 + exp(-x))^2", "\\frac{e^{-x}}{\\left(1 + e^{-x}\\right)^2}")
      .derivativeFromOutput("y * (1 - y)", "y \\, (1 - y)")
      .range(Range.open(0, 1))
      .declared(DeclaredProperties.builder()
          .nonlinear(true)
          .continuityOrder(DeclaredProperties.SMOOTH)
          .monotonic(true)
          .monotonicDerivative(false)
          .zeroCentred(false)
          .identityAtOrigin(false)
          .saturation(Saturation.BOTH)
          .build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  @Override
  public double apply(double x) {
    return sigmoid(x);
  }

  static double sigmoid(double x) {
    if (x >= 0) {
      return CompensatedDivision.overOnePlus(1.0, Math.exp(-x));
    }
    double e = Math.exp(x); // NaN stays NaN here
    return CompensatedDivision.overOnePlus(e, e);
  }

  /**
   * In double and rounded once: the double quotient is within 3 ulp (of double), so the float is
   * within 1 ulp, and a float input cannot overflow the double exponential.
   */
  static float sigmoid(float x) {
    return (float) (1.0 / (1.0 + Math.exp(-(double) x)));
  }

  @Override
  public float applyFloat(float x) {
    return sigmoid(x);
  }

  @Override
  public float derivativeFloat(float x) {
    double e = Math.exp(-Math.abs((double) x));
    double s = 1.0 + e;
    return (float) (e / (s * s));
  }

  /** y(1 − y) in float: 1 − y is exact for y ≥ 1/2, so within 1 ulp. */
  @Override
  public float derivativeFromOutputFloat(float y) {
    return y * (1f - y);
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    ActiveKernels.get().sigmoid(x, y, offset, length);
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    ActiveKernels.get().sigmoid(x, y, offset, length);
  }

  @Override
  protected void backward(double[] y, double[] upstream, double[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * (y[i] * (1.0 - y[i]));
    }
  }

  @Override
  protected void backward(float[] y, float[] upstream, float[] gradIn, int offset,
      int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * (y[i] * (1f - y[i]));
    }
  }

  @Override
  public double derivative(double x) {
    double e = Math.exp(-Math.abs(x));
    return CompensatedDivision.overOnePlusSquared(e, e);
  }

  @Override
  public double derivativeFromOutput(double y) {
    return y * (1.0 - y);
  }

  @Override
  public String describeImplementation() {
    return ActiveKernels.description();
  }

  /** Registers this function with the {@link java.util.ServiceLoader}: one shared instance. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new Sigmoid());
    }
  }
}
