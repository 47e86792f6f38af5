package org.activations.bench;

/**
 * The naive formula of each of the pack's smooth functions as a plain loop, in double arithmetic
 * (floats widened and the result rounded once): the baselines of issue 11's targets, shared by
 * {@link PackBenchmark} and {@link PackPairedBenchmark}; celu's is for α = 2. Also the loops that
 * other Java libraries use for the built-ins' sigmoid, tanh and relu, {@link ActivationBenchmark}'s
 * baselines.
 */
final class NaiveLoops {
  private static final double K = Math.sqrt(2 / Math.PI);
  private static final double SELU_SCALE = 1.0507009873554804934193349852946;
  private static final double SELU_ALPHA = 1.6732632423543772848170429916717;

  private NaiveLoops() {}

  /** Runs {@code function}'s naive loop over all of x into y. */
  static void run(String function, float[] x, float[] y) {
    switch (function) {
      case "swish" -> swish(x, y);
      case "gelu_tanh" -> geluTanh(x, y);
      case "mish" -> mish(x, y);
      case "softplus" -> softplus(x, y);
      case "log_sigmoid" -> logSigmoid(x, y);
      case "elu" -> elu(x, y);
      case "selu" -> selu(x, y);
      case "celu" -> celu(x, y);
      case "sigmoid" -> sigmoid(x, y);
      case "tanh" -> tanh(x, y);
      case "ternary_relu" -> ternaryRelu(x, y);
      default -> throw new IllegalArgumentException("no naive loop for " + function);
    }
  }

  /** Runs {@code function}'s naive loop over all of x into y. */
  static void run(String function, double[] x, double[] y) {
    switch (function) {
      case "swish" -> swish(x, y);
      case "gelu_tanh" -> geluTanh(x, y);
      case "mish" -> mish(x, y);
      case "softplus" -> softplus(x, y);
      case "log_sigmoid" -> logSigmoid(x, y);
      case "elu" -> elu(x, y);
      case "selu" -> selu(x, y);
      case "celu" -> celu(x, y);
      case "sigmoid" -> sigmoid(x, y);
      case "tanh" -> tanh(x, y);
      case "ternary_relu" -> ternaryRelu(x, y);
      default -> throw new IllegalArgumentException("no naive loop for " + function);
    }
  }

  /** x / (1 + e^−x). */
  static void swish(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = (float) (v / (1 + Math.exp(-v)));
    }
  }

  /** x / (1 + e^−x). */
  static void swish(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = v / (1 + Math.exp(-v));
    }
  }

  /** 0.5 x (1 + tanh(√(2/π)(x + 0.044715 x³))). */
  static void geluTanh(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = (float) (0.5 * v * (1 + Math.tanh(K * (v + 0.044715 * v * v * v))));
    }
  }

  /** 0.5 x (1 + tanh(√(2/π)(x + 0.044715 x³))). */
  static void geluTanh(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = 0.5 * v * (1 + Math.tanh(K * (v + 0.044715 * v * v * v)));
    }
  }

  /** x tanh(log1p(e^x)). */
  static void mish(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = (float) (v * Math.tanh(Math.log1p(Math.exp(v))));
    }
  }

  /** x tanh(log1p(e^x)). */
  static void mish(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = v * Math.tanh(Math.log1p(Math.exp(v)));
    }
  }

  /** log1p(e^x). */
  static void softplus(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = (float) Math.log1p(Math.exp(x[i]));
    }
  }

  /** log1p(e^x). */
  static void softplus(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.log1p(Math.exp(x[i]));
    }
  }

  /** −log1p(e^−x). */
  static void logSigmoid(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = (float) -Math.log1p(Math.exp(-x[i]));
    }
  }

  /** −log1p(e^−x). */
  static void logSigmoid(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = -Math.log1p(Math.exp(-x[i]));
    }
  }

  /** x &gt; 0 ? x : e^x − 1. */
  static void elu(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = (float) (v > 0 ? v : Math.exp(v) - 1);
    }
  }

  /** x &gt; 0 ? x : e^x − 1. */
  static void elu(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = v > 0 ? v : Math.exp(v) - 1;
    }
  }

  /** λ (x &gt; 0 ? x : α (e^x − 1)). */
  static void selu(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = (float) (SELU_SCALE * (v > 0 ? v : SELU_ALPHA * (Math.exp(v) - 1)));
    }
  }

  /** λ (x &gt; 0 ? x : α (e^x − 1)). */
  static void selu(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = SELU_SCALE * (v > 0 ? v : SELU_ALPHA * (Math.exp(v) - 1));
    }
  }

  /** x &gt; 0 ? x : α (e^(x/α) − 1), α = 2. */
  static void celu(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = (float) (v > 0 ? v : 2 * (Math.exp(v / 2) - 1));
    }
  }

  /** x &gt; 0 ? x : α (e^(x/α) − 1), α = 2. */
  static void celu(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      y[i] = v > 0 ? v : 2 * (Math.exp(v / 2) - 1);
    }
  }

  /** 1 / (1 + e^−x). */
  static void sigmoid(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = (float) (1 / (1 + Math.exp(-x[i])));
    }
  }

  /** 1 / (1 + e^−x). */
  static void sigmoid(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = 1 / (1 + Math.exp(-x[i]));
    }
  }

  /** Math.tanh. */
  static void tanh(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = (float) Math.tanh(x[i]);
    }
  }

  /** Math.tanh. */
  static void tanh(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.tanh(x[i]);
    }
  }

  /** relu as a ternary, which HotSpot 17 does not vectorise. */
  static void ternaryRelu(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] > 0 ? x[i] : 0;
    }
  }

  /** relu as a ternary, which HotSpot 17 does not vectorise. */
  static void ternaryRelu(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] > 0 ? x[i] : 0;
    }
  }
}
