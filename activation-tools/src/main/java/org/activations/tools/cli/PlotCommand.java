package org.activations.tools.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.analysis.PropertyReport;
import org.activations.tools.render.FigureImages;
import org.activations.tools.render.FunctionFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code activations plot}: the textbook's figures for every discovered function. */
@Command(name = "plot", mixinStandardHelpOptions = true,
    header = "Draw each function (red) and its derivative (blue) into SVG and PNG files.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED,
        ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  activations plot", "  activations plot --functions sigmoid,tanh --format svg --out /tmp/plots --grid"},
    description = {"Draw each function in red and its derivative in blue, as in the textbook, for"
        + " every discovered activation: NAME.svg and/or NAME.png in the output folder.",
        "Jumps are drawn with open and filled dots, never joined by a vertical line."})
final class PlotCommand implements Callable<Integer> {
  enum Format { SVG, PNG, BOTH }

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "plots",
      description = "Output folder, created if missing (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "both",
      description = "svg, png or both (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--functions", paramLabel = "NAME", split = ",",
      description = "Only these functions (default: all).")
  List<String> functions = new ArrayList<>();

  @Option(names = "--x-range", paramLabel = "MIN:MAX", defaultValue = "-3:3",
      converter = AxisRange.Converter.class, description = "x axis (default: ${DEFAULT-VALUE}).")
  AxisRange xRange;

  @Option(names = "--y-range", paramLabel = "MIN:MAX", defaultValue = "-3:3",
      converter = AxisRange.Converter.class, description = "y axis (default: ${DEFAULT-VALUE}).")
  AxisRange yRange;

  @Option(names = "--grid", description = "Also write one figure with a row per function"
      + " (activations-grid.svg/png), the textbook's layout.")
  boolean grid;

  @Override
  public Integer call() {
    List<Selection.Selected> selected =
        Selection.of(discovery.checkedRegistry(spec.commandLine().getErr()), functions);
    Path dir = OutputFolder.prepare(out);
    FunctionFigure.Window window =
        new FunctionFigure.Window(xRange.min(), xRange.max(), yRange.min(), yRange.max());
    PropertyAnalyzer analyzer = new PropertyAnalyzer();
    PrintWriter stdout = spec.commandLine().getOut();
    EachFunction.Results<FunctionFigure> figures = main.eachFunction().run(selected, s -> {
      PropertyReport report = analyzer.analyze(s.function(), s.fresh(), s.origin());
      FunctionFigure figure = new FunctionFigure(s.function(), report.discontinuities(), window);
      // Drawn before anything is written, so that a function that fails leaves no file behind.
      write(dir, FileName.of(s.function().spec()), List.of(figure), stdout);
      return figure;
    });
    if (grid && !figures.results().isEmpty()) {
      write(dir, "activations-grid", figures.results(), stdout);
    }
    return EachFunction.finish(spec.commandLine().getErr(), figures.failures(), "drawn");
  }

  private void write(Path dir, String name, List<FunctionFigure> rows, PrintWriter stdout) {
    byte[] svg = format == Format.PNG ? null : FigureImages.svg(rows).getBytes(StandardCharsets.UTF_8);
    byte[] png = format == Format.SVG ? null : FigureImages.png(rows);
    if (svg != null) {
      stdout.println(OutputFile.write(dir.resolve(name + ".svg"), svg));
    }
    if (png != null) {
      stdout.println(OutputFile.write(dir.resolve(name + ".png"), png));
    }
    stdout.flush();
  }
}
