package org.activations.analysis;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.activations.Activation;
import org.apiguardian.api.API;

/**
 * The textbook's demonstration with numbers: a network of 3 inputs, one hidden layer of the
 * activation, and a linear output is linear regression exactly when the activation is affine.
 *
 * <p>The network has random weights (normal, a fixed seed) and is evaluated on random inputs in
 * [-3, 3]³. The best linear regression of its predictions on the inputs is fitted by least squares;
 * the network collapses when that fit reproduces it to within {@link PropertyAnalyzer#TOLERANCE} of
 * the predictions' scale. For an affine activation f(x) = a·x + c the collapsed coefficients are also
 * computed from the weights, term by term as in the textbook's derivation, and compared with the
 * network on every input.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NetworkCollapse {
  /** The number of inputs, as in the textbook's network. */
  public static final int INPUTS = 3;
  private static final double INPUT_RANGE = 3;

  /** A collapse experiment; it keeps no state between runs. */
  public NetworkCollapse() {}

  /**
   * The network: hidden node h computes f(Σ_j w[h][j]·X_j + bias[h]); the output is
   * Σ_h out[h]·H_h + outBias.
   *
   * @param w input-to-hidden weights, [hidden][INPUTS]
   * @param bias hidden biases
   * @param out hidden-to-output weights
   * @param outBias the output bias
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Network(double[][] w, double[] bias, double[] out, double outBias) {

    /** The prediction for inputs {@code x}. */
    public double predict(DoubleUnaryOperator f, double[] x) {
      double y = outBias;
      for (int h = 0; h < w.length; h++) {
        double z = bias[h];
        for (int j = 0; j < INPUTS; j++) {
          z += w[h][j] * x[j];
        }
        y += out[h] * f.applyAsDouble(z);
      }
      return y;
    }
  }

  /**
   * What the demonstration found.
   *
   * @param function the activation's spec
   * @param network the random network
   * @param samples how many random inputs were tried
   * @param collapses true if a linear regression reproduces the network
   * @param regression the best linear regression's b0, b1, b2, b3
   * @param maxResidual the largest |network − regression| over the inputs
   * @param rmsResidual the root mean square of the same
   * @param scale the largest |prediction|, to which the tolerance is relative
   * @param collapsed for an affine activation, b0 … b3 computed from the weights as in the textbook;
   *     null otherwise
   * @param maxCollapsedDifference the largest |network − collapsed model|, or NaN without one
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Result(String function, Network network, int samples, boolean collapses,
      double[] regression, double maxResidual, double rmsResidual, double scale, double[] collapsed,
      double maxCollapsedDifference) {}

  /**
   * Runs the demonstration.
   *
   * @param hidden the number of hidden nodes, at least 1
   * @param samples the number of random inputs, at least 10
   * @throws IllegalArgumentException if hidden or samples is too small
   * @throws FunctionFailedException if the activation throws
   */
  public Result run(Activation activation, int hidden, long seed, int samples) {
    if (hidden < 1) {
      throw new IllegalArgumentException("hidden (" + hidden + ") must be >= 1");
    }
    if (samples < 10) {
      throw new IllegalArgumentException("samples (" + samples + ") must be >= 10");
    }
    DoubleUnaryOperator f = new Guarded(activation).function();
    SplittableRandom random = new SplittableRandom(seed);
    double[][] w = new double[hidden][INPUTS];
    double[] bias = new double[hidden];
    double[] out = new double[hidden];
    for (int h = 0; h < hidden; h++) {
      for (int j = 0; j < INPUTS; j++) {
        w[h][j] = random.nextGaussian();
      }
      bias[h] = random.nextGaussian();
      out[h] = random.nextGaussian();
    }
    Network network = new Network(w, bias, out, random.nextGaussian());

    double[][] xs = new double[samples][INPUTS];
    double[] ys = new double[samples];
    double scale = 0;
    for (int i = 0; i < samples; i++) {
      for (int j = 0; j < INPUTS; j++) {
        xs[i][j] = random.nextDouble(-INPUT_RANGE, INPUT_RANGE);
      }
      ys[i] = network.predict(f, xs[i]);
      scale = Math.max(scale, Math.abs(ys[i]));
    }
    double[] b = LeastSquares.fit(xs, ys);
    double max = 0;
    double sumSquares = 0;
    for (int i = 0; i < samples; i++) {
      double r = Math.abs(ys[i] - LeastSquares.predict(b, xs[i]));
      max = Math.max(max, r);
      sumSquares += r * r;
    }
    boolean collapses = max <= PropertyAnalyzer.TOLERANCE * Math.max(scale, Double.MIN_NORMAL);
    double[] collapsed = null;
    double collapsedDifference = Double.NaN;
    if (collapses) {
      collapsed = collapse(network, f);
      collapsedDifference = 0;
      for (int i = 0; i < samples; i++) {
        collapsedDifference = Math.max(collapsedDifference,
            Math.abs(ys[i] - LeastSquares.predict(collapsed, xs[i])));
      }
    }
    return new Result(activation.spec(), network, samples, collapses, b, max,
        Math.sqrt(sumSquares / samples), scale, collapsed, collapsedDifference);
  }

  /**
   * The textbook's grouping of like terms for f(z) = a·z + c: b_j = Σ_h out_h·a·w_hj and
   * b0 = Σ_h out_h·(a·bias_h + c) + outBias.
   */
  static double[] collapse(Network n, DoubleUnaryOperator f) {
    double c = f.applyAsDouble(0);
    double a = f.applyAsDouble(1) - c;
    double[] b = new double[INPUTS + 1];
    b[0] = n.outBias();
    for (int h = 0; h < n.w().length; h++) {
      b[0] += n.out()[h] * (a * n.bias()[h] + c);
      for (int j = 0; j < INPUTS; j++) {
        b[j + 1] += n.out()[h] * a * n.w()[h][j];
      }
    }
    return b;
  }
}
