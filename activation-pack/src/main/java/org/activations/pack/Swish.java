package org.activations.pack;

import java.util.List;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * Swish, x·σ(βx) (Ramachandran et al., 2017); with β = 1 it is torch.nn.SiLU, so {@code silu} is an
 * alias. f' = σ(βx)·(1 + βx·σ(−βx)), with σ(−βx) computed directly rather than as 1 − σ(βx). No
 * output form: f is not monotonic. The minimum is −W(1/e)/β at x = −(1 + W(1/e))/β, where
 * W(1/e) = 0.27846454276107380… is the omega-like constant solving w·e^w = 1/e (from
 * 1 + t(1 − σ(t)) = 0, whose solution gives t·σ(t) = t + 1).
 */
final class Swish implements Activation {
  /** W(1/e), the Lambert W function at 1/e, to double precision. */
  static final double W_OF_INVERSE_E = 0.27846454276107380;

  private final double beta;
  private final String spec;
  private final ActivationInfo info;

  Swish(Parameters p) {
    beta = p.get("beta");
    spec = p.spec("swish");
    info = ActivationInfo.builder("swish")
        .aliases("silu")
        .description("x sigmoid(beta x); beta = 1 is SiLU: smooth, non-monotonic, self-gated")
        .function("x / (1 + exp(-beta x))", "x\\,\\sigma(\\beta x)")
        .derivative("s (1 + beta x (1 - s)), s = sigmoid(beta x)",
            "\\sigma(\\beta x)\\,(1 + \\beta x\\,\\sigma(-\\beta x))")
        .range(Range.interval(-W_OF_INVERSE_E / beta, true, Double.POSITIVE_INFINITY, false))
        .declared(DeclaredProperties.builder().nonlinear(true)
            .continuityOrder(DeclaredProperties.SMOOTH).monotonic(false).monotonicDerivative(false)
            .zeroCentred(true).identityAtOrigin(false).saturation(Saturation.NEGATIVE).build())
        .build();
  }

  @Override
  public ActivationInfo info() {
    return info;
  }

  @Override
  public double apply(double x) {
    if (x == Double.NEGATIVE_INFINITY) {
      return -0.0; // −∞ · 0
    }
    return x * PackMath.sigmoid(beta * x);
  }

  @Override
  public double derivative(double x) {
    double z = beta * x;
    if (Double.isInfinite(z)) {
      return z > 0 ? 1 : 0;
    }
    return PackMath.sigmoid(z) * (1 + z * PackMath.sigmoid(-z));
  }

  @Override
  public String spec() {
    return spec;
  }

  /** Registers {@code swish(beta)}, alias {@code silu}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return "swish";
    }

    @Override
    public List<String> aliases() {
      return List.of("silu");
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(new ParameterDescriptor("beta", "the gate's sharpness; 1 is SiLU", 1.0, 0,
          false, 1e3, true));
    }

    @Override
    public Activation create(Parameters p) {
      return new Swish(p);
    }
  }
}
