package org.activations.tools.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.html.HtmlEscapers;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activations.Activation;
import org.activations.analysis.NetworkCollapse;
import org.activations.analysis.PropertyAnalyzer;

/**
 * The linear-collapse demonstration for a reader of the textbook: the network with its weights, and
 * for an affine activation the derivation of b0..b3 from the weights with the numbers (as the
 * chapter does with symbols); for a nonlinear one, what the best linear model still misses.
 */
public final class CollapseText {
  /** Terms written out one by one up to this many hidden nodes; beyond it, only the sums. */
  private static final int SHOWN_TERMS = 4;
  /** Hidden nodes listed one by one; beyond it, the count. */
  private static final int SHOWN_NODES = 10;

  private final NetworkCollapse.Result r;
  private final double a;
  private final double c;
  private final long seed;

  /**
   * The demonstration's result for {@code f}, run with {@code seed}.
   *
   * @param f the activation the result was computed with (its affine coefficients are read from it)
   */
  public CollapseText(NetworkCollapse.Result result, Activation f, long seed) {
    this.r = result;
    this.c = f.apply(0);
    this.a = f.apply(1) - c;
    this.seed = seed;
  }

  /** A number in six significant digits. */
  static String g(double v) {
    String s = String.format(Locale.ROOT, "%.6g", v);
    // Trailing zeros of the fraction say nothing here: 0.500000 is 0.5.
    if (s.contains(".") && !s.contains("e")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }

  /** A factor in a product: negative numbers in parentheses, 0.7·(-0.2). */
  private static String factor(double v) {
    return v < 0 ? "(" + g(v) + ")" : g(v);
  }

  /** b0 + b1·X1 + b2·X2 + b3·X3 with signs written as subtraction. */
  static String model(double[] b) {
    StringBuilder s = new StringBuilder("Y = ").append(g(b[0]));
    for (int j = 1; j < b.length; j++) {
      s.append(b[j] < 0 ? " - " : " + ").append(g(Math.abs(b[j]))).append("·X").append(j);
    }
    return s.toString();
  }

  /** An affine sum a + b·X + …, each later term with its own sign. */
  private static String signed(double v) {
    return (v < 0 ? " - " : " + ") + g(Math.abs(v));
  }

  /**
   * The demonstration as text.
   *
   * @param ulps also give the collapsed model's difference in units in the last place
   */
  public String text(boolean ulps) {
    NetworkCollapse.Network n = r.network();
    int hidden = n.w().length;
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "The network: 3 inputs X1, X2, X3; %d hidden node%s with %s;"
        + " one linear output Y. Random weights (seed %d):", hidden, hidden == 1 ? "" : "s",
        r.function(), seed));
    for (int h = 0; h < Math.min(hidden, SHOWN_NODES); h++) {
      lines.add(String.format(Locale.ROOT, "  H%d = %s(%s·X1%s·X2%s·X3%s)", h + 1, r.function(),
          g(n.w()[h][0]), signed(n.w()[h][1]), signed(n.w()[h][2]), signed(n.bias()[h])));
    }
    if (hidden > SHOWN_NODES) {
      lines.add("  … and " + (hidden - SHOWN_NODES) + " more hidden nodes");
    }
    StringBuilder y = new StringBuilder("  Y = ");
    for (int h = 0; h < Math.min(hidden, SHOWN_NODES); h++) {
      y.append(h == 0 ? g(n.out()[h]) : signed(n.out()[h])).append("·H").append(h + 1);
    }
    y.append(hidden > SHOWN_NODES ? " + …" : "").append(signed(n.outBias()));
    lines.add(y.toString());
    lines.add(String.format(Locale.ROOT, "Evaluated on %,d random inputs in [-3, 3]^3.", r.samples()));
    if (r.collapses() && r.collapsed() != null) {
      derivation(lines, ulps);
    } else {
      lines.add(r.function() + " is not affine, so no linear model reproduces the network.");
      lines.add("  The best linear model (least squares): " + model(r.regression()));
      lines.add(String.format(Locale.ROOT, "  It still misses the network by up to %s (%s on"
          + " average, root mean square); the largest output is %s. A collapse would leave at most"
          + " %s, the rounding of the arithmetic.", g(r.maxResidual()), g(r.rmsResidual()),
          g(r.scale()), g(PropertyAnalyzer.TOLERANCE * r.scale())));
      lines.add("  The hidden layer adds something no linear regression has: that is why neural"
          + " networks need a nonlinear activation.");
    }
    return String.join("\n", lines) + "\n";
  }

  private void derivation(List<String> lines, boolean ulps) {
    NetworkCollapse.Network n = r.network();
    int hidden = n.w().length;
    double[] b = r.collapsed();
    lines.add(String.format(Locale.ROOT, "%s is affine: %s(z) = a·z + c with a = %s and c = %s."
        + " Substituting each H into Y and grouping like terms, as the textbook does:",
        r.function(), r.function(), g(a), g(c)));
    for (int j = 1; j <= 3; j++) {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  b%d = a·(", j));
      StringBuilder numbers = new StringBuilder(g(a) + "·(");
      for (int h = 0; h < hidden; h++) {
        String plus = h == 0 ? "" : " + ";
        if (h < SHOWN_TERMS) {
          s.append(plus).append("v").append(h + 1).append("·w").append(h + 1).append(j);
          numbers.append(plus).append(factor(n.out()[h])).append("·").append(factor(n.w()[h][j - 1]));
        }
      }
      String more = hidden > SHOWN_TERMS ? " + …)" : ")";
      lines.add(s + more + " = " + numbers + more + " = " + g(b[j]));
    }
    StringBuilder s = new StringBuilder("  b0 = v0");
    StringBuilder numbers = new StringBuilder(g(n.outBias()));
    for (int h = 0; h < Math.min(hidden, SHOWN_TERMS); h++) {
      s.append(" + v").append(h + 1).append("·(a·d").append(h + 1).append(" + c)");
      numbers.append(" + ").append(factor(n.out()[h])).append("·(").append(g(a)).append("·")
          .append(factor(n.bias()[h])).append(" + ").append(g(c)).append(")");
    }
    String more = hidden > SHOWN_TERMS ? " + …" : "";
    lines.add(s + more + " = " + numbers + more + " = " + g(b[0]));
    lines.add("  (v_h is H_h's weight to Y, v0 the output's bias, w_hj the weight from X_j to H_h,"
        + " d_h H_h's bias.)");
    lines.add("So the network is linear regression:");
    lines.add("  " + model(b));
    String ulp = ulps ? String.format(Locale.ROOT, " (%.2f units in the last place)",
        r.maxCollapsedDifference() / Math.ulp(r.scale())) : "";
    lines.add(String.format(Locale.ROOT, "Checked on every input: the network and this model differ"
        + " by at most %s%s, the rounding of the arithmetic (the largest output is %s).",
        g(r.maxCollapsedDifference()), ulp, g(r.scale())));
    lines.add("A least-squares fit to the network's outputs finds the same model: "
        + model(r.regression()));
  }

  /** The demonstration as an HTML section for the report. */
  public String html() {
    return "<section id=\"collapse-" + r.function().replaceAll("[^A-Za-z0-9_-]", "_") + "\">\n<h2>"
        + (r.collapses() ? "An affine activation collapses the network to linear regression"
            : "A nonlinear activation does not collapse") + "</h2>\n"
        + "<p>The textbook shows that a network whose hidden layer is affine is linear regression."
        + " Here it is with numbers, for " + HtmlEscapers.htmlEscaper().escape(r.function())
        + ":</p>\n<pre class=\"collapse\">" + HtmlEscapers.htmlEscaper().escape(text(false))
        + "</pre>\n</section>\n";
  }

  /** The demonstration as JSON; its keys are documented in docs/json.md. */
  public String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("schema_version", JsonReports.SCHEMA_VERSION);
    root.put("activation", r.function());
    root.put("hidden", r.network().w().length);
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
      root.putObject("affine").put("a", a).put("c", c);
      root.set("collapsed", mapper.valueToTree(r.collapsed()));
      root.put("max_collapsed_difference", r.maxCollapsedDifference());
      root.put("max_collapsed_difference_ulps", r.maxCollapsedDifference() / Math.ulp(r.scale()));
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
