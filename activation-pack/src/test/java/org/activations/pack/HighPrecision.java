package org.activations.pack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The few transcendental functions the accuracy tests need, in BigDecimal at a given number of
 * significant digits: e^x by halving and Taylor series, log by Newton's method on e^x, and the
 * normal distribution function Φ by its everywhere-convergent series at a precision raised with
 * x², so that the series' cancellation for large |x| is paid for in digits.
 */
final class HighPrecision {
  private HighPrecision() {}

  static final BigDecimal TWO = BigDecimal.valueOf(2);
  /** Below this argument e^x &lt; 1e-434: far below the smallest double times any factor here. */
  private static final BigDecimal EXP_FLOOR = BigDecimal.valueOf(-1000);
  private static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230664709384460955058223172535940812848111745028410270193852110555964462294895493038196442881097566593344612847564823378678316527120190914564856692346034861045432664821339360726024914127372458700660631558817488152092096282925409171536436789259036001133053054882046652138414695194151160943305727036575959195309218611738193261179310511854807446237996274956735188575272489122793818301194912983367336244065664308602139494639522473719070217986094370277053921717629317675238467481846766940513200056812714526356082778577134275778960917363717872146844090122495343014654958537105079227968925892354201995611212902196086403441815981362977477130996051870721134999999837297804995105973173281609631859502445945534690830264252230825334468503526193118817101000313783875288658753320838142061717766914730359825349042875546873115956286388235378759375195778185778053217122680661300192787661119590921642019893809525720106548586327");

  static MathContext digits(int n) {
    return new MathContext(n, RoundingMode.HALF_EVEN);
  }

  /** e^x; 0 below −1000. */
  static BigDecimal exp(BigDecimal x, MathContext mc) {
    if (x.compareTo(EXP_FLOOR) < 0) {
      return BigDecimal.ZERO;
    }
    MathContext work = digits(mc.getPrecision() + 20);
    int halvings = 0;
    BigDecimal r = x;
    BigDecimal small = new BigDecimal("0.0001");
    while (r.abs().compareTo(small) > 0) {
      r = r.divide(TWO, work);
      halvings++;
    }
    BigDecimal sum = expm1Series(r, work).add(BigDecimal.ONE, work);
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, work);
    }
    return sum.round(mc);
  }

  /** e^x − 1, without cancellation for small x. */
  static BigDecimal expm1(BigDecimal x, MathContext mc) {
    if (x.abs().compareTo(new BigDecimal("0.001")) < 0) {
      return expm1Series(x, digits(mc.getPrecision() + 10)).round(mc);
    }
    return exp(x, digits(mc.getPrecision() + 10)).subtract(BigDecimal.ONE, mc);
  }

  private static BigDecimal expm1Series(BigDecimal r, MathContext mc) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal term = BigDecimal.ONE;
    for (int n = 1; n < 400; n++) {
      term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
      sum = sum.add(term, mc);
      if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(mc.getPrecision() + 2)) < 0) {
        break;
      }
    }
    return sum;
  }

  /** log(1 + u) for u &ge; 0. */
  static BigDecimal log1p(BigDecimal u, MathContext mc) {
    if (u.signum() == 0) {
      return BigDecimal.ZERO;
    }
    MathContext work = digits(mc.getPrecision() + 20);
    if (u.compareTo(new BigDecimal("1e-6")) < 0) {
      // u − u²/2 + u³/3 − …
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal power = u;
      for (int n = 1; n < 200; n++) {
        BigDecimal term = power.divide(BigDecimal.valueOf(n), work);
        sum = n % 2 == 1 ? sum.add(term, work) : sum.subtract(term, work);
        power = power.multiply(u, work);
        if (term.compareTo(sum.abs().movePointLeft(work.getPrecision() + 2)) < 0) {
          break;
        }
      }
      return sum.round(mc);
    }
    BigDecimal x = BigDecimal.ONE.add(u, work);
    BigDecimal y = new BigDecimal(Math.log1p(u.doubleValue()));
    for (int i = 0; i < 8; i++) {
      BigDecimal e = exp(y, work);
      y = y.add(TWO.multiply(x.subtract(e, work), work).divide(x.add(e, work), work), work);
    }
    return y.round(mc);
  }

  /** σ(z) = 1/(1 + e^−z). */
  static BigDecimal sigmoid(BigDecimal z, MathContext mc) {
    if (z.signum() >= 0) {
      return BigDecimal.ONE.divide(BigDecimal.ONE.add(exp(z.negate(), mc), mc), mc);
    }
    BigDecimal e = exp(z, mc);
    return e.divide(BigDecimal.ONE.add(e, mc), mc);
  }

  /** log(1 + e^z). */
  static BigDecimal softplus(BigDecimal z, MathContext mc) {
    return z.signum() > 0 ? z.add(log1p(exp(z.negate(), mc), mc), mc) : log1p(exp(z, mc), mc);
  }

  /** Φ(x), the standard normal distribution function. */
  static BigDecimal cdf(BigDecimal x, MathContext mc) {
    double xd = x.doubleValue();
    MathContext work = digits(mc.getPrecision() + 25 + (int) (xd * xd / 2 * 0.4343));
    BigDecimal x2 = x.multiply(x, work);
    BigDecimal term = x;
    BigDecimal sum = x;
    for (int n = 1; n < 100000; n++) {
      term = term.multiply(x2, work).divide(BigDecimal.valueOf(2L * n + 1), work);
      sum = sum.add(term, work);
      if (term.abs().compareTo(sum.abs().movePointLeft(work.getPrecision())) < 0) {
        break;
      }
    }
    BigDecimal density = density(x, work);
    return new BigDecimal("0.5").add(density.multiply(sum, work), work).round(mc);
  }

  /** φ(x) = e^(−x²/2)/√(2π). */
  static BigDecimal density(BigDecimal x, MathContext mc) {
    MathContext work = digits(mc.getPrecision() + 10);
    return exp(x.multiply(x).divide(TWO).negate(), work)
        .divide(PI.multiply(TWO).sqrt(work), work).round(mc);
  }
}
