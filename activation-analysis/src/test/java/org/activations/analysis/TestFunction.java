package org.activations.analysis;

import java.util.function.DoubleUnaryOperator;
import org.activations.Activation;
import org.activations.ActivationInfo;

/** An activation assembled from lambdas, for tests that need a function with a known flaw. */
class TestFunction implements Activation {
  private final ActivationInfo info;
  private final DoubleUnaryOperator f;
  private final DoubleUnaryOperator df;
  private final DoubleUnaryOperator dfy;

  TestFunction(ActivationInfo info, DoubleUnaryOperator f, DoubleUnaryOperator df,
      DoubleUnaryOperator dfy) {
    this.info = info;
    this.f = f;
    this.df = df;
    this.dfy = dfy;
  }

  @Override
  public ActivationInfo info() {
    return info;
  }

  @Override
  public double apply(double x) {
    return f.applyAsDouble(x);
  }

  @Override
  public double derivative(double x) {
    return df.applyAsDouble(x);
  }

  @Override
  public double derivativeFromOutput(double y) {
    if (dfy == null) {
      return Activation.super.derivativeFromOutput(y);
    }
    return dfy.applyAsDouble(y);
  }
}
