package org.activations.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The performance tables of a JMH run: every result in ns per element next to the baselines of the
 * same run ({@code System.arraycopy} and the three-array multiply loop, at the same parameters), and
 * the targets with whether each is met. Any benchmark class is reported, paired with the baselines
 * of its own class, or else of another class of the same run at the same parameters.
 *
 * <p>Run it as {@code java -cp activation-bench/target/benchmarks.jar
 * org.activations.bench.report.PerformanceReport result.json [--format markdown|json]}.
 */
public final class PerformanceReport {
  /** The baseline methods every result is compared with, in column order. */
  static final List<String> BASELINES = List.of("arraycopy", "multiply");

  /** Fewer forks than this make a figure indicative only. */
  static final int TRUSTED_FORKS = 3;

  private final List<JmhResult> results;
  private final List<Target> targets;

  /** A report of {@code results} against {@code targets}. */
  public PerformanceReport(List<JmhResult> results, List<Target> targets) {
    this.results = List.copyOf(results);
    this.targets = List.copyOf(targets);
  }

  /** Prints the report of the file named first; {@code --format json} for JSON. */
  public static void main(String[] args) throws IOException {
    System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err));
  }

  /**
   * The command: the report on {@code out}, or one line on {@code err} that names the problem and
   * the way out. Returns the exit status: 0, 1 for a file it cannot read, 2 for a wrong command.
   */
  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    if (args.length != 1 && !(args.length == 3 && args[1].equals("--format"))) {
      err.println("usage: PerformanceReport RESULT.json [--format markdown|json]"
          + " (RESULT.json from JMH's -rf json -rff RESULT.json)");
      return 2;
    }
    String format = args.length == 3 ? args[2] : "markdown";
    if (!format.equals("markdown") && !format.equals("json")) {
      err.println("error: unknown format '" + format + "'; the formats are markdown and json");
      return 2;
    }
    Path file = Path.of(args[0]);
    List<JmhResult> results;
    try {
      results = JmhResult.read(file);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("error: cannot read " + file + " as JMH's JSON (" + (Files.exists(file)
          ? "not JSON" : "no such file") + "); write one with JMH's -rf json -rff " + file);
      return 1;
    }
    PerformanceReport report = new PerformanceReport(results, Target.DEFAULTS);
    if (format.equals("json")) {
      out.println(report.json());
    } else {
      out.print(report.markdown());
    }
    return 0;
  }

  /** The baseline {@code method} for {@code r}: same parameters, its own class first. */
  Optional<JmhResult> baseline(JmhResult r, String method) {
    return results.stream()
        .filter(b -> b.method().equals(method) && r.sharesParamsOf(b))
        .min(Comparator.comparing((JmhResult b) -> !b.className().equals(r.className()))
            .thenComparing(b -> !b.jvmArgs().equals(r.jvmArgs()))
            .thenComparing(JmhResult::name));
  }

  /**
   * {@code r}'s time over its baseline's, with the error of both added in quadrature; for a paired
   * result, its own ratio of kernel to baseline time when {@code method} is its baseline.
   */
  Optional<double[]> ratio(JmhResult r, String method) {
    if (r.pairedRatio().isPresent()) {
      return method.equals(pairedBaseline(r)) ? r.pairedRatio() : Optional.empty();
    }
    return baseline(r, method).map(b -> {
      double q = r.score() / b.score();
      double e = q * Math.hypot(relative(r), relative(b));
      return new double[] {q, e};
    });
  }

  /**
   * The baseline a paired result was timed against: the multiply loop for a backward pass, the
   * naive loop (or swish) for the pack's smooth functions, else the copy.
   */
  static String pairedBaseline(JmhResult r) {
    if (r.className().endsWith("PackPairedBenchmark")) {
      return Target.pairedPackBaseline(r.params().get("function"));
    }
    return r.method().contains("backward") ? "multiply" : "arraycopy";
  }

  private static double relative(JmhResult r) {
    return Double.isNaN(r.error()) ? 0 : r.error() / r.score();
  }

  /** The verdict on one result under one target. */
  record Verdict(Target target, JmhResult result, double ratio, double error, boolean met,
      boolean trusted) {
    String text() {
      String word = met ? (ratio + error > target.limit() ? "met, but its interval reaches past"
          + " the limit" : "met") : (ratio - error <= target.limit() ? "missed, but its interval"
          + " reaches the limit" : "missed");
      return word + (trusted ? "" : " (" + result.forks().size() + " fork"
          + (result.forks().size() == 1 ? "" : "s") + ": indicative only)");
    }
  }

  /** Every target's verdicts, in target order. */
  List<Verdict> verdicts() {
    List<Verdict> verdicts = new ArrayList<>();
    for (Target t : targets) {
      results.stream().filter(t::applies).sorted(Comparator.comparing(JmhResult::name)
          .thenComparing(r -> r.params().toString())).forEach(r -> ratio(r, t.baseline())
              .ifPresent(q -> verdicts.add(new Verdict(t, r, q[0], q[1], q[0] <= t.limit(),
                  r.forks().size() >= TRUSTED_FORKS))));
    }
    return verdicts;
  }

  /** The parameter names of all results, sorted. */
  private List<String> paramNames() {
    TreeSet<String> names = new TreeSet<>();
    results.forEach(r -> names.addAll(r.params().keySet()));
    return List.copyOf(names);
  }

  private List<JmhResult> sorted() {
    List<JmhResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(JmhResult::className)
        .thenComparing(r -> r.params().getOrDefault("type", ""))
        .thenComparingLong(JmhResult::size)
        .thenComparing(r -> r.params().getOrDefault("function", ""))
        .thenComparing(r -> r.params().toString())
        .thenComparing(JmhResult::method));
    return sorted;
  }

  /** The report as Markdown tables. */
  public String markdown() {
    StringBuilder s = new StringBuilder();
    List<String> params = paramNames();
    s.append("| benchmark | ");
    params.forEach(p -> s.append(p).append(" | "));
    s.append("ns/element | ");
    BASELINES.forEach(b -> s.append("× ").append(b).append(" | "));
    s.append("forks × iterations | warm-up drift |\n|---|");
    params.forEach(p -> s.append("---|"));
    s.append("---|");
    BASELINES.forEach(b -> s.append("---|"));
    s.append("---|---|\n");
    for (JmhResult r : sorted()) {
      s.append("| ").append(r.name()).append(" | ");
      params.forEach(p -> s.append(r.params().getOrDefault(p, "")).append(" | "));
      s.append(Double.isNaN(r.nsPerElement())
          ? number(r.score()) + " ± " + number(r.error()) + " " + r.unit()
          : number(r.nsPerElement()) + " ± " + number(r.nsPerElementError())).append(" | ");
      for (String b : BASELINES) {
        s.append(r.method().equals(b) ? "1" : ratio(r, b)
            .map(q -> number(q[0]) + " ± " + number(q[1])).orElse("")).append(" | ");
      }
      int iterations = r.forks().isEmpty() ? 0 : r.forks().get(0).size();
      double drift = r.warmUpDrift();
      s.append(r.forks().size()).append(" × ").append(iterations).append(" | ")
          .append(Double.isNaN(drift) ? "" : number(drift) + (drift > 1.25 ? " (still warming)" : ""))
          .append(" |\n");
    }
    List<Verdict> verdicts = verdicts();
    s.append("\n| target | benchmark | function | ratio | limit | verdict |\n|---|---|---|---|---|---|\n");
    for (Verdict v : verdicts) {
      s.append("| ").append(v.target().label()).append(" (").append(v.target().params().get("size"))
          .append(' ').append(v.target().params().get("type")).append(") | ")
          .append(v.result().name()).append(" | ")
          .append(v.result().params().getOrDefault("function", "")).append(" | ")
          .append(number(v.ratio())).append(" ± ").append(number(v.error())).append(" | ")
          .append(number(v.target().limit())).append(" | **").append(v.text()).append("** |\n");
    }
    long met = verdicts.stream().filter(v -> v.met() && v.trusted()).count();
    long clear = verdicts.stream()
        .filter(v -> v.met() && v.trusted() && v.ratio() + v.error() <= v.target().limit()).count();
    s.append("\n").append(met).append(" of ").append(verdicts.size())
        .append(" targets met with at least ").append(TRUSTED_FORKS).append(" forks (")
        .append(clear).append(" with the whole 99.9 % interval under the limit); ")
        .append(targets.stream().filter(t -> results.stream().noneMatch(t::applies)).count())
        .append(" of ").append(targets.size()).append(" targets not measured in this run.\n");
    return s.toString();
  }

  /** The report as JSON: every result with its ratios, and the verdicts. */
  public String json() throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JmhResult r : sorted()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("benchmark", r.name());
      row.put("params", r.params());
      row.put("score", r.score());
      row.put("score_error", finite(r.error()));
      row.put("unit", r.unit());
      row.put("ns_per_element", finite(r.nsPerElement()));
      row.put("ns_per_element_error", finite(r.nsPerElementError()));
      for (String b : BASELINES) {
        ratio(r, b).ifPresent(q -> {
          row.put("ratio_to_" + b, q[0]);
          row.put("ratio_to_" + b + "_error", q[1]);
        });
      }
      row.put("forks", r.forks().size());
      row.put("warm_up_drift", finite(r.warmUpDrift()));
      rows.add(row);
    }
    List<Map<String, Object>> verdicts = new ArrayList<>();
    for (Verdict v : verdicts()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("target", v.target().label());
      row.put("benchmark", v.result().name());
      row.put("params", v.result().params());
      row.put("baseline", v.target().baseline());
      row.put("ratio", v.ratio());
      row.put("ratio_error", v.error());
      row.put("limit", v.target().limit());
      row.put("met", v.met());
      row.put("trusted", v.trusted());
      verdicts.add(row);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("results", rows);
    root.put("targets", verdicts);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /** Three significant digits. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f"
        : Math.abs(v) >= 1 ? "%.2f" : "%.3f", v);
  }
}
