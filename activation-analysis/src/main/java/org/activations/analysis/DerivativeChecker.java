package org.activations.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.activations.Activation;

/**
 * Validates an activation's analytic derivatives, from the input and (where it has one) from the
 * output, against a {@link RichardsonDerivative} at many points.
 *
 * <p>The points: half on a uniform grid over the central window [-6, 6], a quarter on a logarithmic
 * sweep of magnitudes from 1e-300 to 1e300 of both signs, and a quarter random (a fixed, changeable
 * seed), half uniform on [-12, 12] and half log-uniform. Near a special point (a kink or jump,
 * declared or measured) the step shrinks to a quarter of the distance, so that the stencil never
 * crosses it; points within 1e-290 of one (where that step would leave the normal range), or whose
 * stencil leaves the double range, are skipped.
 *
 * <p>A point passes when |analytic − numerical| ≤ rtol·|numerical| + 4·e, where e is the numerical
 * estimate's own error bound (truncation plus rounding) and rtol is 1e-8 by default: a derivative off
 * by 1e-6 relative fails wherever the numerical estimate is better than that, which on a smooth function
 * is almost everywhere (in the spirit of {@code torch.autograd.gradcheck}'s atol and rtol, but
 * derived per point). For the output form, the rounding of y = f(x) is added: min |f'(y ± ulp(y)) − f'(y)|.
 */
public final class DerivativeChecker {
  /** The default number of points per function. */
  public static final int DEFAULT_POINTS = 10_000;
  /** The default seed of the random points. */
  public static final long DEFAULT_SEED = 20261129L;
  /** The default relative tolerance. */
  public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-8;
  private static final int SHOWN_FAILURES = 5;
  private static final double WINDOW = 6;
  /** Points this close to a special point are skipped; farther ones shrink the step to stay clear. */
  static final double NEIGHBOURHOOD = 1e-290;
  /** The relative accuracy of the numerical estimate below which a point counts toward maxRelError. */
  private static final double ACCURATE = 1e-6;

  private final int points;
  private final long seed;
  private final double relativeTolerance;
  private final RichardsonDerivative numerical;

  /**
   * A checker.
   *
   * @param points how many points per function, at least 100
   * @param seed the seed of the random quarter of the points
   * @param relativeTolerance rtol, in (0, 0.01]
   * @throws IllegalArgumentException if a setting is out of range
   */
  public DerivativeChecker(int points, long seed, double relativeTolerance) {
    if (points < 100) {
      throw new IllegalArgumentException("points (" + points + ") must be >= 100");
    }
    if (!(relativeTolerance > 0 && relativeTolerance <= 0.01)) {
      throw new IllegalArgumentException(
          "relativeTolerance (" + relativeTolerance + ") must be in (0, 0.01]");
    }
    this.points = points;
    this.seed = seed;
    this.relativeTolerance = relativeTolerance;
    this.numerical = new RichardsonDerivative();
  }

  /** A checker with the defaults: 10,000 points, the default seed, rtol 1e-8. */
  public DerivativeChecker() {
    this(DEFAULT_POINTS, DEFAULT_SEED, DEFAULT_RELATIVE_TOLERANCE);
  }

  /** The number of points per function. */
  public int points() {
    return points;
  }

  /** The seed of the random points. */
  public long seed() {
    return seed;
  }

  /**
   * Checks both derivative forms of {@code f}, skipping stencils that cross {@code specialPoints}.
   * Exceptions thrown by {@code f} are recorded as failing points, never propagated.
   */
  public DerivativeReport check(Activation f, List<Double> specialPoints) {
    double[] xs = samplePoints();
    List<DerivativeReport.Form> forms = new ArrayList<>();
    forms.add(checkForm("input", f, xs, specialPoints, false));
    if (f.hasDerivativeFromOutput()) {
      forms.add(checkForm("output", f, xs, specialPoints, true));
    }
    return new DerivativeReport(f.spec(), numerical.toString(),
        "|analytic - numerical| <= " + Numbers.show(relativeTolerance)
            + "·|numerical| + 4·(error bound of the numerical estimate)"
            + (f.hasDerivativeFromOutput() ? "; output form: + the effect of rounding y" : ""),
        forms);
  }

  /** The points to check, in a fixed order for a fixed seed. */
  double[] samplePoints() {
    int grid = points / 2;
    int sweep = points / 4;
    int random = points - grid - sweep;
    double[] xs = new double[points];
    int k = 0;
    for (int i = 0; i < grid; i++) {
      xs[k++] = -WINDOW + 2 * WINDOW * (i + 0.5) / grid;
    }
    for (int i = 0; i < sweep; i++) {
      double magnitude = Math.pow(10, -300 + 600.0 * i / Math.max(1, sweep - 1));
      xs[k++] = i % 2 == 0 ? magnitude : -magnitude;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < random; i++) {
      xs[k++] = i % 2 == 0
          ? rnd.nextDouble(-2 * WINDOW, 2 * WINDOW)
          : Math.pow(10, rnd.nextDouble(-300, 300)) * (rnd.nextBoolean() ? 1 : -1);
    }
    return xs;
  }

  private DerivativeReport.Form checkForm(String name, Activation f, double[] xs,
      List<Double> specials, boolean fromOutput) {
    TreeMap<String, Integer> skipped = new TreeMap<>();
    List<DerivativeReport.Point> failures = new ArrayList<>();
    int checked = 0;
    double maxAbs = 0;
    double maxRel = 0;
    DerivativeReport.Point worst = null;
    DoubleUnaryOperator function = f::apply;
    for (double x : xs) {
      double h = numerical.step(x);
      String skip = skipReason(x, h, specials);
      if (skip != null) {
        skipped.merge(skip, 1, Integer::sum);
        continue;
      }
      h = Math.min(h, clearance(x, specials) / 4);
      DerivativeReport.Point p;
      boolean accurate = false;
      try {
        RichardsonDerivative.Estimate estimate = numerical.estimate(function, x, h);
        if (!Double.isFinite(estimate.value()) || !Double.isFinite(estimate.error())) {
          skipped.merge("f not finite on the stencil", 1, Integer::sum);
          continue;
        }
        double analytic;
        double extra = 0;
        if (fromOutput) {
          double y = f.apply(x);
          analytic = f.derivativeFromOutput(y);
          extra = yRounding(f, y, analytic);
        } else {
          analytic = f.derivative(x);
        }
        double tolerance = relativeTolerance * Math.abs(estimate.value()) + 4 * estimate.error()
            + extra + Double.MIN_NORMAL;
        p = new DerivativeReport.Point(x, analytic, estimate.value(), tolerance, null);
        accurate = estimate.error() <= ACCURATE * Math.abs(estimate.value());
      } catch (RuntimeException e) {
        p = new DerivativeReport.Point(x, Double.NaN, Double.NaN, Double.NaN,
            "threw " + e.getClass().getName() + ": " + e.getMessage());
      }
      checked++;
      double abs = Math.abs(p.analytic() - p.numerical());
      if (p.error() == null && Double.isFinite(abs)) {
        maxAbs = Math.max(maxAbs, abs);
        if (p.numerical() != 0 && accurate) {
          maxRel = Math.max(maxRel, abs / Math.abs(p.numerical()));
        }
      }
      if (worst == null || !(p.ratio() <= worst.ratio())) {
        worst = p;
      }
      if (!(p.ratio() <= 1)) {
        failures.add(p);
      }
    }
    failures.sort(Comparator.comparingDouble(DerivativeReport.Point::ratio).reversed()
        .thenComparingDouble(DerivativeReport.Point::x));
    return new DerivativeReport.Form(name, checked, skipped, maxAbs, maxRel, worst, failures.size(),
        failures.subList(0, Math.min(SHOWN_FAILURES, failures.size())));
  }

  /**
   * The change of the output-form derivative when y moves by one ulp, the smaller of the two sides:
   * the effect of rounding y where f'(y) is continuous, and nothing where it jumps at y (ReLU's y = 0).
   */
  private static double yRounding(Activation f, double y, double at) {
    double u = Math.ulp(y);
    double up = f.derivativeFromOutput(y + u);
    double down = f.derivativeFromOutput(y - u);
    double change = Math.min(Math.abs(up - at), Math.abs(down - at));
    return Double.isFinite(change) ? change : 0;
  }

  private static String skipReason(double x, double h, List<Double> specials) {
    if (!Double.isFinite(x + 2 * h) || !Double.isFinite(x - 2 * h)) {
      return "stencil leaves the double range";
    }
    for (double p : specials) {
      if (Math.abs(x - p) <= NEIGHBOURHOOD) {
        return "within " + Numbers.show(NEIGHBOURHOOD) + " of the special point x = " + Numbers.show(p);
      }
    }
    return null;
  }

  /** The distance from x to the nearest special point. */
  private static double clearance(double x, List<Double> specials) {
    double d = Double.POSITIVE_INFINITY;
    for (double p : specials) {
      d = Math.min(d, Math.abs(x - p));
    }
    return d;
  }
}
