package org.activations.pack;

/**
 * The pack's float forward loops on one engine: the smooth functions' ({@link FloatForms}'
 * formulas), hard_sigmoid's and hard_swish's, and the split slope's step ({@link FloatSlope}).
 * Each factory takes the function's parameters and its own plain loop, which an engine runs
 * wherever it has nothing better (on the plain-Java engine, everywhere).
 */
interface FloatKernels {
  /** The plain-Java engine: every function runs its own loop. */
  FloatKernels JAVA = new FloatKernels() {};

  /** x·σ(βx), held at the declared minimum. */
  default FloatForward swish(double beta, double minimum, FloatForward plain) {
    return plain;
  }

  /** scale·x for x ≥ 0, scale·α·expm1(x·k) below: elu (scale 1, k 1), selu, celu (k = 1/α). */
  default FloatForward expLinear(double scale, double alpha, double k, FloatForward plain) {
    return plain;
  }

  /** log(1 + e^(βx))/β. */
  default FloatForward softplus(double beta, FloatForward plain) {
    return plain;
  }

  /** log σ(x). */
  default FloatForward logSigmoid(FloatForward plain) {
    return plain;
  }

  /** x·tanh(softplus(x)), held at the declared minimum. */
  default FloatForward mish(double minimum, FloatForward plain) {
    return plain;
  }

  /** x·σ(2√(2/π)(x + 0.044715x³)), the tanh form of gelu. */
  default FloatForward geluTanh(double minimum, FloatForward plain) {
    return plain;
  }

  /** x·Φ(x), held at the declared minimum. */
  default FloatForward gelu(double minimum, FloatForward plain) {
    return plain;
  }

  /** relu6(x + 3)/6, correctly rounded ({@link HardSigmoid#hardSigmoidFloat}). */
  default FloatForward hardSigmoid(FloatForward plain) {
    return plain;
  }

  /** x·relu6(x + 3)/6 ({@link HardSwish#hardSwishFloat}). */
  default FloatForward hardSwish(FloatForward plain) {
    return plain;
  }

  /** One step of a split slope's forward: {@link FloatSlope#forwardStep}'s loop. */
  default SlopeStep slopeStep(FloatSlope split) {
    return split::forwardStep;
  }
}
