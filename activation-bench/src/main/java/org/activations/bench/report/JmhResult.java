package org.activations.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One benchmark's result as JMH writes it with {@code -rf json}: the class and method, the
 * parameters, the score with its error (JMH's 99.9 % interval), and each fork's measurement
 * iterations.
 *
 * @param className the benchmark class's simple name
 * @param method the benchmark method
 * @param params the {@code @Param} values, sorted by name
 * @param score the mean score
 * @param error the half-width of JMH's 99.9 % confidence interval (NaN with one fork and iteration)
 * @param unit the score's unit, such as {@code ns/op}
 * @param forks the measurement iterations of each fork
 * @param jdk the JDK version of the forked JVM
 * @param jvmArgs the forked JVM's arguments
 */
public record JmhResult(String className, String method, Map<String, String> params, double score,
    double error, String unit, List<List<Double>> forks, String jdk, List<String> jvmArgs) {

  /** Validates and copies. */
  public JmhResult {
    params = Collections.unmodifiableMap(new TreeMap<>(params));
    forks = forks.stream().map(List::copyOf).toList();
    jvmArgs = List.copyOf(jvmArgs);
  }

  /**
   * Reads every result of a JMH JSON file.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is not JMH's JSON result format
   */
  public static List<JmhResult> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(file + " is not a JMH JSON result (an array of results);"
          + " write one with -rf json -rff " + file.getFileName());
    }
    List<JmhResult> results = new ArrayList<>();
    for (JsonNode r : root) {
      String benchmark = text(r, "benchmark", file);
      int dot = benchmark.lastIndexOf('.');
      String qualifiedClass = benchmark.substring(0, Math.max(dot, 0));
      Map<String, String> params = new TreeMap<>();
      r.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      JsonNode metric = r.path("primaryMetric");
      List<List<Double>> forks = new ArrayList<>();
      for (JsonNode fork : metric.path("rawData")) {
        List<Double> iterations = new ArrayList<>();
        fork.forEach(v -> iterations.add(v.asDouble()));
        forks.add(iterations);
      }
      List<String> jvmArgs = new ArrayList<>();
      r.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
      results.add(new JmhResult(qualifiedClass.substring(qualifiedClass.lastIndexOf('.') + 1),
          benchmark.substring(dot + 1), params, metric.path("score").asDouble(Double.NaN),
          metric.path("scoreError").asDouble(Double.NaN), metric.path("scoreUnit").asText(""),
          forks, r.path("jdkVersion").asText(""), jvmArgs));
    }
    return results;
  }

  private static String text(JsonNode r, String field, Path file) {
    JsonNode v = r.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(file + " is not a JMH JSON result: a result without \""
          + field + "\"; write one with -rf json");
    }
    return v.asText();
  }

  /** The class and method, as in {@code ActivationBenchmark.forward}. */
  public String name() {
    return className + "." + method;
  }

  /** The number of elements per operation: the {@code size} parameter, or 0 without one. */
  public long size() {
    String s = params.get("size");
    try {
      return s == null ? 0 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Nanoseconds per element (the score over {@code size}), or NaN if the result is not that. */
  public double nsPerElement() {
    return size() > 0 && unit.equals("ns/op") ? score / size() : Double.NaN;
  }

  /** The error of {@link #nsPerElement()}. */
  public double nsPerElementError() {
    return size() > 0 && unit.equals("ns/op") ? error / size() : Double.NaN;
  }

  /**
   * The worst ratio, over the forks, of a fork's first measurement to the median of its others: near
   * 1 when the warm-up reached the final compilation, well above 1 while the code still speeds up.
   */
  public double warmUpDrift() {
    double worst = Double.NaN;
    for (List<Double> fork : forks) {
      if (fork.size() < 3) {
        continue;
      }
      List<Double> rest = new ArrayList<>(fork.subList(1, fork.size()));
      Collections.sort(rest);
      double median = rest.get(rest.size() / 2);
      double drift = fork.get(0) / median;
      worst = Double.isNaN(worst) ? drift : Math.max(worst, drift);
    }
    return worst;
  }

  /** True if every parameter of {@code other} has the same value here. */
  boolean sharesParamsOf(JmhResult other) {
    return other.params.entrySet().stream()
        .allMatch(e -> e.getValue().equals(params.get(e.getKey())));
  }
}
