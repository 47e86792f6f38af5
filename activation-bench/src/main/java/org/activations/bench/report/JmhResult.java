package org.activations.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * @param secondary the raw data of each secondary metric (JMH's aux counters), by name
 */
public record JmhResult(String className, String method, Map<String, String> params, double score,
    double error, String unit, List<List<Double>> forks, String jdk, List<String> jvmArgs,
    Map<String, List<List<Double>>> secondary) {

  /** The counter of a paired benchmark that sums the kernel's nanoseconds per iteration. */
  static final String KERNEL_NANOS = "kernelNanos";

  /** The counter that sums the baseline's nanoseconds in the same iterations. */
  static final String BASELINE_NANOS = "baselineNanos";

  /** Validates and copies. */
  public JmhResult {
    params = Collections.unmodifiableMap(new TreeMap<>(params));
    forks = forks.stream().map(List::copyOf).toList();
    jvmArgs = List.copyOf(jvmArgs);
    Map<String, List<List<Double>>> copy = new TreeMap<>();
    secondary.forEach((k, v) -> copy.put(k, v.stream().map(List::copyOf).toList()));
    secondary = Collections.unmodifiableMap(copy);
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
      r.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
      JsonNode metric = r.path("primaryMetric");
      List<List<Double>> forks = rawData(metric);
      Map<String, List<List<Double>>> secondary = new TreeMap<>();
      r.path("secondaryMetrics").properties()
          .forEach(e -> secondary.put(e.getKey(), rawData(e.getValue())));
      List<String> jvmArgs = new ArrayList<>();
      r.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
      results.add(new JmhResult(qualifiedClass.substring(qualifiedClass.lastIndexOf('.') + 1),
          benchmark.substring(dot + 1), params, metric.path("score").asDouble(Double.NaN),
          metric.path("scoreError").asDouble(Double.NaN), metric.path("scoreUnit").asText(""),
          forks, r.path("jdkVersion").asText(""), jvmArgs, secondary));
    }
    return results;
  }

  private static List<List<Double>> rawData(JsonNode metric) {
    List<List<Double>> forks = new ArrayList<>();
    for (JsonNode fork : metric.path("rawData")) {
      List<Double> iterations = new ArrayList<>();
      fork.forEach(v -> iterations.add(v.asDouble()));
      forks.add(iterations);
    }
    return forks;
  }

  /** Of a paired result, the kernel-to-baseline ratio of each iteration, by fork. */
  private Optional<List<List<Double>>> pairedRatiosByFork() {
    List<List<Double>> kernel = secondary.get(KERNEL_NANOS);
    List<List<Double>> baseline = secondary.get(BASELINE_NANOS);
    if (kernel == null || baseline == null) {
      return Optional.empty();
    }
    List<List<Double>> byFork = new ArrayList<>();
    for (int f = 0; f < Math.min(kernel.size(), baseline.size()); f++) {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < Math.min(kernel.get(f).size(), baseline.get(f).size()); i++) {
        if (baseline.get(f).get(i) > 0) {
          ratios.add(kernel.get(f).get(i) / baseline.get(f).get(i));
        }
      }
      byFork.add(ratios);
    }
    return Optional.of(byFork);
  }

  /**
   * For a paired benchmark (one with the counters {@value #KERNEL_NANOS} and
   * {@value #BASELINE_NANOS}): the mean over all iterations of kernel time over baseline time, and
   * the half-width of its 99.9 % confidence interval (Student's t); empty otherwise.
   */
  public Optional<double[]> pairedRatio() {
    List<List<Double>> kernel = secondary.get(KERNEL_NANOS);
    List<List<Double>> baseline = secondary.get(BASELINE_NANOS);
    if (kernel == null || baseline == null) {
      return Optional.empty();
    }
    List<Double> ratios = pairedRatiosByFork().orElseThrow().stream().flatMap(List::stream)
        .toList();
    if (ratios.isEmpty()) {
      return Optional.empty();
    }
    double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    if (ratios.size() < 2) {
      return Optional.of(new double[] {mean, Double.NaN});
    }
    double variance = ratios.stream().mapToDouble(q -> (q - mean) * (q - mean)).sum()
        / (ratios.size() - 1);
    double t = new org.apache.commons.math3.distribution.TDistribution(ratios.size() - 1)
        .inverseCumulativeProbability(0.9995);
    return Optional.of(new double[] {mean, t * Math.sqrt(variance / ratios.size())});
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

  /**
   * Nanoseconds per element (the score over {@code size}; of a paired result, the kernel's share of
   * it), or NaN if the result is not that.
   */
  public double nsPerElement() {
    return size() > 0 ? score * nanosPerUnit() * kernelShare() / size() : Double.NaN;
  }

  /** The error of {@link #nsPerElement()}. */
  public double nsPerElementError() {
    return size() > 0 ? error * nanosPerUnit() * kernelShare() / size() : Double.NaN;
  }

  /** Nanoseconds in the score's time unit (the pack's benchmarks report µs per call), or NaN. */
  private double nanosPerUnit() {
    return switch (unit) {
      case "ns/op" -> 1;
      case "us/op" -> 1e3;
      case "ms/op" -> 1e6;
      case "s/op" -> 1e9;
      default -> Double.NaN;
    };
  }

  /** Of a paired result, the kernel's part of the time; 1 otherwise. */
  private double kernelShare() {
    List<List<Double>> kernel = secondary.get(KERNEL_NANOS);
    List<List<Double>> baseline = secondary.get(BASELINE_NANOS);
    if (kernel == null || baseline == null) {
      return 1;
    }
    double k = kernel.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sum();
    double b = baseline.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sum();
    return k + b > 0 ? k / (k + b) : 1;
  }

  /**
   * The worst ratio, over the forks, of a fork's first measurement to the median of its others: near
   * 1 when the warm-up reached the final compilation, well above 1 while the code still speeds up.
   * Of a paired result, of its kernel-to-baseline ratios, which a change of load does not move.
   */
  public double warmUpDrift() {
    double worst = Double.NaN;
    for (List<Double> fork : pairedRatiosByFork().orElse(forks)) {
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
