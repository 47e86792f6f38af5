package org.activations.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reporter on a small JMH JSON file: pairing with baselines, ratios, targets, drift. */
class PerformanceReportTest {
  @TempDir Path dir;

  private static String result(String benchmark, String params, double score, double error,
      String rawData) {
    return "{\"benchmark\":\"org.x." + benchmark + "\",\"mode\":\"avgt\",\"forks\":3,"
        + "\"jdkVersion\":\"17\",\"jvmArgs\":[],\"params\":{" + params + "},"
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error
        + ",\"scoreUnit\":\"ns/op\",\"rawData\":" + rawData + "}}";
  }

  private List<JmhResult> run() throws IOException {
    String threeForks = "[[1,1,1],[1,1,1],[1,1,1]]";
    String size = "\"type\":\"float\",\"size\":\"8388608\"";
    String json = "[" + String.join(",",
        result("ActivationBenchmark.arraycopy", size, 4_000_000, 400_000, threeForks),
        result("ActivationBenchmark.multiply", size, 8_000_000, 0, threeForks),
        result("ActivationBenchmark.forward", "\"function\":\"relu\"," + size, 4_400_000, 0,
            threeForks),
        result("ActivationBenchmark.forward", "\"function\":\"binary_step\"," + size, 6_000_000, 0,
            "[[4,1,1]]"),
        result("PackBenchmark.backward", "\"function\":\"leaky_relu\"," + size, 8_800_000, 0,
            threeForks)) + "]";
    Path file = dir.resolve("result.json");
    Files.writeString(file, json);
    return JmhResult.read(file);
  }

  @Test
  void ratiosAreAgainstTheBaselinesOfTheSameParametersAndClassesWithoutBaselinesBorrowThem()
      throws IOException {
    PerformanceReport report = new PerformanceReport(run(), Target.DEFAULTS);
    List<PerformanceReport.Verdict> verdicts = report.verdicts();
    assertEquals(3, verdicts.size());
    PerformanceReport.Verdict relu = verdicts.get(1);
    assertEquals("relu", relu.result().params().get("function"));
    assertEquals(1.1, relu.ratio(), 1e-12);
    assertEquals(0.11, relu.error(), 1e-12); // 10 % of arraycopy's score, none of relu's
    assertTrue(relu.met() && relu.trusted());
    PerformanceReport.Verdict step = verdicts.get(0);
    assertEquals(1.5, step.ratio(), 1e-12);
    assertFalse(step.met());
    assertFalse(step.trusted());
    assertEquals("missed (1 fork: indicative only)", step.text());
    assertEquals("met, but its interval reaches past the limit", relu.text());
    PerformanceReport.Verdict pack = verdicts.get(2);
    assertEquals("PackBenchmark.backward", pack.result().name());
    assertEquals(1.1, pack.ratio(), 1e-12);
  }

  @Test
  void theMarkdownShowsNanosecondsPerElementDriftAndTheCount() throws IOException {
    String markdown = new PerformanceReport(run(), Target.DEFAULTS).markdown();
    assertTrue(markdown.contains("| ActivationBenchmark.forward | relu | 8388608 | float | 0.525 ± 0.000"
        + " | 1.10 ± 0.110 | 0.550 ± 0.000 | 3 × 3 | 1.00 |"), markdown);
    assertTrue(markdown.contains("| 4.00 (still warming) |"), markdown);
    int targets = Target.DEFAULTS.size();
    assertTrue(markdown.contains("2 of 3 targets met with at least 3 forks (1 with the whole"
        + " 99.9 % interval under the limit); " + (targets - 2) + " of " + targets
        + " targets not measured in this run."), markdown);
  }

  /** A paired result: kernel and baseline nanoseconds per iteration, three forks. */
  private static String paired(String function, String type, String kernel, String baseline) {
    return "{\"benchmark\":\"org.x.PackPairedBenchmark.forward\",\"mode\":\"avgt\",\"forks\":3,"
        + "\"jdkVersion\":\"17\",\"jvmArgs\":[],\"params\":{\"function\":\"" + function
        + "\",\"type\":\"" + type + "\",\"size\":\"1048576\"},\"primaryMetric\":{\"score\":1e7,"
        + "\"scoreError\":0,\"scoreUnit\":\"ns/op\",\"rawData\":[[1,1],[1,1],[1,1]]},"
        + "\"secondaryMetrics\":{\"kernelNanos\":{\"rawData\":" + kernel + "},"
        + "\"baselineNanos\":{\"rawData\":" + baseline + "}}}";
  }

  @Test
  void thePacksPairedRunsAreJudgedAgainstTheirNaiveLoopsAndGeluAgainstSwish() throws IOException {
    String ones = "[[10,10],[10,10],[10,10]]";
    String json = "[" + String.join(",",
        paired("gelu_tanh", "double", "[[10.5,10.5],[10,10],[11,11]]", ones),
        paired("gelu", "float", "[[25,25],[25,25],[25,25]]", ones)) + "]";
    Path file = dir.resolve("paired.json");
    Files.writeString(file, json);
    List<PerformanceReport.Verdict> verdicts =
        new PerformanceReport(JmhResult.read(file), Target.DEFAULTS).verdicts();
    assertEquals(2, verdicts.size());
    PerformanceReport.Verdict geluTanh = verdicts.stream()
        .filter(v -> v.result().params().get("function").equals("gelu_tanh")).findFirst()
        .orElseThrow();
    assertEquals("naiveGeluTanhLoop", geluTanh.target().baseline());
    assertEquals(1.05, geluTanh.ratio(), 1e-12);
    assertTrue(geluTanh.met());
    PerformanceReport.Verdict gelu = verdicts.stream()
        .filter(v -> v.result().params().get("function").equals("gelu")).findFirst()
        .orElseThrow();
    assertEquals("swish", gelu.target().baseline());
    assertEquals(2.5, gelu.ratio(), 1e-12);
    assertFalse(gelu.met());
  }

  @Test
  void theCommandRefusesAMissingOrBrokenFileInOneLine() throws IOException {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Path missing = dir.resolve("missing.json");
    assertEquals(1, PerformanceReport.run(new String[] {missing.toString()},
        new java.io.PrintStream(out), new java.io.PrintStream(err)));
    assertEquals("error: cannot read " + missing + " as JMH's JSON (no such file); write one with"
        + " JMH's -rf json -rff " + missing + System.lineSeparator(), err.toString());
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[{\"benchmark\": ");
    err.reset();
    assertEquals(1, PerformanceReport.run(new String[] {broken.toString()},
        new java.io.PrintStream(out), new java.io.PrintStream(err)));
    assertTrue(err.toString().startsWith("error: cannot read " + broken + " as JMH's JSON (not"
        + " JSON)"), err.toString());
    assertEquals(1, err.toString().lines().count());
    assertEquals("", out.toString());
  }

  @Test
  void aFileThatIsNotJmhJsonIsRefusedWithTheWayOut() throws IOException {
    Path file = dir.resolve("r.json");
    Files.writeString(file, "{}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JmhResult.read(file));
    assertEquals(file + " is not a JMH JSON result (an array of results); write one with -rf json"
        + " -rff r.json", e.getMessage());
  }
}
