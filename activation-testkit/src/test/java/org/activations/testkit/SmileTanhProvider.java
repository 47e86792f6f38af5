package org.activations.testkit;

import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.Parameters;

/**
 * A plugin with the tanh gradient bug seen in Smile: the output-form derivative written (1 − y)²
 * instead of 1 − y². Everything else is right.
 */
public final class SmileTanhProvider implements ActivationProvider {
  @Override
  public String name() {
    return "smile_tanh";
  }

  @Override
  public Activation create(Parameters parameters) {
    return new Activation() {
      private final ActivationInfo info = ActivationInfo.builder("smile_tanh")
          .description("tanh with the (1 - y)^2 gradient bug")
          .function("tanh(x)", "\\\\tanh x")
          .derivative("1 - tanh(x)^2", "1 - \\\\tanh^2 x")
          .derivativeFromOutput("(1 - y)^2", "(1 - y)^2")
          .range(Range.open(-1, 1))
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(false)
              .zeroCentred(true).identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build();

      @Override
      public ActivationInfo info() {
        return info;
      }

      @Override
      public double apply(double x) {
        return Math.tanh(x);
      }

      @Override
      public double derivative(double x) {
        double y = Math.tanh(x);
        return 1 - y * y;
      }

      @Override
      public double derivativeFromOutput(double y) {
        return (1 - y) * (1 - y);
      }
    };
  }
}
