package org.activations.pack;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.KernelActivation;
import org.activations.spi.SingleInstanceProvider;

/**
 * Tanhshrink (torch.nn.Tanhshrink): x − tanh(x). Near 0 the difference cancels (it is x³/3 − …), so
 * for |x| &lt; 1.25 it is summed from the Taylor series of tanh, whose coefficients
 * 2^(2n)(2^(2n) − 1)·B(2n)/(2n)! are computed once from the Bernoulli numbers in exact rational
 * arithmetic; above, as (|x| − 1) + 2/(e^(2|x|) + 1). f' = tanh²(x). No output form.
 */
final class Tanhshrink extends KernelActivation {
  private static final double SERIES_BELOW = 1.25;
  /** c[k] is the coefficient of x^(2k+3) in x − tanh(x). */
  private static final double[] SERIES = seriesCoefficients(90);
  /** 1/3 as a double-double. */
  private static final double THIRD = 1.0 / 3;
  private static final double THIRD_LOW = new BigDecimal(1).divide(new BigDecimal(3),
      new MathContext(40)).subtract(new BigDecimal(THIRD)).doubleValue();
  static final ActivationInfo INFO = ActivationInfo.builder("tanhshrink")
      .description("x - tanh(x): shrinks small inputs towards 0, passes large ones shifted by 1")
      .function("x - tanh(x)", "x - \\tanh x")
      .derivative("tanh(x)^2", "\\tanh^2 x")
      .range(Range.reals())
      .declared(DeclaredProperties.builder().nonlinear(true)
          .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).monotonicDerivative(false)
          .zeroCentred(true).identityAtOrigin(false).saturation(Saturation.NONE).build())
      .build();

  @Override
  public ActivationInfo info() {
    return INFO;
  }

  static double tanhshrink(double x) {
    double a = Math.abs(x);
    if (!(a >= SERIES_BELOW)) {
      if (x != x) {
        return x;
      }
      return series(x);
    }
    double r = (a - 1) + 2 / (Math.exp(2 * a) + 1);
    return Math.copySign(r, x);
  }

  /**
   * x − tanh(x) from its Taylor series, for |x| &lt; SERIES_BELOW: x³·(1/3 + tail), with x³ and
   * 1/3 carried as double-doubles, so that the leading term is rounded once.
   */
  private static double series(double x) {
    double x2 = x * x;
    double x2Low = Math.fma(x, x, -x2);
    double x3 = x2 * x;
    double x3Low = Math.fma(x2, x, -x3) + x2Low * x;
    double tail = 0;
    for (int k = terms(Math.abs(x)) - 1; k >= 1; k--) {
      tail = tail * x2 + SERIES[k];
    }
    tail *= x2;
    double p = x3 * THIRD;
    return p + (Math.fma(x3, THIRD, -p) + x3Low * THIRD + x3 * (THIRD_LOW + tail));
  }

  /**
   * The terms of the series needed at |x| = a: the k-th term is about (2a/π)^(2k) of the first, so
   * these leave out less than 2^-60 of it (all 90 at 1.25, 4 below 1e-5).
   */
  private static int terms(double a) {
    return a < 1e-5 ? 4 : a < 0.125 ? 12 : a < 0.5 ? 24 : a < 0.85 ? 40 : SERIES.length;
  }

  /**
   * tanh²(x), with tanh(x) = x − (x − tanh x) from the series below 1.25 (the subtraction loses
   * nothing: the series term is below x/2) and 1 − 2/(e^(2|x|) + 1) above.
   */
  static double slope(double x) {
    double a = Math.abs(x);
    double t;
    if (a < SERIES_BELOW) {
      t = a - series(a);
    } else if (a >= SERIES_BELOW) {
      t = 1 - 2 / (Math.exp(2 * a) + 1);
    } else {
      return x; // NaN
    }
    return t * t;
  }

  @Override
  public double apply(double x) {
    return tanhshrink(x);
  }

  @Override
  public double derivative(double x) {
    return slope(x);
  }

  @Override
  protected void forward(double[] x, double[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = tanhshrink(x[i]);
    }
  }

  @Override
  protected void forward(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = (float) tanhshrink(x[i]);
    }
  }

  @Override
  protected void backward(double[] in, double[] upstream, double[] gradIn, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * slope(in[i]);
    }
  }

  @Override
  protected void backward(float[] in, float[] upstream, float[] gradIn, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      gradIn[i] = upstream[i] * (float) slope(in[i]);
    }
  }

  /** The coefficients of x − tanh(x) = Σ c_k x^(2k+3), from B(2n) by Akiyama–Tanigawa. */
  static double[] seriesCoefficients(int terms) {
    int n = 2 * terms + 4;
    BigInteger[] bernoulliNum = new BigInteger[n + 1];
    BigInteger[] bernoulliDen = new BigInteger[n + 1];
    BigInteger[] num = new BigInteger[n + 1];
    BigInteger[] den = new BigInteger[n + 1];
    for (int m = 0; m <= n; m++) {
      num[m] = BigInteger.ONE;
      den[m] = BigInteger.valueOf(m + 1);
      for (int j = m; j >= 1; j--) {
        // A[j-1] = j * (A[j-1] - A[j])
        BigInteger nn = num[j - 1].multiply(den[j]).subtract(num[j].multiply(den[j - 1]))
            .multiply(BigInteger.valueOf(j));
        BigInteger dd = den[j - 1].multiply(den[j]);
        BigInteger g = nn.gcd(dd);
        if (g.signum() != 0) {
          nn = nn.divide(g);
          dd = dd.divide(g);
        }
        num[j - 1] = nn;
        den[j - 1] = dd;
      }
      bernoulliNum[m] = num[0];
      bernoulliDen[m] = den[0];
    }
    double[] c = new double[terms];
    MathContext mc = new MathContext(40);
    BigInteger factorial = BigInteger.ONE; // (2n)!
    int f = 0;
    for (int k = 0; k < terms; k++) {
      int twoN = 2 * (k + 2); // x^(2k+3) comes from n = k + 2 in tanh's series
      while (f < twoN) {
        f++;
        factorial = factorial.multiply(BigInteger.valueOf(f));
      }
      BigInteger pow = BigInteger.ONE.shiftLeft(twoN);
      BigInteger numer = pow.multiply(pow.subtract(BigInteger.ONE)).multiply(bernoulliNum[twoN]);
      BigInteger denom = bernoulliDen[twoN].multiply(factorial);
      // x − tanh(x) = − Σ_{n≥2} tanh coefficient · x^(2n−1)
      c[k] = -new BigDecimal(numer).divide(new BigDecimal(denom), mc).doubleValue();
    }
    return c;
  }

  /** Registers {@code tanhshrink}. */
  public static final class Provider extends SingleInstanceProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {
      super(new Tanhshrink());
    }
  }
}
