package org.activations.tools.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activations.Activation;
import org.apache.commons.math3.distribution.TDistribution;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The figures of one {@code activations bench} run, per function, in ns per element, and their
 * table and JSON forms.
 */
final class BenchFigures {
  /**
   * One function's figures, each a mean over the measured iterations and the half-width of its
   * 99.9 % interval; NaN where the benchmark failed.
   */
  record Row(String spec, String origin, String implementation, boolean ownForward,
      boolean ownBackward, boolean reference, double[] scalar, double[] forward,
      double[] backward, double[] copy, double[] forwardOverCopy) {
    boolean failed() {
      return Double.isNaN(forward[0]);
    }
  }

  private final List<Row> rows;
  private final String type;
  private final int size;
  private final boolean quick;
  private final String referenceSpec;

  private BenchFigures(List<Row> rows, String type, int size, boolean quick,
      String referenceSpec) {
    this.rows = rows;
    this.type = type;
    this.size = size;
    this.quick = quick;
    this.referenceSpec = referenceSpec;
  }

  /**
   * A function to measure: its spec, origin, how it says it computes its batch operations, and
   * whether its class has batch methods of its own for the type.
   */
  record Subject(String spec, String origin, String implementation, boolean ownForward,
      boolean ownBackward) {
    /** The subject of {@code s}; calls the function's own {@code describeImplementation}. */
    static Subject of(Selection.Selected s, String type) {
      Activation f = s.function();
      return new Subject(f.spec(), s.origin(), f.describeImplementation(),
          own(f, "apply", type, 5), own(f, "backward", type, 6));
    }
  }

  /** The figures of {@code results} for the subjects, the reference's spec given. */
  static BenchFigures of(Collection<RunResult> results, List<Subject> subjects, String type,
      int size, boolean quick, String referenceSpec) {
    List<Row> rows = new ArrayList<>();
    for (Subject s : subjects) {
      Map<String, List<Double>> it = iterations(results, s.spec(), size);
      List<Double> forward = it.get("forward");
      List<Double> copy = it.get("copy");
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < Math.min(forward.size(), copy.size()); i++) {
        ratios.add(forward.get(i) / copy.get(i));
      }
      rows.add(new Row(s.spec(), s.origin(), s.implementation(), s.ownForward(), s.ownBackward(),
          s.spec().equals(referenceSpec), mean(it.get("scalar")), mean(forward),
          mean(it.get("backward")), mean(copy), mean(ratios)));
    }
    return new BenchFigures(rows, type, size, quick, referenceSpec);
  }

  private static final List<String> OPERATIONS = List.of("scalar", "forward", "backward", "copy");

  /** Each operation's ns per element in every measured iteration of the function's forks. */
  private static Map<String, List<Double>> iterations(Collection<RunResult> results, String spec,
      int size) {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    OPERATIONS.forEach(op -> values.put(op, new ArrayList<>()));
    for (RunResult r : results) {
      if (!spec.equals(r.getParams().getParam("spec"))) {
        continue;
      }
      for (BenchmarkResult fork : r.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          Map<String, Result<?>> counters = secondary(iteration);
          double calls = counters.containsKey("calls") ? counters.get("calls").getScore() : 0;
          if (calls > 0) {
            OPERATIONS.forEach(op -> values.get(op)
                .add(counters.get(op + "Nanos").getScore() / calls / size));
          }
        }
      }
    }
    return values;
  }

  /** The mean and the half-width of its 99.9 % Student-t interval; NaN for none. */
  static double[] mean(List<Double> values) {
    int n = values.size();
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    if (n == 1) {
      return new double[] {mean, Double.NaN};
    }
    double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (n - 1);
    double t = new TDistribution(n - 1).inverseCumulativeProbability(0.9995);
    return new double[] {mean, t * Math.sqrt(variance / n)};
  }

  /** True if f's class has its own batch method rather than the interface's default loop. */
  private static boolean own(Activation f, String method, String type, int arity) {
    Class<?> array = type.equals("float") ? float[].class : double[].class;
    Class<?>[] parameters = arity == 5
        ? new Class<?>[] {array, int.class, array, int.class, int.class}
        : new Class<?>[] {array, array, array, array, int.class, int.class};
    try {
      return f.getClass().getMethod(method, parameters).getDeclaringClass() != Activation.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Activation." + method + " not found", e);
    }
  }

  /** The functions whose benchmarks failed. */
  List<String> failed() {
    return rows.stream().filter(Row::failed).map(Row::spec).toList();
  }

  private Row reference() {
    return rows.stream().filter(r -> r.spec().equals(referenceSpec)).findFirst().orElse(null);
  }

  private static String figure(double[] v) {
    if (Double.isNaN(v[0])) {
      return "failed";
    }
    return number(v[0]) + (Double.isNaN(v[1]) ? "" : " ± " + number(v[1]));
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f"
        : Math.abs(v) >= 1 ? "%.2f" : "%.3f", v);
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? "" : number(a / b);
  }

  /** The figures as a text table with notes. */
  String table() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "JMH, %s, %d elements per call, %s; ns per element, each"
        + " operation timed in every invocation (± 99.9 %% interval over the iterations)%n%n", type,
        size, quick ? "--quick: no fork, 5 × 100 ms after 2 × 200 ms warm-up (rough)"
            : "3 forks, 5 × 1 s after 5 × 1 s warm-up"));
    int width = rows.stream().mapToInt(r -> r.spec().length() + (r.reference() ? 7 : 0))
        .max().orElse(0);
    String format = "%-" + Math.max(width, 8) + "s  %-15s %-15s %-15s %-15s %-15s %-11s %s%n";
    s.append(String.format(Locale.ROOT, format, "function", "scalar apply", "batch forward",
        "fused backward", "arraycopy", "forward/copy", "fwd/" + referenceSpec, "batch kernels"));
    Row reference = reference();
    for (Row r : rows) {
      s.append(String.format(Locale.ROOT, format, r.spec() + (r.reference() ? " (ref.)" : ""),
          figure(r.scalar()), figure(r.forward()), figure(r.backward()), figure(r.copy()),
          figure(r.forwardOverCopy()),
          reference == null ? "" : ratio(r.forward()[0], reference.forward()[0]),
          r.implementation()));
    }
    for (Row r : rows) {
      if (r.failed() || r.ownForward() && r.ownBackward()) {
        continue;
      }
      s.append("\n").append(r.spec()).append(" runs the interface's default scalar loop for its ")
          .append(!r.ownForward() && !r.ownBackward() ? "forward and backward"
              : !r.ownForward() ? "forward" : "backward")
          .append(" (no batch kernel of its own): its forward costs ")
          .append(number(r.forward()[0])).append(" ns per element, ")
          .append(ratio(r.forward()[0], r.scalar()[0])).append(" × its scalar loop and ")
          .append(number(r.forwardOverCopy()[0]))
          .append(" × System.arraycopy; a loop of its own over the arrays lets HotSpot inline"
              + " and vectorise it.");
    }
    s.append("\n");
    return s.toString();
  }

  /** The figures as JSON. */
  String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("type", type);
    root.put("size", size);
    root.put("quick", quick);
    root.put("forks", quick ? 1 : 3);
    root.put("unit", "ns/element");
    root.put("reference", referenceSpec);
    List<Map<String, Object>> functions = new ArrayList<>();
    Row reference = reference();
    for (Row r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("spec", r.spec());
      m.put("origin", r.origin());
      m.put("implementation", r.implementation());
      m.put("own_batch_forward", r.ownForward());
      m.put("own_batch_backward", r.ownBackward());
      m.put("scalar_apply", value(r.scalar()));
      m.put("batch_forward", value(r.forward()));
      m.put("fused_backward", value(r.backward()));
      m.put("arraycopy", value(r.copy()));
      m.put("forward_over_arraycopy", value(r.forwardOverCopy()));
      m.put("forward_over_reference",
          reference == null ? null : quotient(r.forward()[0], reference.forward()[0]));
      m.put("failed", r.failed());
      functions.add(m);
    }
    root.put("functions", functions);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> value(double[] v) {
    if (Double.isNaN(v[0])) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("score", v[0]);
    m.put("error", Double.isNaN(v[1]) ? null : v[1]);
    return m;
  }

  private static Double quotient(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? null : a / b;
  }

  // JMH declares the map with the raw Result type; each value is a Result of some kind.
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Map<String, Result<?>> secondary(IterationResult iteration) {
    return (Map) iteration.getSecondaryResults();
  }
}
