package org.activations.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Saturation;
import org.activations.SpecialPoint;

/**
 * Measures the properties of {@code shared/PROPERTIES.md} on any activation and compares each with
 * what its provider declared.
 *
 * <p>The sample: a grid of 12,000 steps on the central window [-6, 6], a logarithmic sweep of both
 * signs out to ±1e300, ±MAX_VALUE and ±∞, and a fine grid around every special point. Tolerances are
 * relative to the scale of f (or f') on the window: {@value #TOLERANCE} of it. Jumps of f, of the
 * numerical f' and of f'' are located by {@link DiscontinuityFinder} on the window and around every
 * declared special point.
 */
public final class PropertyAnalyzer {
  /** Relative tolerance of every comparison, times the scale of f or f' on the window. */
  public static final double TOLERANCE = 1e-9;
  private static final double LO = -6;
  private static final double HI = 6;
  /** The step of the one-sided difference quotients at 0 and at kinks. */
  private static final double SIDE_STEP = 1e-6;
  /** The highest order of continuity that can be measured. */
  private static final int MEASURABLE_ORDER = 2;
  private static final double FAR = 1e300;

  private final DerivativeChecker checker;

  /** An analyzer that validates derivatives with {@code checker}. */
  public PropertyAnalyzer(DerivativeChecker checker) {
    this.checker = java.util.Objects.requireNonNull(checker, "checker");
  }

  /** An analyzer with the default derivative checker. */
  public PropertyAnalyzer() {
    this(new DerivativeChecker());
  }

  /** The sampling and tolerances, in words, for reports. */
  public String settings() {
    return "grid of " + Sample.GRID_STEPS + " steps on [" + Numbers.show(LO) + ", " + Numbers.show(HI)
        + "], logarithmic sweep to ±1e300 and ±∞; tolerance " + Numbers.show(TOLERANCE)
        + " × scale of f on the window; jumps located to " + Numbers.show(DiscontinuityFinder.RESOLUTION)
        + "; derivatives checked at " + checker.points() + " points (seed " + checker.seed() + ")";
  }

  /**
   * Measures {@code f}.
   *
   * @param origin where its provider came from, for the report
   * @throws FunctionFailedException if f throws while its properties are measured
   */
  public PropertyReport analyze(Activation f, String origin) {
    ActivationInfo info = f.info();
    Guarded guarded = new Guarded(f);
    DoubleUnaryOperator fx = guarded.function();
    DoubleUnaryOperator dfx = guarded.derivative();
    DeclaredProperties declared = info.declared();

    double[] window = Sample.grid(LO, HI, Sample.GRID_STEPS);
    double[] fw = apply(fx, window);
    double scale = scale(fw);

    List<Discontinuity> jumps = discontinuities(fx, dfx, info);
    int order = jumps.isEmpty() ? MEASURABLE_ORDER : jumps.get(0).order() - 1;
    List<Discontinuity> specials = jumps.stream().filter(d -> d.order() <= 1).toList();
    List<Double> specialXs = new ArrayList<>();
    specials.forEach(d -> specialXs.add(d.x()));
    info.specialPoints().forEach(p -> specialXs.add(p.x()));

    DerivativeReport derivatives = checker.check(f, specialXs);
    double[] all = Sample.all(LO, HI, specialXs);
    double[] fa = apply(fx, all);
    double[] dw = apply(dfx, window);
    double scaleD = scale(dw);

    List<Verdict> verdicts = new ArrayList<>();
    verdicts.add(nonlinear(window, fw, scale, declared));
    verdicts.add(range(f, all, fa, scale));
    verdicts.add(continuouslyDifferentiable(order, jumps, declared));
    verdicts.add(fastDerivative(f, derivatives));
    verdicts.add(smoothMonotonicDerivative(order, all, specialXs, dfx, scaleD, declared));
    verdicts.add(monotonic(all, fa, declared));
    verdicts.add(identityAtOrigin(fx, specials, declared));
    verdicts.add(continuityOrder(order, jumps, declared));
    verdicts.add(zeroCentred(fx, fa, scale, declared));
    verdicts.add(saturation(dfx, scaleD, declared));
    verdicts.add(derivativeAtKink(f, specials, info.specialPoints(), fx));
    return new PropertyReport(f.spec(), origin, verdicts, jumps, derivatives, settings());
  }

  private static double[] apply(DoubleUnaryOperator f, double[] xs) {
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ys[i] = f.applyAsDouble(xs[i]);
    }
    return ys;
  }

  private static double scale(double[] values) {
    double s = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        s = Math.max(s, Math.abs(v));
      }
    }
    return s > 0 ? s : 1;
  }

  /** Jumps of f; if none, of the numerical f'; if none, of f'' (the numerical derivative of f'). */
  private static List<Discontinuity> discontinuities(DoubleUnaryOperator f, DoubleUnaryOperator df,
      ActivationInfo info) {
    List<double[]> grids = new ArrayList<>();
    grids.add(Sample.grid(LO, HI, Sample.GRID_STEPS));
    for (SpecialPoint p : info.specialPoints()) {
      if (p.x() < LO || p.x() > HI) {
        grids.add(Sample.grid(p.x() - 0.05, p.x() + 0.05, 1000));
      }
    }
    List<DiscontinuityFinder.Probe> probes = List.of(
        (x, h) -> f.applyAsDouble(x),
        (x, h) -> (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h),
        (x, h) -> (df.applyAsDouble(x + h) - df.applyAsDouble(x - h)) / (2 * h));
    for (int order = 0; order < probes.size(); order++) {
      List<Discontinuity> found = new ArrayList<>();
      for (double[] grid : grids) {
        found.addAll(DiscontinuityFinder.find(probes.get(order), grid, order));
      }
      if (!found.isEmpty()) {
        if (order == 1) {
          found.replaceAll(d -> new Discontinuity(d.x(), 1, leftSlope(f, d.x()), rightSlope(f, d.x())));
        }
        return found.stream().distinct().sorted(java.util.Comparator.comparingDouble(Discontinuity::x))
            .toList();
      }
    }
    return List.of();
  }

  private static double leftSlope(DoubleUnaryOperator f, double x) {
    return (f.applyAsDouble(x) - f.applyAsDouble(x - SIDE_STEP)) / SIDE_STEP;
  }

  private static double rightSlope(DoubleUnaryOperator f, double x) {
    return (f.applyAsDouble(x + SIDE_STEP) - f.applyAsDouble(x)) / SIDE_STEP;
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  private static Verdict nonlinear(double[] x, double[] y, double scale, DeclaredProperties d) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double a = sxy / sxx;
    double b = my - a * mx;
    double worst = 0;
    double worstX = 0;
    for (int i = 0; i < n; i++) {
      double r = Math.abs(y[i] - (a * x[i] + b));
      if (!(r <= worst)) {
        worst = r;
        worstX = x[i];
      }
    }
    double tolerance = TOLERANCE * scale;
    boolean nonlinear = !(worst <= tolerance);
    String evidence = nonlinear
        ? "best affine fit on [-6, 6] misses by " + Numbers.show(worst) + " at x = " + Numbers.show(worstX)
            + " (tolerance " + Numbers.show(tolerance) + ")"
        : "f(x) = " + Numbers.show(a) + "·x + " + Numbers.show(b) + " on [-6, 6] within "
            + Numbers.show(worst) + " (tolerance " + Numbers.show(tolerance) + ")";
    String note = nonlinear ? "" : "affine: " + Numbers.show(a) + "·x + " + Numbers.show(b);
    return Verdict.compared(Property.NONLINEAR, Mark.of(nonlinear), yesNo(nonlinear), note, evidence,
        yesNo(d.nonlinear()));
  }

  private static Verdict range(Activation f, double[] xs, double[] ys, double scale) {
    org.activations.Range declared = f.info().range();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < xs.length; i++) {
      double y = ys[i];
      if (Double.isNaN(y)) {
        problems.add("f(" + Numbers.show(xs[i]) + ") is NaN");
        continue;
      }
      min = Math.min(min, y);
      max = Math.max(max, y);
      if (!declared.containsRounded(y) && problems.size() < 3) {
        problems.add("f(" + Numbers.show(xs[i]) + ") = " + Numbers.show(y) + " lies outside");
      }
    }
    // An end that is an interior extremum (SiLU's minimum) lies between two grid points: refine.
    min = Math.min(min, refineExtremum(f, xs, ys, -1));
    max = Math.max(max, refineExtremum(f, xs, ys, 1));
    problems.addAll(tightness(declared, xs, ys, min, max, scale));
    String span = "sampled outputs span [" + Numbers.show(min) + ", " + Numbers.show(max) + "]";
    boolean ok = problems.isEmpty();
    String value = ok ? declared.toString() : "[" + Numbers.show(min) + ", " + Numbers.show(max) + "] sampled";
    String evidence = ok ? span + ", every finite end approached" : String.join("; ", problems.subList(0,
        Math.min(3, problems.size())));
    return new Verdict(Property.RANGE, Mark.VALUE, value, value, evidence, declared.toString(), ok);
  }

  /**
   * The extreme value of f (the smallest for side −1, the largest for side 1) near the extreme sample
   * point, by golden-section search between its neighbours; the sampled extreme if it is at an end
   * of the sample or not finite.
   */
  private static double refineExtremum(Activation f, double[] xs, double[] ys, int side) {
    int best = -1;
    for (int i = 0; i < ys.length; i++) {
      if (Double.isFinite(ys[i]) && Double.isFinite(xs[i])
          && (best < 0 || side * ys[i] > side * ys[best])) {
        best = i;
      }
    }
    if (best <= 0 || best >= xs.length - 1 || !Double.isFinite(xs[best - 1])
        || !Double.isFinite(xs[best + 1])) {
      return best < 0 ? (side < 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY) : ys[best];
    }
    double a = xs[best - 1];
    double b = xs[best + 1];
    double g = (Math.sqrt(5) - 1) / 2;
    double extreme = ys[best];
    for (int k = 0; k < 100 && b - a > 1e-15 * Math.max(1, Math.abs(a)); k++) {
      double c = b - g * (b - a);
      double d = a + g * (b - a);
      double fc = f.apply(c);
      double fd = f.apply(d);
      if (side * fc > side * fd) {
        b = d;
      } else {
        a = c;
      }
      extreme = side < 0 ? Math.min(extreme, Math.min(fc, fd)) : Math.max(extreme, Math.max(fc, fd));
    }
    return extreme;
  }

  /** The ways the sample fails to show that the declared range is tight. */
  private static List<String> tightness(org.activations.Range range, double[] xs, double[] ys,
      double min, double max, double scale) {
    List<String> problems = new ArrayList<>();
    double tolerance = TOLERANCE * scale;
    if (range instanceof org.activations.Range.FiniteSet set) {
      for (double v : set.values()) {
        boolean attained = false;
        for (double y : ys) {
          attained |= y == v;
        }
        if (!attained) {
          problems.add("the value " + Numbers.show(v) + " is never taken");
        }
      }
      return problems;
    }
    org.activations.Range.Interval in = (org.activations.Range.Interval) range;
    checkEnd(problems, in.lower(), in.lowerClosed(), min, -1, xs, ys, tolerance, "lower");
    checkEnd(problems, in.upper(), in.upperClosed(), max, 1, xs, ys, tolerance, "upper");
    return problems;
  }

  private static void checkEnd(List<String> problems, double end, boolean closed, double reached,
      int side, double[] xs, double[] ys, double tolerance, String name) {
    if (Double.isInfinite(end)) {
      if (!(Math.abs(reached) >= 1e100)) {
        problems.add("the " + name + " end " + Numbers.show(end) + " is not approached (extreme "
            + Numbers.show(reached) + ")");
      }
      return;
    }
    if (!(Math.abs(reached - end) <= tolerance)) {
      problems.add("the " + name + " end " + Numbers.show(end) + " is not approached (closest "
          + Numbers.show(reached) + ")");
      return;
    }
    if (closed) {
      // Reached within the tolerance (by a sample, or at a refined interior extremum, as SiLU's
      // minimum): a closed end is attained as far as floating point can show.
      return;
    }
    for (int i = 0; i < xs.length; i++) {
      boolean attained = ys[i] == end;
      if (attained && Math.abs(xs[i]) <= HI) {
        problems.add("the open " + name + " end " + Numbers.show(end) + " is attained at x = "
            + Numbers.show(xs[i]) + " inside the window, not by rounding");
        return;
      }
    }
  }

  private static String orderName(int order) {
    return DeclaredProperties.continuityName(order);
  }

  private static String jumpsText(List<Discontinuity> jumps) {
    return jumps.stream().limit(3).map(Discontinuity::toString).collect(Collectors.joining("; "));
  }

  private static Verdict continuouslyDifferentiable(int order, List<Discontinuity> jumps,
      DeclaredProperties d) {
    boolean c1 = order >= 1;
    String evidence = jumps.isEmpty()
        ? "no jump of f, f' or f'' found: " + orderName(order) + " measured"
        : orderName(order) + ": " + jumpsText(jumps);
    String note = jumps.isEmpty() ? ""
        : jumps.get(0).what() + " jumps at " + Numbers.show(jumps.get(0).x());
    return Verdict.compared(Property.CONTINUOUSLY_DIFFERENTIABLE, Mark.of(c1), yesNo(c1), note, evidence,
        yesNo(d.continuouslyDifferentiable()));
  }

  private static Verdict continuityOrder(int order, List<Discontinuity> jumps, DeclaredProperties d) {
    int expected = Math.min(d.continuityOrder(), MEASURABLE_ORDER);
    String evidence = jumps.isEmpty()
        ? "f, f' and f'' continuous on the sample; C^" + MEASURABLE_ORDER + " is the highest order measured"
        : jumpsText(jumps);
    String note = d.continuityOrder() != order
        ? orderName(d.continuityOrder()) + " declared, " + orderName(order) + " measured"
        : orderName(order);
    return new Verdict(Property.CONTINUITY_ORDER, Mark.VALUE, orderName(order), note, evidence,
        orderName(d.continuityOrder()), expected == order);
  }

  private static Verdict fastDerivative(Activation f, DerivativeReport derivatives) {
    var formula = f.info().derivativeFromOutput();
    if (formula.isEmpty()) {
      return Verdict.compared(Property.FAST_DERIVATIVE, Mark.NO, "no", "needs x",
          "no output-form derivative: f' needs the input x", "no");
    }
    DerivativeReport.Form form = derivatives.form("output").orElseThrow();
    boolean ok = form.passed();
    String evidence = "f'(y) = " + formula.get().text() + (ok
        ? ", matches the numerical derivative at " + form.checked() + " points"
        : ", wrong at " + form.failures() + " of " + form.checked() + " points");
    String note = ok ? "f'(y) = " + formula.get().text() : "f'(y) wrong";
    return Verdict.compared(Property.FAST_DERIVATIVE, Mark.of(ok), yesNo(ok), note, evidence, "yes");
  }

  private static Verdict smoothMonotonicDerivative(int order, double[] all, List<Double> specials,
      DoubleUnaryOperator df, double scaleD, DeclaredProperties d) {
    boolean smooth = order >= 1;
    double threshold = TOLERANCE * scaleD;
    boolean rises = false;
    boolean falls = false;
    double prev = Double.NaN;
    double maxD = Double.NEGATIVE_INFINITY;
    double maxAt = 0;
    double minD = Double.POSITIVE_INFINITY;
    double minAt = 0;
    for (double x : all) {
      if (!Double.isFinite(x) || nearAny(x, specials)) {
        continue;
      }
      double v = df.applyAsDouble(x);
      if (Double.isNaN(v)) {
        continue;
      }
      if (v > maxD || (v == maxD && Math.abs(x) < Math.abs(maxAt))) {
        maxD = v;
        maxAt = x;
      }
      if (v < minD || (v == minD && Math.abs(x) < Math.abs(minAt))) {
        minD = v;
        minAt = x;
      }
      if (!Double.isNaN(prev)) {
        rises |= v - prev > threshold;
        falls |= prev - v > threshold;
      }
      prev = v;
    }
    boolean monotone = !(rises && falls);
    String monoText;
    if (monotone) {
      monoText = "f' " + (rises ? "non-decreasing" : falls ? "non-increasing" : "constant")
          + " where defined";
    } else {
      boolean interiorMax = maxAt > all[0] && maxAt < all[all.length - 1];
      monoText = interiorMax
          ? "f' not monotonic: maximum " + Numbers.show(maxD) + " at x = " + Numbers.show(maxAt)
          : "f' not monotonic: minimum " + Numbers.show(minD) + " at x = " + Numbers.show(minAt);
    }
    String value = smooth && monotone ? "yes" : smooth || monotone ? "partly" : "no";
    Mark mark = smooth && monotone ? Mark.YES : smooth || monotone ? Mark.PARTLY : Mark.NO;
    String evidence = (smooth ? "smooth (" + orderName(order) + ")" : "not smooth (" + orderName(order) + ")")
        + "; " + monoText;
    boolean declaredSmooth = d.continuouslyDifferentiable();
    String declaredValue = declaredSmooth && d.monotonicDerivative() ? "yes"
        : declaredSmooth || d.monotonicDerivative() ? "partly" : "no";
    String note = smooth && monotone ? "" : smooth ? "f' not monotonic" : monotone ? "not smooth"
        : "not smooth, f' not monotonic";
    return Verdict.compared(Property.SMOOTH_MONOTONIC_DERIVATIVE, mark, value, note, evidence,
        declaredValue);
  }

  private static boolean nearAny(double x, List<Double> points) {
    for (double p : points) {
      if (Math.abs(x - p) <= 1e-6) {
        return true;
      }
    }
    return false;
  }

  private static Verdict monotonic(double[] xs, double[] ys, DeclaredProperties d) {
    int rise = -1;
    int fall = -1;
    for (int i = 0; i + 1 < xs.length; i++) {
      double a = ys[i];
      double b = ys[i + 1];
      if (Double.isNaN(a) || Double.isNaN(b)) {
        continue;
      }
      double noise = 4 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
      if (rise < 0 && b - a > noise) {
        rise = i;
      }
      if (fall < 0 && a - b > noise) {
        fall = i;
      }
    }
    boolean monotone = rise < 0 || fall < 0;
    String evidence;
    if (monotone) {
      evidence = (rise >= 0 ? "non-decreasing" : fall >= 0 ? "non-increasing" : "constant")
          + " over " + xs.length + " sampled points from -∞ to ∞";
    } else {
      evidence = "rises (f(" + Numbers.show(xs[rise]) + ") = " + Numbers.show(ys[rise]) + " < f("
          + Numbers.show(xs[rise + 1]) + ") = " + Numbers.show(ys[rise + 1]) + ") and falls (f("
          + Numbers.show(xs[fall]) + ") = " + Numbers.show(ys[fall]) + " > f(" + Numbers.show(xs[fall + 1])
          + ") = " + Numbers.show(ys[fall + 1]) + ")";
    }
    String note = monotone ? "" : "rises and falls";
    return Verdict.compared(Property.MONOTONIC, Mark.of(monotone), yesNo(monotone), note, evidence,
        yesNo(d.monotonic()));
  }

  private static Verdict identityAtOrigin(DoubleUnaryOperator f, List<Discontinuity> specials,
      DeclaredProperties d) {
    double f0 = f.applyAsDouble(0.0);
    double left = leftSlope(f, 0.0);
    double right = rightSlope(f, 0.0);
    boolean smoothAtZero = specials.stream().noneMatch(s -> Math.abs(s.x()) <= 1e-6);
    double slopeTolerance = 1e-6;
    boolean identity = f0 == 0 && smoothAtZero && Math.abs(left - 1) <= slopeTolerance
        && Math.abs(right - 1) <= slopeTolerance;
    String evidence = "f(0) = " + Numbers.show(f0) + ", f'(0−) = " + Numbers.show(left)
        + ", f'(0+) = " + Numbers.show(right);
    String note = identity ? "f'(0) = 1" : f0 != 0 ? "f(0) = " + Numbers.show(f0)
        : !smoothAtZero ? "not differentiable at 0" : "f'(0) = " + Numbers.show(0.5 * (left + right));
    return Verdict.compared(Property.IDENTITY_AT_ORIGIN, Mark.of(identity), yesNo(identity), note,
        evidence,
        yesNo(d.identityAtOrigin()));
  }

  private static Verdict zeroCentred(DoubleUnaryOperator f, double[] ys, double scale,
      DeclaredProperties d) {
    double f0 = f.applyAsDouble(0.0);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double y : ys) {
      if (!Double.isNaN(y)) {
        min = Math.min(min, y);
        max = Math.max(max, y);
      }
    }
    double tolerance = TOLERANCE * scale;
    boolean centred = Math.abs(f0) <= tolerance && min < -tolerance && max > tolerance;
    String evidence = "f(0) = " + Numbers.show(f0) + "; f takes values from " + Numbers.show(min)
        + " to " + Numbers.show(max);
    String note = centred ? "" : Math.abs(f0) > tolerance ? "f(0) = " + Numbers.show(f0)
        : min >= -tolerance ? "f ≥ 0" : "f ≤ 0";
    return Verdict.compared(Property.ZERO_CENTRED, Mark.of(centred), yesNo(centred), note, evidence,
        yesNo(d.zeroCentred()));
  }

  private static Verdict saturation(DoubleUnaryOperator df, double scaleD, DeclaredProperties d) {
    double left = df.applyAsDouble(-FAR);
    double right = df.applyAsDouble(FAR);
    double tolerance = TOLERANCE * scaleD;
    Saturation measured = Saturation.of(Math.abs(left) <= tolerance, Math.abs(right) <= tolerance);
    String evidence = "f'(-1e300) = " + Numbers.show(left) + ", f'(1e300) = " + Numbers.show(right)
        + " (tolerance " + Numbers.show(tolerance) + ")";
    return Verdict.compared(Property.SATURATION, Mark.VALUE, saturationName(measured),
        saturationName(measured), evidence,
        saturationName(d.saturation()));
  }

  private static String saturationName(Saturation s) {
    return switch (s) {
      case NONE -> "none";
      case NEGATIVE -> "x → -∞";
      case POSITIVE -> "x → +∞";
      case BOTH -> "both sides";
    };
  }

  private static Verdict derivativeAtKink(Activation f, List<Discontinuity> measured,
      List<SpecialPoint> declared, DoubleUnaryOperator fx) {
    String value = measured.isEmpty() ? "no kinks or jumps"
        : measured.stream().map(m -> "f'(" + Numbers.show(m.x()) + ") = "
            + Numbers.show(f.derivative(m.x()))).collect(Collectors.joining(", "));
    String evidence = measured.isEmpty() ? "f and f' continuous on the sample"
        : measured.stream().map(m -> (m.order() == 0 ? "jump" : "kink") + " at x = " + Numbers.show(m.x())
            + " (" + m.what() + ": " + Numbers.show(m.left()) + " → " + Numbers.show(m.right()) + ")")
            .collect(Collectors.joining("; "));
    String declaredText = declared.isEmpty() ? "no kinks or jumps"
        : declared.stream().map(SpecialPoint::toString).collect(Collectors.joining(", "));
    boolean agrees = samePoints(measured, declared);
    return new Verdict(Property.DERIVATIVE_AT_KINK, Mark.VALUE, value, value, evidence, declaredText,
        agrees);
  }

  private static boolean samePoints(List<Discontinuity> measured, List<SpecialPoint> declared) {
    if (measured.size() != declared.size()) {
      return false;
    }
    for (int i = 0; i < measured.size(); i++) {
      Discontinuity m = measured.get(i);
      SpecialPoint p = declared.get(i);
      SpecialPoint.Kind kind = m.order() == 0 ? SpecialPoint.Kind.JUMP : SpecialPoint.Kind.KINK;
      if (kind != p.kind() || Math.abs(m.x() - p.x()) > 1e-6) {
        return false;
      }
    }
    return true;
  }
}
