package org.activations.tools.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activations.analysis.DerivativeChecker;
import org.activations.analysis.DerivativeReport;
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

/** {@code activations check}: derivative validation and declared-versus-measured, per function. */
@Command(name = "check", mixinStandardHelpOptions = true,
    header = "Check both derivatives and every declared property against measurements.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED,
        ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  activations check", "  activations check --with-pack --format json > check.json"},
    description = {"Validate both derivative forms of every discovered activation against a numerical"
        + " derivative, and compare every declared property with its measurement.",
        "Exit status 0 when every function passes, 1 when any fails (the report says which and why)."})
final class CheckCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;

  @Option(names = "--functions", paramLabel = "NAME", split = ",",
      description = "Only these functions (default: all).")
  List<String> functions = new ArrayList<>();

  @Option(names = "--points", paramLabel = "N", defaultValue = "" + DerivativeChecker.DEFAULT_POINTS,
      description = "Points per function for the derivative check, at least 100 (default: ${DEFAULT-VALUE}).")
  int points;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DerivativeChecker.DEFAULT_SEED,
      description = "Seed of the random points (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    DerivativeChecker checker;
    try {
      checker = new DerivativeChecker(points, seed, DerivativeChecker.DEFAULT_RELATIVE_TOLERANCE);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--points: " + e.getMessage());
    }
    PropertyAnalyzer analyzer = new PropertyAnalyzer(checker);
    EachFunction.Results<PropertyReport> results = main.eachFunction().run(
        Selection.of(discovery.checkedRegistry(spec.commandLine().getErr()), functions),
        s -> analyzer.analyze(s.function(), s.origin()));
    List<PropertyReport> reports = results.results();
    List<String> errors = results.failures();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.write(JsonReports.check(reports, errors));
    } else {
      text(out, reports, errors, analyzer);
    }
    out.flush();
    long failed = reports.stream().filter(r -> !r.passed()).count() + errors.size();
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static void text(PrintWriter out, List<PropertyReport> reports, List<String> errors,
      PropertyAnalyzer analyzer) {
    for (PropertyReport r : reports) {
      out.println((r.passed() ? "PASS " : "FAIL ") + r.function() + "  (" + Origins.local(r.origin())
          + ")");
      for (DerivativeReport.Form f : r.derivatives().forms()) {
        out.printf(Locale.ROOT, "  f' from the %-6s %d points checked, %d skipped; max error %.3g"
                + " absolute, %.3g relative; %s%n",
            f.name() + ":", f.checked(), f.skippedCount(), f.maxAbsError(), f.maxRelError(),
            f.passed() ? "all within tolerance" : f.failures() + " beyond tolerance");
      }
      long agreeing = r.verdicts().stream().filter(v -> v.agrees()).count();
      out.println("  declared vs measured: " + agreeing + " of " + r.verdicts().size()
          + " properties agree");
      r.findings().forEach(f -> out.println("  ! " + f));
    }
    for (String e : errors) {
      out.println("FAIL " + e);
    }
    if (!reports.isEmpty()) {
      out.println();
      out.println("Numerical derivative: " + reports.get(0).derivatives().method() + ".");
      out.println("A point passes when " + reports.get(0).derivatives().tolerance() + ".");
      out.println("Sample: " + analyzer.settings() + ".");
    }
    long failed = reports.stream().filter(r -> !r.passed()).count() + errors.size();
    out.println((reports.size() + errors.size()) + " functions checked: "
        + (reports.size() + errors.size() - failed) + " passed, " + failed + " failed");
  }
}
