package org.activations.tools.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activations.analysis.NetworkCollapse;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.tools.render.CollapseText;
import org.activations.analysis.PropertyReport;
import org.activations.tools.render.FunctionFigure;
import org.activations.tools.render.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code activations report}: everything on one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Write one self-contained HTML page with the table, formulas and figures.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED,
        ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  activations report", "  activations report --with-pack --out /tmp/report.html"},
    description = "Write one self-contained HTML page (inline SVG and CSS, no scripts, no network)"
        + " with the comparison table and, per function, its formulas, figure, derivative"
        + " validation and measured properties.")
final class ReportCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html",
      description = "The HTML file to write, whole or not at all; - for standard output"
          + " (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--functions", paramLabel = "NAME", split = ",",
      description = "Only these functions (default: all).")
  List<String> functions = new ArrayList<>();

  /**
   * The linear-collapse demonstration for the first affine function of the report and the first
   * nonlinear one (either may be missing); a function that fails here is left out of it.
   */
  private static String collapse(List<ReportPage.Entry> entries) {
    StringBuilder sections = new StringBuilder();
    boolean affine = false;
    boolean nonlinear = false;
    for (ReportPage.Entry e : entries) {
      if (affine && nonlinear) {
        break;
      }
      NetworkCollapse.Result r;
      try {
        r = new NetworkCollapse().run(e.function(), 2, 1, CollapseCommand.SAMPLES);
      } catch (RuntimeException failed) {
        continue; // already reported, or to be: this section is an illustration
      }
      if (r.collapses() ? !affine : !nonlinear) {
        sections.append(new CollapseText(r, e.function(), 1).html());
        affine |= r.collapses();
        nonlinear |= !r.collapses();
      }
    }
    return sections.toString();
  }

  @Override
  public Integer call() {
    PropertyAnalyzer analyzer = new PropertyAnalyzer();
    List<Selection.Selected> selected =
        Selection.of(discovery.checkedRegistry(spec.commandLine().getErr()), functions);
    OutputFile.path(out);
    EachFunction.Results<ReportPage.Entry> entries = main.eachFunction().run(selected, s -> {
      PropertyReport report = analyzer.analyze(s.function(), s.fresh(), s.origin());
      FunctionFigure figure =
          new FunctionFigure(s.function(), report.discontinuities(), FunctionFigure.Window.TEXTBOOK);
      // Sampled now, inside the loop, so that a function whose code fails is left out here.
      figure.functionPanel();
      figure.derivativePanel();
      return new ReportPage.Entry(s.function(), report, figure);
    });
    String wrote = OutputFile.write(out, ReportPage.render(entries.results(),
        collapse(entries.results())), spec.commandLine().getOut());
    if (wrote != null) {
      spec.commandLine().getOut().println(wrote);
    }
    return EachFunction.finish(spec.commandLine().getErr(), entries.failures(),
        "written to the report");
  }
}
