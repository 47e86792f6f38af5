package org.activations.tools.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.analysis.PropertyReport;
import org.activations.tools.render.FunctionFigure;
import org.activations.tools.render.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code activations report}: everything on one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write one self-contained HTML page (inline SVG and CSS, no network) with the"
        + " comparison table and, per function, its formulas, figure, derivative validation and"
        + " measured properties.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "The HTML file to write (whole or not at all).")
  String out;

  @Option(names = "--functions", paramLabel = "NAME", split = ",",
      description = "Only these functions (default: all).")
  List<String> functions = new ArrayList<>();

  @Override
  public Integer call() {
    PropertyAnalyzer analyzer = new PropertyAnalyzer();
    List<ReportPage.Entry> entries = new ArrayList<>();
    for (Selection.Selected s : Selection.of(discovery.checkedRegistry(spec.commandLine().getErr()), functions)) {
      PropertyReport report = analyzer.analyze(s.function(), s.origin());
      entries.add(new ReportPage.Entry(s.function(), report,
          new FunctionFigure(s.function(), report.discontinuities(), FunctionFigure.Window.SEED)));
    }
    OutputFile.write(out, ReportPage.render(entries), spec.commandLine().getOut());
    spec.commandLine().getOut().println(out);
    return ExitCodes.OK;
  }
}
