package org.activations.pack;

import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/**
 * Log-sigmoid (torch.nn.LogSigmoid): log σ(x) = −log(1 + e^(−x)), evaluated as x − log1p(e^x)
 * below 0 and −log1p(e^(−x)) above, so it neither overflows nor loses the tiny values for large x.
 * f' = σ(−x). No output form (from y, f' = 1 − e^y).
 */
final class LogSigmoid implements Activation {
  static final ActivationInfo INFO = ActivationInfo.builder("log_sigmoid")
      .description("log(sigmoid(x)): the log-likelihood of the positive class")
      .function("-log(1 + exp(-x))", "\\log \\sigma(x)")
      .derivative("1 / (1 + exp(x))", "\\sigma(-x)")
      .range(Range.open(Double.NEGATIVE_INFINITY, 0))
      .declared(DeclaredProperties.builder().nonlinear(true)
          .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(true)
          .zeroCentred(false).identityAtOrigin(false).saturation(Saturation.POSITIVE).build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  @Override
  public double apply(double x) {
    return x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x));
  }

  @Override
  public double derivative(double x) {
    return PackMath.sigmoid(-x);
  }

  /** Registers {@code log_sigmoid}. */
  public static final class Provider implements ActivationProvider {
    @Override
    public String name() {
      return "log_sigmoid";
    }

    @Override
    public Activation create(Parameters p) {
      return new LogSigmoid();
    }
  }
}
