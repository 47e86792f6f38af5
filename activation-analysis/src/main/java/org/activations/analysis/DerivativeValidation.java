package org.activations.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * Validates f'(x) and f'(y) against the numerical derivative of f.
 *
 * <p>A cheap screen looks at every sample interval: by the trapezoid rule, f(b) − f(a) equals
 * (b − a)·(f'(a) + f'(b))/2 up to (b − a)³·f'''/12, which the third divided difference of f bounds;
 * an interval that misses by more (a derivative wrong on a narrow band, or at one point) and every
 * point where f'(y) and f'(x) differ beyond the rounding of y are checked carefully, together with a
 * regular subset of the sample and its exact points. A careful check compares the analytic value
 * with a {@link NoiseAwareDerivative}: it agrees within 4 × the estimate's error bound plus
 * {@value #RELATIVE}·|f'|; a disagreement is called wrong only if a second estimate at another
 * step agrees with the first and also disagrees; otherwise it cannot be verified.
 */
final class DerivativeValidation {
  /** The relative part of the tolerance. */
  static final double RELATIVE = 1e-9;
  /** Points of the regular subset checked carefully, by default. */
  static final int REGULAR_POINTS = 2000;
  /** The most screen-flagged points checked carefully, by default. */
  static final int MAX_FLAGGED = 2000;
  /** The neighbours of x at which f' is probed for structure, in ulps of x. */
  private static final int NEIGHBOUR_ULPS = 64;
  /** The confirming estimate's clearance, relative to the first estimate's step. */
  private static final double CONFIRMING_STEP = (Math.sqrt(3) - 1) / 4;
  /** A point this close to a jump of f'' (relative) is at it: the stencil is centred there. */
  private static final double AT_FEATURE = 1e-9;
  /** Relative change of f' between those neighbours that counts as structure. */
  private static final double STRUCTURE = 1e-6;

  private final Evaluations ev;
  private final DoubleUnaryOperator f;
  private final SplittableRandom rnd;
  private final List<Double> excluded;
  private final List<Double> features;
  private final int regular;
  private final int maxFlagged;

  /**
   * A validation of ev's function that skips the points in {@code excluded} (declared special
   * points and located jumps and kinks) and never places a stencil across them or across the
   * {@code features} (located jumps of f'').
   */
  DerivativeValidation(Evaluations ev, long seed, List<Double> excluded, List<Double> features,
      int regular, int maxFlagged) {
    this.ev = ev;
    this.f = ev::f;
    this.rnd = new SplittableRandom(seed);
    this.excluded = List.copyOf(excluded);
    this.features = List.copyOf(features);
    this.regular = regular;
    this.maxFlagged = maxFlagged;
  }

  /** Validates both forms; {@code dys} is null when the function has no output form. */
  DerivativeReport validate(double[] xs, double[] fs, double[] dfs, double[] dys, double[] exact) {
    TreeSet<Double> points = new TreeSet<>();
    int stride = Math.max(1, xs.length / regular);
    for (int i = rnd.nextInt(stride); i < xs.length; i += stride) {
      points.add(xs[i]);
    }
    for (double x : exact) {
      points.add(x);
    }
    DerivativeScreen screen = new DerivativeScreen(maxFlagged);
    points.addAll(screen.trapezoidMisses(xs, fs, dfs));
    if (dys != null) {
      points.addAll(screen.outputMismatches(xs, fs, dfs, dys));
    }
    List<DerivativeReport.Form> forms = new ArrayList<>();
    FormTally input = new FormTally("input");
    FormTally output = dys == null ? null : new FormTally("output");
    for (double x : points) {
      check(x, input, output);
    }
    forms.add(input.form());
    if (output != null) {
      forms.add(output.form());
    }
    report(input, Concern.DERIVATIVE, "f'(x)");
    if (output != null) {
      report(output, Concern.DERIVATIVE_FROM_OUTPUT, "f'(y)");
    }
    return new DerivativeReport("central differences extrapolated by Richardson's rule, the step"
        + " chosen from the noise of f (ECnoise) and shrunk until the steps h, h/2, h/4 agree",
        "|analytic - numerical| <= 4·(error bound of the numerical estimate) + "
            + Numbers.show(RELATIVE) + "·|numerical| + 4 ulp; for f'(y) also the effect of rounding y;"
            + " a disagreement counts only when two steps confirm it", forms);
  }

  private void check(double x, FormTally input, FormTally output) {
    input.current = x;
    if (output != null) {
      output.current = x;
    }
    double clearance = Double.POSITIVE_INFINITY;
    for (double p : excluded) {
      clearance = Math.min(clearance, Math.abs(x - p));
    }
    String skip = clearance <= 4 * Math.ulp(x) + Double.MIN_NORMAL ? "at a special point (jump or kink)"
        : Math.abs(x) > 1e306 ? "stencil leaves the double range"
        : !Double.isFinite(ev.f(x)) ? "f not finite" : null;
    if (skip != null) {
      input.skip(skip);
      if (output != null) {
        output.skip(skip);
      }
      return;
    }
    for (double p : features) {
      double d = Math.abs(x - p);
      if (d > AT_FEATURE * Math.max(1, Math.abs(x))) {
        clearance = Math.min(clearance, d);
      }
    }
    String structure = structure(x);
    if (structure != null) {
      input.cannotVerify(structure);
      if (output != null) {
        output.cannotVerify(structure);
      }
      return;
    }
    double jitter = 1 + 0.5 * rnd.nextDouble();
    NoiseAwareDerivative.Estimate e = NoiseAwareDerivative.estimate(f, x, clearance, jitter);
    if (Double.isNaN(e.value())) {
      investigate(x, e, clearance);
      input.cannotVerify(e.unresolved());
      if (output != null) {
        output.cannotVerify(e.unresolved());
      }
      return;
    }
    compare(x, ev.df(x), 0, e, input, clearance);
    if (output != null) {
      double y = ev.f(x);
      compare(x, ev.dfy(y, x), yRounding(x, y, e.step()), e, output, clearance);
    }
  }

  /**
   * Why f' cannot be resolved at x, or null: the analytic f' differs between points a few times
   * {@value #NEIGHBOUR_ULPS} ulps from x, so f' has structure finer than the doubles near x can show (x + sin(x)/2 at 1e30), and no
   * difference of f can check it.
   */
  private String structure(double x) {
    double u = NEIGHBOUR_ULPS * Math.ulp(x);
    int[] ks = {-3, -1, 1, 2};
    double[] d = new double[ks.length];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < ks.length; j++) {
      d[j] = ev.df(x + ks[j] * u);
      min = Math.min(min, d[j]);
      max = Math.max(max, d[j]);
    }
    double size = Math.max(Math.abs(min), Math.abs(max));
    double tol = STRUCTURE * size + 8 * Math.ulp(size);
    if (!(max - min > tol)) {
      return null;
    }
    // At a zero of f' (hard_swish's at −1.5) any change is large relative to f' itself: f' that
    // crosses 0 along a straight line over these ulps is f'' at work, not structure. (Elsewhere a
    // change of f' over a few ulps is structure however straight: x + sin(x)/2 at 2e9 changes by
    // 1e-5 there, and any usable step spans many of its periods.)
    double slope = (d[3] - d[0]) / (ks[3] - ks[0]);
    boolean straight = min < 0 && max > 0;
    for (int j = 1; j <= 2; j++) {
      double line = d[0] + slope * (ks[j] - ks[0]);
      straight &= Math.abs(d[j] - line) <= tol;
    }
    return straight ? null : "f' varies between neighbouring doubles (structure finer than"
        + " the resolution of x)";
  }

  /**
   * A point with no resolvable derivative may hide a discontinuity: look for one where the last
   * stencils reached (after disagreeing steps, the estimate's step is the one after them, a
   * quarter of theirs), but never nearer than halfway to a declared or located special point:
   * the probe's outer points lie twice as far out, and must not reach a kink that is declared.
   */
  private void investigate(double x, NoiseAwareDerivative.Estimate e, double clearance) {
    double reach = Math.min(4 * e.step(), clearance / 4);
    if (reach > 0) {
      new Discontinuities(f).around(x, reach, 0).ifPresent(d -> ev.log().add("continuity/probe",
          Finding.fail(Concern.CONTINUITY, d.x(), "the numerical derivative does not settle at x = "
              + Numbers.exact(x) + ": " + d)));
    }
  }

  /** The change of f'(y) when y moves by its rounding, from outputs of f near x (or in range). */
  private double yRounding(double x, double y, double h) {
    double ya = ev.f(x - h);
    double yb = ev.f(x + h);
    double da;
    double db;
    if (ya != yb && Double.isFinite(ya) && Double.isFinite(yb)) {
      da = ev.dfy(ya, x - h);
      db = ev.dfy(yb, x + h);
      double slope = Math.abs((db - da) / (yb - ya));
      return Double.isFinite(slope) ? slope * 2 * Math.ulp(y) : 0;
    }
    var range = ev.function().info().range();
    double at = ev.dfy(y, x);
    double change = 0;
    for (double yy : new double[] {Math.nextUp(y), Math.nextDown(y)}) {
      if (range.contains(yy)) {
        double c = Math.abs(ev.dfy(yy, x) - at);
        change = Double.isFinite(c) ? Math.max(change, c) : change;
      }
    }
    return change;
  }

  private void compare(double x, double analytic, double extra, NoiseAwareDerivative.Estimate e,
      FormTally tally, double clearance) {
    double tol = tolerance(e, analytic) + extra;
    double diff = Math.abs(analytic - e.value());
    if (diff <= tol) {
      tally.agree(analytic, e.value(), e.error());
      return;
    }
    // a step smaller by an irrational-looking factor: a power of 2 would keep a step that happens
    // to be commensurate with an oscillation of f commensurate, and alias it the same way
    NoiseAwareDerivative.Estimate second = NoiseAwareDerivative.estimate(f, x,
        Math.min(clearance, e.step() * CONFIRMING_STEP), 1);
    if (second.resolved() && Math.abs(analytic - second.value()) <= tolerance(second, analytic) + extra) {
      tally.agree(analytic, second.value(), second.error());
      return;
    }
    boolean confirmed = e.resolved() && second.resolved()
        && Math.abs(second.value() - e.value()) <= e.error() + second.error()
        && Math.abs(analytic - second.value()) > tolerance(second, analytic) + extra;
    if (confirmed || Double.isNaN(analytic) || Double.isInfinite(analytic)) {
      tally.wrong(new DerivativeReport.Point(x, analytic, e.value(), e.error(), tol));
    } else {
      tally.cannotVerify(e.resolved() ? "two steps give different numerical derivatives"
          : e.unresolved());
    }
  }

  private static double tolerance(NoiseAwareDerivative.Estimate e, double analytic) {
    // + MIN_NORMAL: where f is subnormal its differences are whole multiples of MIN_VALUE and no
    // step resolves a derivative below MIN_NORMAL (log_sigmoid at x = 740: f' = 6.1e-322)
    return 4 * e.error() + RELATIVE * Math.abs(e.value()) + 4 * Math.ulp(analytic) + Double.MIN_NORMAL;
  }

  private void report(FormTally t, Concern concern, String what) {
    DerivativeReport.Form form = t.form();
    if (form.wrong() > 0) {
      DerivativeReport.Point p = form.firstWrong().get(0);
      ev.log().add(concern + "/wrong", new Finding(concern, Outcome.FAIL,
          OptionalDouble.of(p.x()), what + " is wrong at " + p + "; wrong at " + form.wrong()
              + " of " + form.checked() + " points checked", 1));
    }
    if (form.cannotVerifyCount() > 0) {
      String reason = form.cannotVerify().entrySet().stream()
          .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      ev.log().add(concern + "/unverified", new Finding(concern, Outcome.CANNOT_VERIFY,
          OptionalDouble.of(t.firstUnverified), what + " cannot be verified at "
              + form.cannotVerifyCount() + " of " + form.checked() + " points, first at x = "
              + Numbers.exact(t.firstUnverified) + ": " + reason, 1));
    }
  }
}
