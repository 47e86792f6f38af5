package org.activations.tools.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.activations.analysis.Concern;
import org.activations.analysis.Finding;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.analysis.PropertyReport;
import org.activations.tools.render.ComparisonTable;
import org.activations.tools.render.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code activations table}: the comparison table, measured on every discovered function. */
@Command(name = "table", mixinStandardHelpOptions = true,
    header = "Measure every property of every function: the comparison table.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED,
        ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  activations table", "  activations table --with-pack --format csv --out table.csv", "  activations table --functions relu,'leaky_relu(alpha=0.2)' --with-pack --transpose"},
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

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Time budget per function; a slower function's column reads \"not measured\" and its"
          + " timeout is reported (default: ${DEFAULT-VALUE}).")
  double timeout;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    PropertyAnalyzer analyzer = CheckCommand.engine(PropertyAnalyzer.DEFAULT_SEED, timeout,
        PropertyAnalyzer.DEFAULT_POINTS);
    EachFunction.Results<PropertyReport> reports = main.eachFunction().run(
        Selection.of(discovery.checkedRegistry(spec.commandLine().getErr()), functions),
        s -> analyzer.analyze(s.function(), s.fresh(), s.origin()));
    // a function that threw or ran out of time was not measured: left out and reported, as a crash is
    List<PropertyReport> measured = new ArrayList<>();
    List<String> leftOut = new ArrayList<>(reports.failures());
    for (PropertyReport r : reports.results()) {
      Optional<Finding> stop = r.failures().stream()
          .filter(f -> f.concern() == Concern.THROWS || f.concern() == Concern.TIMEOUT).findFirst();
      if (stop.isPresent()) {
        leftOut.add(r.function() + " (" + r.origin() + "): " + stop.get());
      } else {
        measured.add(r);
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    String wrote = OutputFile.write(out,
        new ComparisonTable(measured, transpose).render(format), stdout);
    if (wrote != null) {
      stdout.println(wrote);
    }
    return EachFunction.finish(spec.commandLine().getErr(), leftOut, "measured");
  }
}
