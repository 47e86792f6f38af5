package org.activations.tools.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activations.Activation;
import org.activations.analysis.NetworkCollapse;
import org.activations.analysis.PropertyAnalyzer;
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
    NetworkCollapse.Result r = new NetworkCollapse().run(f, hidden, seed, SAMPLES);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.write(json(r));
    } else {
      text(out, r);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String g(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  /** b0 + b1·X1 + b2·X2 + b3·X3 with signs written as subtraction. */
  private static String model(double[] b) {
    StringBuilder s = new StringBuilder("Y = ").append(g(b[0]));
    for (int j = 1; j < b.length; j++) {
      s.append(b[j] < 0 ? " - " : " + ").append(g(Math.abs(b[j]))).append("·X").append(j);
    }
    return s.toString();
  }

  private void text(PrintWriter out, NetworkCollapse.Result r) {
    NetworkCollapse.Network n = r.network();
    out.printf("Network: 3 inputs, %d hidden node%s with %s, 1 linear output; normal random weights"
        + " (seed %d)%n", hidden, hidden == 1 ? "" : "s", r.function(), seed);
    for (int h = 0; h < n.w().length && h < 10; h++) {
      out.printf("  H%d = %s(%s·X1 + %s·X2 + %s·X3 + %s), weight to Y: %s%n", h + 1, r.function(),
          g(n.w()[h][0]), g(n.w()[h][1]), g(n.w()[h][2]), g(n.bias()[h]), g(n.out()[h]));
    }
    out.printf("  Y bias: %s%n", g(n.outBias()));
    out.printf("Evaluated on %,d random inputs in [-3, 3]^3.%n", r.samples());
    double[] b = r.regression();
    if (r.collapses()) {
      double[] c = r.collapsed();
      out.printf("%s is affine, so the network collapses to linear regression:%n", r.function());
      out.println("  " + model(c));
      out.println("  (b0..b3 grouped from the weights term by term, as in the textbook's derivation)");
      out.printf("  largest |network - collapsed model| over the inputs: %.3g (%.2f ulp of the"
          + " largest prediction %.4g: rounding)%n", r.maxCollapsedDifference(),
          r.maxCollapsedDifference() / Math.ulp(r.scale()), r.scale());
      out.printf("  least-squares fit agrees: %s, largest residual %.3g%n", model(b), r.maxResidual());
    } else {
      out.printf("%s is nonlinear, so no linear model reproduces the network:%n", r.function());
      out.println("  best linear regression: " + model(b));
      out.printf("  its residual: largest %.4g, RMS %.4g (largest |prediction| %.4g; a collapse"
          + " would leave at most %.3g)%n", r.maxResidual(), r.rmsResidual(), r.scale(),
          PropertyAnalyzer.TOLERANCE * r.scale());
    }
  }

  private String json(NetworkCollapse.Result r) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("activation", r.function());
    root.put("hidden", hidden);
    root.put("seed", seed);
    root.put("samples", r.samples());
    root.put("collapses", r.collapses());
    ObjectNode network = root.putObject("network");
    network.set("input_weights", mapper.valueToTree(r.network().w()));
    network.set("hidden_biases", mapper.valueToTree(r.network().bias()));
    network.set("output_weights", mapper.valueToTree(r.network().out()));
    network.put("output_bias", r.network().outBias());
    root.set("regression", mapper.valueToTree(r.regression()));
    root.put("max_residual", r.maxResidual());
    root.put("rms_residual", r.rmsResidual());
    root.put("max_abs_prediction", r.scale());
    if (r.collapsed() != null) {
      root.set("collapsed", mapper.valueToTree(r.collapsed()));
      root.put("max_collapsed_difference", r.maxCollapsedDifference());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
