package org.activations.tools.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activations.analysis.FunctionFailedException;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.analysis.PropertyReport;
import org.activations.tools.render.ComparisonTable;
import org.activations.tools.render.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code activations table}: the comparison table, measured on every discovered function. */
@Command(name = "table", mixinStandardHelpOptions = true,
    description = {"Measure every property of every discovered activation and print the comparison"
        + " table: properties as rows and functions as columns, as in the textbook.",
        "Cells marked ❗ are where the measurement contradicts the provider's declaration."})
final class TableCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown, csv, json or html (default: ${DEFAULT-VALUE}).")
  TableFormat format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (whole or not at all) instead of standard output.")
  String out;

  @Option(names = "--functions", paramLabel = "NAME", split = ",",
      description = "Only these functions, in this order (default: all, sorted by name).")
  List<String> functions = new ArrayList<>();

  @Option(names = "--transpose", description = "Functions as rows, properties as columns.")
  boolean transpose;

  @Override
  public Integer call() {
    PropertyAnalyzer analyzer = new PropertyAnalyzer();
    List<PropertyReport> reports = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Selection.Selected s : Selection.of(discovery.checkedRegistry(spec.commandLine().getErr()), functions)) {
      try {
        reports.add(analyzer.analyze(s.function(), s.origin()));
      } catch (FunctionFailedException e) {
        errors.add(e.getMessage());
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    OutputFile.write(out, new ComparisonTable(reports, transpose).render(format), stdout);
    if (!errors.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      errors.forEach(e -> err.println("activations: left out of the table: " + e));
      throw new RunFailedException(errors.size() + " function" + (errors.size() == 1 ? "" : "s")
          + " could not be measured (see above)");
    }
    return ExitCodes.OK;
  }
}
