package org.activations.pack;

import java.util.List;
import org.activations.ActivationInfo;
import org.activations.spi.KernelActivation;
import org.activations.spi.ParameterDescriptor;

/**
 * The shrinks (hardshrink, softshrink): 0 on [−λ, λ], and outside x itself or x moved towards 0 by
 * λ. Both are correctly rounded (one subtraction at most). f' = 1 for |x| &gt; λ and 0 on [−λ, λ],
 * the kinks or jumps at ±λ included, as PyTorch's backward; from the output f' = 1 for y ≠ 0 and 0
 * for y = 0 (y = 0 exactly when |x| &le; λ, since λ &gt; 0).
 */
abstract class ShrinkUnit extends KernelActivation {
  /** The one parameter, with PyTorch's name {@code lambd} as an alias. */
  static List<ParameterDescriptor> parameters() {
    return List.of(new ParameterDescriptor("lambda", "the half-width of the band mapped to 0"
        + " (PyTorch: lambd)", 0.5, 0, false, Double.POSITIVE_INFINITY, false)
        .withAliases("lambd"));
  }

  final double lambda;
  private final String spec;
  private final ActivationInfo info;

  ShrinkUnit(String spec, ActivationInfo info, double lambda) {
    this.lambda = lambda;
    this.spec = spec;
    this.info = info;
  }

  @Override
  public final ActivationInfo info() {
    return info;
  }

  @Override
  public final String spec() {
    return spec;
  }

  @Override
  public final double derivative(double x) {
    return Math.abs(x) > lambda ? 1 : x == x ? 0 : x;
  }

  @Override
  public final double derivativeFromOutput(double y) {
    return y != 0 ? (y == y ? 1 : y) : 0;
  }

  @Override
  protected final void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * PackMath.positive(Math.abs(in[i])); // y != 0 ? 1 : 0
    }
  }

  @Override
  protected final void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * PackMath.positive(Math.abs(in[i]));
    }
  }
}
