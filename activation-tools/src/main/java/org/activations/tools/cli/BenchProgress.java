package org.activations.tools.cli;

import java.io.PrintWriter;
import java.util.Collection;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output for {@code activations bench}: one progress line per benchmark on standard error,
 * and a benchmark that fails (a function that throws in the forked JVM) as one warning line with its
 * first error line, instead of JMH's report and stack traces.
 */
final class BenchProgress implements OutputFormat {
  private final PrintWriter err;
  private final int total;
  private int started;
  private String current = "";
  private boolean failing;

  BenchProgress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  @Override
  public void startBenchmark(BenchmarkParams params) {
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    String spec = params.getParam("spec");
    current = spec == null ? method : spec;
    failing = false;
    int forks = params.getForks();
    err.printf("bench: [%d/%d] %s (%s, %s elements, %s)%n", ++started, total, current,
        params.getParam("type"), params.getParam("size"),
        forks == 0 ? "in this JVM" : forks == 1 ? "1 fork" : forks + " forks");
    err.flush();
  }

  @Override
  public void println(String s) {
    if (s == null) {
      return;
    }
    if (s.contains("<failure>")) {
      failing = true;
    } else if (failing && !s.isBlank()) {
      err.println("activations: warning: bench " + current + " failed: " + s.strip());
      err.flush();
      failing = false;
    }
  }

  @Override
  public void print(String s) {
    println(s);
  }

  @Override
  public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {}

  @Override
  public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
      IterationResult data) {}

  @Override
  public void endBenchmark(BenchmarkResult result) {}

  @Override
  public void startRun() {}

  @Override
  public void endRun(Collection<RunResult> result) {}

  @Override
  public void flush() {
    err.flush();
  }

  @Override
  public void close() {
    err.flush();
  }

  @Override
  public void verbosePrintln(String s) {}

  @Override
  public void write(int b) {}

  @Override
  public void write(byte[] b) {}
}
