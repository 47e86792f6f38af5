package org.activations.corpus;

import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/**
 * Correct, accurate base functions that most flawed fixtures start from, so that each flaw is one
 * small override of a function that is otherwise right, with metadata that is true of the base.
 */
final class Shapes {
  private Shapes() {}

  /** tanh(x): range (−1, 1), C^∞, monotonic, zero-centred, identity at origin, saturates both sides. */
  abstract static class Tanh extends Fixture {
    Tanh(ActivationInfo info) {
      super(info);
    }

    /** The base's metadata without the output-form derivative. */
    static ActivationInfo.Builder plainInfo(String name, String description) {
      return ActivationInfo.builder(name).description(description)
          .function("tanh(x)", "\\tanh x")
          .derivative("1 - tanh(x)^2", "1 - \\tanh^2 x")
          .range(Range.open(-1, 1))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(false)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.BOTH).build());
    }

    @Override
    public double apply(double x) {
      return Math.tanh(x);
    }

    /** 4e/(1 + e)² with e = exp(−2|x|): no cancellation in 1 − tanh², no overflow in cosh. */
    @Override
    public double derivative(double x) {
      double e = Math.exp(-2 * Math.abs(x));
      return 4 * e / ((1 + e) * (1 + e));
    }
  }

  /** The logistic sigmoid: range (0, 1), C^∞, monotonic, saturates both sides. */
  abstract static class Sigmoid extends Fixture {
    Sigmoid(ActivationInfo info) {
      super(info);
    }

    /** The base's metadata without the output-form derivative. */
    static ActivationInfo.Builder plainInfo(String name, String description) {
      return ActivationInfo.builder(name).description(description)
          .function("1 / (1 + exp(-x))", "\\frac{1}{1 + e^{-x}}")
          .derivative("f(x) (1 - f(x))", "f(x)\\,(1 - f(x))")
          .range(Range.open(0, 1))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(false)
              .zeroCentred(false).identityAtOrigin(false).saturation(Saturation.BOTH).build());
    }

    /**
     * 1 / (1 + e^-x), a chain of monotonic, correctly rounded steps, so monotonic to the last bit
     * (e^x / (1 + e^x) is not); below -700, where 1 + e^-x would overflow soon, e^x itself.
     */
    static double sigmoid(double x) {
      return x < -700 ? Math.exp(x) : 1 / (1 + Math.exp(-x));
    }

    @Override
    public double apply(double x) {
      return sigmoid(x);
    }

    @Override
    public double derivative(double x) {
      double e = Math.exp(-Math.abs(x));
      return e / ((1 + e) * (1 + e));
    }
  }

  /** {@link Tanh} with its output-form derivative f'(y) = 1 - y^2. */
  abstract static class TanhWithOutput extends Tanh {
    private static final String OUTPUT_FORM = "1 - y^2";

    TanhWithOutput(ActivationInfo info) {
      super(info);
    }

    /** The base's metadata with the output-form derivative. */
    static ActivationInfo.Builder info(String name, String description) {
      return plainInfo(name, description).derivativeFromOutput(OUTPUT_FORM, OUTPUT_FORM);
    }

    @Override
    public double derivativeFromOutput(double y) {
      return (1 - y) * (1 + y);
    }
  }

  /** {@link Sigmoid} with its output-form derivative f'(y) = y (1 - y). */
  abstract static class SigmoidWithOutput extends Sigmoid {
    private static final String OUTPUT_FORM = "y (1 - y)";

    SigmoidWithOutput(ActivationInfo info) {
      super(info);
    }

    /** The base's metadata with the output-form derivative. */
    static ActivationInfo.Builder info(String name, String description) {
      return plainInfo(name, description).derivativeFromOutput(OUTPUT_FORM, OUTPUT_FORM);
    }

    @Override
    public double derivativeFromOutput(double y) {
      return y * (1 - y);
    }
  }

  /** Softplus log(1 + e^x): range (0, ∞), C^∞, monotonic with monotonic derivative, saturates at −∞. */
  abstract static class Softplus extends Fixture {
    Softplus(ActivationInfo info) {
      super(info);
    }

    /** The base's metadata without the output-form derivative. */
    static ActivationInfo.Builder plainInfo(String name, String description) {
      return ActivationInfo.builder(name).description(description)
          .function("log(1 + exp(x))", "\\log(1 + e^x)")
          .derivative("1 / (1 + exp(-x))", "\\sigma(x)")
          .range(Range.open(0, Double.POSITIVE_INFINITY))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(true)
              .zeroCentred(false).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build());
    }

    @Override
    public double apply(double x) {
      return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    @Override
    public double derivative(double x) {
      return Sigmoid.sigmoid(x);
    }
  }

  /** Softsign x / (1 + |x|): range (−1, 1), C^1 (f'' jumps at 0), monotonic, saturates both sides. */
  abstract static class Softsign extends Fixture {
    Softsign(ActivationInfo info) {
      super(info);
    }

    /** The base's metadata without the output-form derivative. */
    static ActivationInfo.Builder plainInfo(String name, String description) {
      return ActivationInfo.builder(name).description(description)
          .function("x / (1 + |x|)", "\\frac{x}{1 + |x|}")
          .derivative("1 / (1 + |x|)^2", "\\frac{1}{(1 + |x|)^2}")
          .range(Range.open(-1, 1))
          .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1)
              .monotonic(true).monotonicDerivative(false).zeroCentred(true).identityAtOrigin(true)
              .saturation(Saturation.BOTH).build());
    }

    @Override
    public double apply(double x) {
      return Double.isInfinite(x) ? Math.signum(x) : x / (1 + Math.abs(x));
    }

    @Override
    public double derivative(double x) {
      double d = 1 + Math.abs(x);
      return 1 / (d * d);
    }
  }

  /** {@link Softplus} with its output-form derivative f'(y) = 1 - exp(-y). */
  abstract static class SoftplusWithOutput extends Softplus {
    private static final String OUTPUT_FORM = "1 - exp(-y)";

    SoftplusWithOutput(ActivationInfo info) {
      super(info);
    }

    /** The base's metadata with the output-form derivative. */
    static ActivationInfo.Builder info(String name, String description) {
      return plainInfo(name, description).derivativeFromOutput(OUTPUT_FORM, OUTPUT_FORM);
    }

    @Override
    public double derivativeFromOutput(double y) {
      return -Math.expm1(-y);
    }
  }

  /** {@link Softsign} with its output-form derivative f'(y) = (1 - |y|)^2. */
  abstract static class SoftsignWithOutput extends Softsign {
    private static final String OUTPUT_FORM = "(1 - |y|)^2";

    SoftsignWithOutput(ActivationInfo info) {
      super(info);
    }

    /** The base's metadata with the output-form derivative. */
    static ActivationInfo.Builder info(String name, String description) {
      return plainInfo(name, description).derivativeFromOutput(OUTPUT_FORM, OUTPUT_FORM);
    }

    @Override
    public double derivativeFromOutput(double y) {
      double d = 1 - Math.abs(y);
      return d * d;
    }
  }

  /** 2u / (1 + u²), maximum 1 exactly at u = 1; evaluated without overflow for large |u|. */
  static double hump(double u) {
    return Math.abs(u) <= 1 ? 2 * u / (1 + u * u) : 2 / (u + 1 / u);
  }

  /** d/du of {@link #hump(double)}: 2 (1 − u²) / (1 + u²)², evaluated without overflow. */
  static double humpSlope(double u) {
    if (Math.abs(u) <= 1) {
      double d = 1 + u * u;
      return 2 * (1 - u * u) / (d * d);
    }
    double v = 1 / u;
    double d = 1 + v * v;
    return 2 * v * v * (v * v - 1) / (d * d);
  }
}
