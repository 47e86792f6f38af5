package org.activations.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.activations.Activation;
import org.activations.SpecialPoint;

/**
 * Measures one evaluated {@link Sample}: special inputs, jumps and kinks, both derivative forms and
 * every declared property, with one measurer per concern; their findings go to the log.
 */
final class SampleMeasures {
  private final Evaluations ev;
  private final Activation f;
  private final Consumer<String> stage;
  private final List<SpecialPoint> specials;
  private final double[] exact;
  private final long seed;
  private final int points;
  /** How many times thinner than normal the sample and the careful checks are (1: not thinned). */
  private final int thin;
  private volatile DerivativeReport derivatives;
  private volatile List<Discontinuity> discontinuities = List.of();

  /**
   * Measures for the function behind {@code ev}, announcing each stage to {@code stage}, with
   * {@code points} careful derivative checks divided by {@code thin}.
   */
  SampleMeasures(Evaluations ev, Consumer<String> stage, long seed, int points, int thin) {
    this.ev = ev;
    this.f = ev.function();
    this.stage = stage;
    this.specials = f.info().specialPoints();
    this.exact = SamplePoints.exactPoints(specials);
    this.seed = seed;
    this.points = points;
    this.thin = thin;
  }

  /** The derivative report, once computed. */
  Optional<DerivativeReport> derivatives() {
    return Optional.ofNullable(derivatives);
  }

  /** The discontinuities located so far. */
  List<Discontinuity> discontinuities() {
    return discontinuities;
  }

  /** Runs every measurer on {@code sample}; the verdicts, in {@link Property} order. */
  List<Verdict> measure(Sample sample) {
    double[] xs = sample.xs();
    double[] fs = sample.fs();
    double[] dfs = sample.dfs();
    double[] dys = sample.dys();
    double scale = windowScale(xs, fs);
    double slopeScale = windowScale(xs, dfs);
    new SpecialInputs(ev).check(scale, slopeScale);

    stage.accept("discontinuities");
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

    stage.accept("derivatives");
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

    stage.accept("properties");
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

  private Verdict rangeVerdict(List<String> problems, double[] fs) {
    double[] span = ShapeVerdicts.span(fs);
    double min = span[0];
    double max = span[1];
    String declared = f.info().range().toString();
    boolean ok = !ev.log().failed(Concern.RANGE);
    String sampled = "[" + Numbers.exact(min) + ", " + Numbers.exact(max) + "] sampled";
    String value = ok ? declared : sampled;
    String evidence = "sampled outputs span [" + Numbers.exact(min) + ", " + Numbers.exact(max) + "]"
        + (problems.isEmpty() ? (ok ? ", every end approached" : "; values outside the range (see findings)")
            : "; " + String.join("; ", problems))
        + (ok ? roundedEnds(f.info().range(), min, max) : "");
    return new Verdict(Property.RANGE, Mark.VALUE, value, value, evidence, declared, ok);
  }

  /**
   * Why a finite open end of the range can show in the sampled span (sigmoid's (0, 1) next to
   * "span [0, 1]" would read as a contradiction), or "". Called only when no sampled value broke
   * the range, so an end outside it is one that the range check accepted as rounding.
   */
  static String roundedEnds(org.activations.Range range, double min, double max) {
    List<String> ends = new ArrayList<>();
    if (Double.isFinite(min) && !range.contains(min)) {
      ends.add(Numbers.exact(min));
    }
    if (max != min && Double.isFinite(max) && !range.contains(max)) {
      ends.add(Numbers.exact(max));
    }
    if (ends.isEmpty()) {
      return "";
    }
    return ends.size() == 1
        ? "; the open end " + ends.get(0) + " in that span is the floating-point rounding of values"
            + " just inside it, never a value of the function itself"
        : "; the open ends " + String.join(" and ", ends) + " in that span are the floating-point"
            + " rounding of values just inside them, never values of the function itself";
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

  static double windowScale(double[] xs, double[] vs) {
    double s = 0;
    for (int i = 0; i < xs.length; i++) {
      if (Math.abs(xs[i]) <= SamplePoints.WINDOW && Double.isFinite(vs[i])) {
        s = Math.max(s, Math.abs(vs[i]));
      }
    }
    return s > 0 ? s : 1;
  }

}
