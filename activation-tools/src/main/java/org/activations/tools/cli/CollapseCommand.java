package org.activations.tools.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.activations.Activation;
import org.activations.analysis.NetworkCollapse;
import org.activations.tools.render.CollapseText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code activations collapse}: the textbook's proof that a linear network is linear regression. */
@Command(name = "collapse", mixinStandardHelpOptions = true,
    header = "Show with numbers whether a network with this activation is linear regression.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED,
        ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  activations collapse linear", "  activations collapse sigmoid --hidden 4 --seed 7"},
    description = {"Build the textbook's network (3 inputs, a hidden layer of the activation, one linear"
        + " output) with random weights and show, with numbers, whether it collapses to linear"
        + " regression: for an affine activation, the coefficients b0..b3 from the weights and the"
        + " rounding-level difference; for a nonlinear one, the residual no linear model removes."})
final class CollapseCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  /** Random inputs tried. */
  static final int SAMPLES = 10_000;

  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
      description = "The hidden layer's activation: a name, alias or spec such as"
          + " 'leaky_relu(alpha=0.2)'.")
  String name;

  @Option(names = "--activation", paramLabel = "NAME", hidden = true,
      description = "The same as NAME (kept for old scripts).")
  String activation;

  @Option(names = "--hidden", paramLabel = "N", defaultValue = "2",
      description = "Hidden nodes (default: ${DEFAULT-VALUE}, as in the textbook).")
  int hidden;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the weights and inputs (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--ulps", description = "Also give the collapsed model's difference from the"
      + " network in units in the last place of the largest output.")
  boolean ulps;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    if (hidden < 1 || hidden > 10_000) {
      throw new UserInputException("--hidden (" + hidden + ") must be between 1 and 10000");
    }
    if (name == null && activation == null) {
      throw new UserInputException("collapse needs an activation: write activations collapse NAME"
          + " (for example, activations collapse linear)");
    }
    if (name != null && activation != null && !name.equals(activation)) {
      throw new UserInputException("two activations given, '" + name + "' and --activation '"
          + activation + "'; give one");
    }
    Activation f = Selection.one(discovery.checkedRegistry(spec.commandLine().getErr()),
        name != null ? name : activation);
    CollapseText demo = new CollapseText(new NetworkCollapse().run(f, hidden, seed, SAMPLES), f, seed);
    PrintWriter out = spec.commandLine().getOut();
    out.write(format == Format.JSON ? demo.json() : demo.text(ulps));
    out.flush();
    return ExitCodes.OK;
  }

}
