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
  /** The share of the time budget that the far sweep may take at most: it runs beside the rest. */
  static final double FAR_SHARE = 0.2;
  /** Points timed to estimate the cost of one sample point. */
  private static final int PROBES = 512;
  private static final int PROBE_ROUNDS = 3;
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
  private final Budget budget;
  /** New instances of the function for the first-calls race, or null. */
  private final Supplier<? extends Activation> fresh;
  /** How many times thinner than normal the sample and the careful checks are (1: not thinned). */
  private int thin = 1;
  private volatile FarSweep far;
  private volatile SampleMeasures measures;

  FunctionAnalysis(Activation f, Supplier<? extends Activation> fresh, String name,
      double[] shared, long seed, Budget budget, FindingLog log, AnalysisListener listener,
      long threadWaitMillis, long budgetNanos, int points) {
    this.f = f;
    this.fresh = fresh;
    this.name = name;
    this.shared = shared;
    this.seed = seed;
    this.ev = new Evaluations(f, budget, log);
    this.budget = budget;
    this.listener = listener;
    this.threadWaitMillis = threadWaitMillis;
    this.budgetNanos = budgetNanos;
    this.points = points;
  }

  private void stage(String stage) {
    listener.stage(name, stage);
  }

  /** The derivative report, once computed. */
  Optional<DerivativeReport> derivatives() {
    SampleMeasures m = measures;
    return m == null ? Optional.empty() : m.derivatives();
  }

  /** What the far sweep covered, once its coarse pass is done. */
  Optional<FarSweepReport> farSweep() {
    FarSweep f = far;
    return f == null ? Optional.empty() : f.result();
  }

  /** The discontinuities located so far. */
  List<Discontinuity> discontinuities() {
    SampleMeasures m = measures;
    return m == null ? List.of() : m.discontinuities();
  }

  /**
   * Runs every check and measurer; the verdicts, in {@link Property} order. The far sweep runs
   * beside the rest; if it names suspect places, the sample is measured again with them.
   */
  List<Verdict> run() {
    List<SpecialPoint> specials = f.info().specialPoints();
    double[] xs = SamplePoints.forFunction(shared, specials);

    stage("kernels");
    double[] kernelXs = kernelInputs(xs, SamplePoints.exactPoints(specials));
    new KernelChecks(ev, seed).check(kernelXs);
    new ThreadSafetyCheck(ev, seed).check(kernelXs, threadWaitMillis, fresh);

    stage("sample");
    xs = fitToBudget(xs);
    // after the races and the timing of the sample: a screen beside them would take their cores
    far = FarSweep.start(f, fresh, name, seed, budget, (long) (FAR_SHARE * budgetNanos),
        !ev.log().failed(Concern.THREAD_SAFETY));
    Sample sample = Sample.of(xs, ev);
    FindingLog.Snapshot before = ev.log().snapshot();
    measures = new SampleMeasures(ev, this::stage, seed, points, thin);
    List<Verdict> verdicts = measures.measure(sample);

    stage("far sweep");
    double[] suspects = far.suspects(ev);
    if (suspects.length > 0) {
      verdicts = measureAgain(sample, suspects, before, verdicts);
    }
    far.reportTo(ev.log());
    return verdicts;
  }

  /**
   * The verdicts of the sample measured again from the start with the far sweep's suspect places,
   * so that nothing is counted twice; if the budget runs out on the way, the first measurement's
   * verdicts and findings stand, with a finding that says the places were not measured.
   */
  private List<Verdict> measureAgain(Sample sample, double[] suspects, FindingLog.Snapshot before,
      List<Verdict> first) {
    FindingLog.Snapshot firstFindings = ev.log().snapshot();
    SampleMeasures firstMeasures = measures;
    ev.log().restore(before);
    // the sweep checked these values in its own log, which joins this one at the end
    ev.checkedElsewhere(suspects);
    try {
      measures = new SampleMeasures(ev, this::stage, seed, points, thin);
      return measures.measure(sample.with(suspects, ev));
    } catch (Budget.Exhausted e) {
      ev.log().restore(firstFindings);
      measures = firstMeasures;
      ev.log().add("timeout/far-places", Finding.cannotVerify(Concern.TIMEOUT, Double.NaN,
          "out of time before the far sweep's " + suspects.length + " points around suspect places"
          + " were measured"));
      return first;
    }
  }

  /**
   * The sample, thinned if evaluating f, f' (and f'(y)) on all of it would take more than
   * {@value #SAMPLE_SHARE} of the time budget: every k-th point off the window is kept (the window
   * and the exact points always), and a "cannot verify" finding says how much the guarantee weakens.
   */
  private double[] fitToBudget(double[] xs) {
    int probes = Math.min(PROBES, xs.length);
    long fastest = Long.MAX_VALUE;
    // the fastest of a few rounds: one round can meet the compiler or a descheduling
    for (int round = 0; round < PROBE_ROUNDS; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < probes; i++) {
        double x = -SamplePoints.WINDOW + 2 * SamplePoints.WINDOW * (i + 0.5 * round) / probes;
        ev.f(x);
        ev.df(x);
      }
      fastest = Math.min(fastest, System.nanoTime() - start);
    }
    double perPoint = fastest / (double) probes * (f.hasDerivativeFromOutput() ? 1.5 : 1);
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
        * SamplePoints.CORE_GAP) + " there may be missed"));
    return java.util.Arrays.copyOf(kept, n);
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
