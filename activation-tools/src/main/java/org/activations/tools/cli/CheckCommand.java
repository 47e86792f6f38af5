package org.activations.tools.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activations.analysis.DerivativeReport;
import org.activations.analysis.Finding;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.analysis.PropertyReport;
import org.activations.tools.render.JsonReports;
import org.activations.tools.render.Origins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code activations check}: the verification engine's findings, per function. */
@Command(name = "check", mixinStandardHelpOptions = true,
    header = "Verify every function: values, derivatives, kernels, threads and declarations.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED,
        ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  activations check", "  activations check --with-pack --format json > check.json"},
    description = {"Run the verification engine on every discovered activation: special inputs, the"
        + " declared range, jumps and kinks anywhere on the sample, both derivative forms against a"
        + " numerical derivative, monotonicity, batch, backward and float methods, thread safety, and"
        + " every declared property against its measurement.",
        "Exit status 0 when every function passes (points that cannot be verified are counted, not"
        + " failed), 1 when any fails (the report says which and why, with the point)."})
final class CheckCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;

  @Option(names = "--functions", paramLabel = "NAME", split = ",",
      description = "Only these functions (default: all).")
  List<String> functions = new ArrayList<>();

  @Option(names = "--points", paramLabel = "N", defaultValue = "" + PropertyAnalyzer.DEFAULT_POINTS,
      description = "Regularly spaced points where the derivatives are checked carefully, at least 100,"
          + " besides every point the screen flags (default: ${DEFAULT-VALUE}).")
  int points;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + PropertyAnalyzer.DEFAULT_SEED,
      description = "Seed of the jittered sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Time budget per function; a slower function is reported as timed out and the run"
          + " goes on (default: ${DEFAULT-VALUE}).")
  double timeout;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PropertyAnalyzer analyzer = engine(seed, timeout, points);
    long start = System.nanoTime();
    EachFunction.Results<PropertyReport> results = main.eachFunction().run(
        Selection.of(discovery.checkedRegistry(spec.commandLine().getErr()), functions),
        s -> analyzer.analyze(s.function(), s.fresh(), s.origin()));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    List<PropertyReport> reports = results.results();
    List<String> errors = results.failures();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.write(JsonReports.check(reports, errors));
    } else {
      text(out, reports, errors, analyzer, elapsed);
    }
    out.flush();
    long failed = reports.stream().filter(r -> !r.passed()).count() + errors.size();
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** The engine for the options, or a one-line error naming the bad option. */
  static PropertyAnalyzer engine(long seed, double timeoutSeconds, int points) {
    if (!(timeoutSeconds > 0 && timeoutSeconds <= 86_400)) {
      throw new UserInputException("--timeout (" + NumberText.format(timeoutSeconds, false)
          + ") must be more than 0 and at most 86400 seconds; give the seconds each function may"
          + " take (default 10)");
    }
    try {
      return new PropertyAnalyzer(seed, Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))),
          points);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--points: " + e.getMessage());
    }
  }

  private static void text(PrintWriter out, List<PropertyReport> reports, List<String> errors,
      PropertyAnalyzer analyzer, Duration elapsed) {
    for (PropertyReport r : reports) {
      out.println((r.passed() ? "PASS " : "FAIL ") + r.function() + "  (" + Origins.local(r.origin())
          + ")");
      r.derivatives().ifPresent(d -> {
        for (DerivativeReport.Form f : d.forms()) {
          out.printf(Locale.ROOT, "  f' from the %-6s %d points compared: %d wrong, %d cannot be verified,"
                  + " %d skipped; max error %.3g absolute, %.3g relative beyond the numerical error%n",
              f.name() + ":", f.checked(), f.wrong(), f.cannotVerifyCount(), f.skippedCount(),
              f.maxAbsError(), f.maxRelError());
        }
      });
      r.farSweep().ifPresent(s -> out.println("  far sweep of |x| > 1e10 and |x| < 1e-10: " + s));
      if (r.complete()) {
        long agreeing = r.verdicts().stream().filter(v -> v.agrees()).count();
        out.println("  declared vs measured: " + agreeing + " of " + r.verdicts().size()
            + " properties agree");
      }
      for (Finding f : r.findings()) {
        out.println((f.failed() ? "  ! " : "  ? cannot verify: ") + f);
      }
    }
    for (String e : errors) {
      out.println("FAIL " + e);
    }
    if (!reports.isEmpty()) {
      out.println();
      reports.get(0).derivatives().ifPresent(d -> {
        out.println("Numerical derivative: " + d.method() + ".");
        out.println("A point passes when " + d.tolerance() + ".");
      });
      out.println("Sample: " + analyzer.settings() + "; time budget " + analyzer.timeout().toMillis() / 1000.0
          + " s per function.");
    }
    long failed = reports.stream().filter(r -> !r.passed()).count() + errors.size();
    int unverified = reports.stream().mapToInt(PropertyReport::cannotVerifyCount).sum();
    out.printf(Locale.ROOT, "%d functions checked in %.1f s: %d passed, %d failed; %d points or checks"
            + " could not be verified%n", reports.size() + errors.size(), elapsed.toNanos() / 1e9,
        reports.size() + errors.size() - failed, failed, unverified);
  }
}
