package org.activations.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.activations.Activation;
import org.activations.SpecialPoint;

/**
 * One function's analysis, run on a worker thread by {@link PropertyAnalyzer}: evaluates f, f' and
 * f'(y) on the sample, then hands the values to one measurer per concern, and collects their
 * verdicts and findings.
 */
final class FunctionAnalysis {
  /** The share of the time budget that evaluating the sample may take. */
  static final double SAMPLE_SHARE = 0.3;
  /** Points timed to estimate the cost of one sample point. */
  private static final int PROBES = 512;
  /** Inputs of the batch, float and thread-safety checks. */
  static final int KERNEL_POINTS = 2048;

  private final Activation f;
  private final String name;
  private final double[] shared;
  private final long seed;
  private final Evaluations ev;
  private final AnalysisListener listener;
  private final long threadWaitMillis;
  private final long budgetNanos;
  private final int points;
  /** New instances of the function for the first-calls race, or null. */
  private final Supplier<? extends Activation> fresh;
  /** How many times thinner than normal the sample and the careful checks are (1: not thinned). */
  private int thin = 1;
  private volatile DerivativeReport derivatives;
  private volatile List<Discontinuity> discontinuities = List.of();

  FunctionAnalysis(Activation f, Supplier<? extends Activation> fresh, String name,
      double[] shared, long seed, Budget budget, FindingLog log, AnalysisListener listener,
      long threadWaitMillis, long budgetNanos, int points) {
    this.f = f;
    this.fresh = fresh;
    this.name = name;
    this.shared = shared;
    this.seed = seed;
    this.ev = new Evaluations(f, budget, log);
    this.listener = listener;
    this.threadWaitMillis = threadWaitMillis;
    this.budgetNanos = budgetNanos;
    this.points = points;
  }

  /** The derivative report, once computed. */
  Optional<DerivativeReport> derivatives() {
    return Optional.ofNullable(derivatives);
  }

  /** The discontinuities located so far. */
  List<Discontinuity> discontinuities() {
    return discontinuities;
  }

  /** Runs every measurer; the verdicts, in {@link Property} order. */
  List<Verdict> run() {
    List<SpecialPoint> specials = f.info().specialPoints();
    double[] xs = SamplePoints.forFunction(shared, specials);
    double[] exact = SamplePoints.exactPoints(specials);

    listener.stage(name, "kernels");
    double[] kernelXs = kernelInputs(xs, exact);
    new KernelChecks(ev, seed).check(kernelXs);
    new ThreadSafetyCheck(ev, seed).check(kernelXs, threadWaitMillis, fresh);

    listener.stage(name, "sample");
    xs = fitToBudget(xs);
    double[] fs = ev.f(xs);
    double[] dfs = ev.df(xs);
    double[] dys = f.hasDerivativeFromOutput() ? ev.dfy(fs, xs) : null;
    double scale = windowScale(xs, fs);
    double slopeScale = windowScale(xs, dfs);
    new SpecialInputs(ev).check(scale, slopeScale);

    listener.stage(name, "discontinuities");
    Discontinuities search = new Discontinuities(ev::f, Discontinuities.MAX_CANDIDATES / thin);
    List<Discontinuity> located = search.find(xs, fs, 0, exact);
    if (search.skipped() > 0) {
      ev.log().add(Finding.cannotVerify(Concern.CONTINUITY, xs[0], search.skipped()
          + " places where f might jump or kink were not examined (more than "
          + Discontinuities.MAX_CANDIDATES / thin + " candidates: f oscillates at the sample's scale)"));
    }
    ContinuityVerdicts continuity = new ContinuityVerdicts(ev);
    List<Discontinuity> jumps = continuity.reconcile(located, search);
    discontinuities = jumps;
    List<Double> excluded = new ArrayList<>();
    jumps.forEach(d -> excluded.add(d.x()));
    specials.forEach(p -> excluded.add(p.x()));

    listener.stage(name, "derivatives");
    List<Discontinuity> ofDerivative = new Discontinuities(ev::df, Discontinuities.MAX_CANDIDATES / thin)
        .find(xs, dfs, 1, exact);
    List<Double> features = ofDerivative.stream().map(Discontinuity::x).toList();
    derivatives = new DerivativeValidation(ev, seed, excluded, features, Math.max(1, points / thin),
        Math.max(1, DerivativeValidation.MAX_FLAGGED / thin))
        .validate(xs, fs, dfs, dys, exact);
    boolean validated = derivatives.form("input").orElseThrow().wrong() == 0;
    double[] slopes = validated ? dfs : secants(xs, fs);
    String source = validated ? "analytic f', validated;" : "numerical f' (the analytic one is wrong);";
    if (validated) {
      jumps = withSecondOrder(jumps, ofDerivative);
      discontinuities = jumps;
    }

    listener.stage(name, "properties");
    List<Verdict> verdicts = new ArrayList<>();
    ShapeVerdicts shape = new ShapeVerdicts(ev);
    verdicts.add(shape.nonlinear(xs, fs, scale));
    List<String> rangeProblems = new RangeCheck(ev).check(xs, fs, scale, jumps);
    verdicts.add(rangeVerdict(rangeProblems, fs));
    verdicts.add(continuity.continuouslyDifferentiable(jumps));
    verdicts.add(DerivativeVerdicts.fastDerivative(f, derivatives));
    verdicts.add(shape.smoothMonotonicDerivative(ContinuityVerdicts.order(jumps), xs, slopes,
        Math.max(slopeScale, windowScale(xs, slopes)), jumps, source));
    verdicts.add(new MonotonicCheck(ev).check(xs, fs, dfs, slopeScale));
    verdicts.add(shape.identityAtOrigin(jumps));
    verdicts.add(continuity.continuityOrder(jumps));
    verdicts.add(shape.zeroCentred(fs, scale));
    verdicts.add(shape.saturation(xs, slopes, Math.max(slopeScale, windowScale(xs, slopes)), source));
    verdicts.add(continuity.derivativeAtKink(jumps));
    verdicts.add(DerivativeVerdicts.validated(derivatives));
    for (Verdict v : verdicts) {
      Concern concern = DerivativeVerdicts.concernOf(v.property());
      boolean ownFindings = v.property() == Property.DERIVATIVE_VALIDATED
          || v.property() == Property.FAST_DERIVATIVE;
      if (!v.agrees() && !ownFindings && !ev.log().failed(concern)) {
        ev.log().add("declared/" + v.property(), Finding.fail(concern, v.disagreement()));
      }
    }
    return verdicts;
  }

  /**
   * The sample, thinned if evaluating f, f' (and f'(y)) on all of it would take more than
   * {@value #SAMPLE_SHARE} of the time budget: every k-th point off the window is kept (the window
   * and the exact points always), and a "cannot verify" finding says how much the guarantee weakens.
   */
  private double[] fitToBudget(double[] xs) {
    int probes = Math.min(PROBES, xs.length);
    long start = System.nanoTime();
    for (int i = 0; i < probes; i++) {
      double x = -SamplePoints.WINDOW + 2 * SamplePoints.WINDOW * i / probes;
      ev.f(x);
      ev.df(x);
    }
    double perPoint = (System.nanoTime() - start) / (double) probes
        * (f.hasDerivativeFromOutput() ? 1.5 : 1);
    double allowed = SAMPLE_SHARE * budgetNanos;
    int k = (int) Math.ceil(xs.length * perPoint / allowed);
    if (k <= 1) {
      return xs;
    }
    thin = k;
    double[] kept = new double[xs.length];
    int n = 0;
    java.util.Set<Double> exact = new java.util.HashSet<>();
    for (double x : SamplePoints.exactPoints(f.info().specialPoints())) {
      exact.add(x + 0.0);
    }
    for (int i = 0; i < xs.length; i++) {
      if (Math.abs(xs[i]) <= SamplePoints.WINDOW || i % k == 0 || exact.contains(xs[i])) {
        kept[n++] = xs[i];
      }
    }
    ev.log().add(Finding.cannotVerify(Concern.TIMEOUT, Double.NaN, "f and f' take "
        + Numbers.show(perPoint / 1000) + " µs per point: the sweep beyond [-6, 6] was thinned "
        + k + "-fold (and the careful checks with it) to fit the time budget, so a band of relative"
        + " width below " + Numbers.show(k
        * 2 * SamplePoints.CORE_STEP) + " there may be missed"));
    return java.util.Arrays.copyOf(kept, n);
  }

  private Verdict rangeVerdict(List<String> problems, double[] fs) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double y : fs) {
      if (!Double.isNaN(y)) {
        min = Math.min(min, y);
        max = Math.max(max, y);
      }
    }
    String declared = f.info().range().toString();
    boolean ok = !ev.log().failed(Concern.RANGE);
    String sampled = "[" + Numbers.exact(min) + ", " + Numbers.exact(max) + "] sampled";
    String value = ok ? declared : sampled;
    String evidence = "sampled outputs span [" + Numbers.exact(min) + ", " + Numbers.exact(max) + "]"
        + (problems.isEmpty() ? (ok ? ", every end approached" : "; values outside the range (see findings)")
            : "; " + String.join("; ", problems));
    return new Verdict(Property.RANGE, Mark.VALUE, value, value, evidence, declared, ok);
  }

  /** The second-order jumps (of f'') from the search on f', away from the kinks of f. */
  private static List<Discontinuity> withSecondOrder(List<Discontinuity> jumps,
      List<Discontinuity> ofDerivative) {
    List<Discontinuity> all = new ArrayList<>(jumps);
    for (Discontinuity d : ofDerivative) {
      if (d.order() == 2 && jumps.stream().noneMatch(j -> ContinuityVerdicts.matches(d.x(), j.x()))) {
        all.add(d);
      }
    }
    all.sort(java.util.Comparator.comparingDouble(Discontinuity::x));
    return all;
  }

  /** Central secant slopes of the sample: the numerical f' where the analytic one is wrong. */
  private static double[] secants(double[] xs, double[] fs) {
    int n = xs.length;
    double[] s = new double[n];
    s[0] = Double.NaN;
    s[n - 1] = Double.NaN;
    for (int i = 1; i + 1 < n; i++) {
      s[i] = (fs[i + 1] - fs[i - 1]) / (xs[i + 1] - xs[i - 1]);
    }
    return s;
  }

  private static double windowScale(double[] xs, double[] vs) {
    double s = 0;
    for (int i = 0; i < xs.length; i++) {
      if (Math.abs(xs[i]) <= SamplePoints.WINDOW && Double.isFinite(vs[i])) {
        s = Math.max(s, Math.abs(vs[i]));
      }
    }
    return s > 0 ? s : 1;
  }

  private static double[] kernelInputs(double[] xs, double[] exact) {
    int stride = Math.max(1, xs.length / KERNEL_POINTS);
    List<Double> in = new ArrayList<>();
    for (int i = 0; i < xs.length; i += stride) {
      in.add(xs[i]);
    }
    for (double x : exact) {
      in.add(x);
    }
    in.add(Double.NaN);
    in.add(Double.POSITIVE_INFINITY);
    in.add(Double.NEGATIVE_INFINITY);
    return in.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
