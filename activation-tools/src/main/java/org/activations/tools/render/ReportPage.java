package org.activations.tools.render;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.Formula;
import org.activations.analysis.DerivativeReport;
import org.activations.analysis.Finding;
import org.activations.analysis.PropertyReport;
import org.activations.analysis.Verdict;

/**
 * The whole report as one self-contained HTML page: the comparison table, then a section per function
 * with its formulas, its figure (inline SVG), its derivative validation and its measured properties.
 * The page is also well-formed XML, so it can be checked with any XML parser.
 */
public final class ReportPage {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /**
   * One function's part of the report.
   *
   * @param function the function
   * @param report what was measured
   * @param figure its figure
   */
  public record Entry(Activation function, PropertyReport report, FunctionFigure figure) {}

  private ReportPage() {}

  /** The page for {@code entries}, in their order. */
  public static String render(List<Entry> entries) {
    return render(entries, "");
  }

  /** The page for {@code entries}, with {@code sections} (HTML) after the functions' sections. */
  public static String render(List<Entry> entries, String sections) {
    StringBuilder s = new StringBuilder();
    s.append("<p>Every value on this page was measured at run time on the functions that were"
        + " discovered; nothing is copied from a table. Hover a cell for its evidence.</p>\n");
    s.append("<nav><p>Functions: ");
    for (int i = 0; i < entries.size(); i++) {
      String name = entries.get(i).report().function();
      s.append(i == 0 ? "" : ", ").append("<a href=\"#").append(id(name)).append("\">")
          .append(HTML.escape(name)).append("</a>");
    }
    s.append("</p></nav>\n<h2>Comparison</h2>\n");
    s.append(new ComparisonTable(entries.stream().map(Entry::report).toList(), false).html());
    for (Entry e : entries) {
      section(s, e);
    }
    s.append(sections);
    if (!entries.isEmpty()) {
      s.append("<p class=\"settings\">Measured on: ").append(HTML.escape(entries.get(0).report().settings()))
          .append(".</p>\n");
    }
    return HtmlPage.page("Activation functions: measured report", s.toString());
  }

  private static String id(String name) {
    return "fn-" + name.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static void section(StringBuilder s, Entry e) {
    ActivationInfo info = e.function().info();
    PropertyReport r = e.report();
    s.append("<section id=\"").append(id(r.function())).append("\">\n<h2>")
        .append(HTML.escape(r.function())).append("</h2>\n<p>").append(HTML.escape(info.description()));
    if (!info.aliases().isEmpty()) {
      s.append(" (also known as ").append(HTML.escape(String.join(", ", info.aliases()))).append(')');
    }
    s.append(". From ").append(HTML.escape(Origins.shown(r.origin())))
        .append(".</p>\n<table class=\"formulas\">\n");
    formula(s, "f(x)", info.function());
    formula(s, "f′(x)", info.derivative());
    info.derivativeFromOutput().ifPresentOrElse(f -> formula(s, "f′ from y = f(x)", f),
        () -> s.append("<tr><th scope=\"row\">f′ from y</th><td colspan=\"2\">none: f′ needs the"
            + " input x</td></tr>\n"));
    s.append("<tr><th scope=\"row\">range</th><td colspan=\"2\">").append(HTML.escape(info.range().toString()))
        .append("</td></tr>\n</table>\n");
    s.append("<figure>").append(FigureImages.svgElement(List.of(e.figure()), id(r.function())))
        .append("<figcaption>").append(HTML.escape(r.function()))
        .append(" in red and its derivative in blue.</figcaption></figure>\n");
    derivatives(s, r.derivatives());
    s.append("<h3>Measured properties</h3>\n<table class=\"properties\">\n<tr><th scope=\"col\">property</th>"
        + "<th scope=\"col\">measured</th><th scope=\"col\">evidence</th><th scope=\"col\">declared</th></tr>\n");
    for (Verdict v : r.verdicts()) {
      s.append("<tr").append(v.agrees() ? "" : " class=\"finding\"").append("><th scope=\"row\">")
          .append(HTML.escape(v.property().title())).append("</th><td>").append(HTML.escape(v.value()))
          .append("</td><td>").append(HTML.escape(v.evidence())).append("</td><td>")
          .append(HTML.escape(v.declared() == null ? "" : v.declared())).append("</td></tr>\n");
    }
    s.append("</table>\n");
    List<Finding> findings = r.findings();
    s.append(findings.isEmpty() ? "<p>No findings: every check passed and every declaration agrees with"
        + " its measurement.</p>\n" : "<h3>Findings</h3>\n<ul>\n");
    for (Finding f : findings) {
      s.append("<li>").append(f.failed() ? "<strong>fails</strong> " : "cannot verify: ")
          .append(HTML.escape(f.toString())).append("</li>\n");
    }
    if (!findings.isEmpty()) {
      s.append("</ul>\n");
    }
    s.append("</section>\n");
  }

  private static void formula(StringBuilder s, String label, Formula f) {
    s.append("<tr><th scope=\"row\">").append(HTML.escape(label)).append("</th><td class=\"math\">")
        .append(MathMarkup.of(f.latex())).append("</td><td><code>").append(HTML.escape(f.text()))
        .append("</code></td></tr>\n");
  }

  private static void derivatives(StringBuilder s, java.util.Optional<DerivativeReport> report) {
    if (report.isEmpty()) {
      s.append("<h3>Derivative validation: not run</h3>\n");
      return;
    }
    DerivativeReport d = report.get();
    String verdict = switch (d.validation()) {
      case VALIDATED -> "passed";
      case WRONG -> "FAILED";
      case CANNOT_VERIFY -> "passed where it could be verified";
    };
    s.append("<h3>Derivative validation: ").append(verdict).append("</h3>\n")
        .append("<p>").append(HTML.escape(d.method())).append("; a point passes when ")
        .append(HTML.escape(d.tolerance())).append(".</p>\n<table class=\"derivatives\">\n")
        .append("<tr><th scope=\"col\">form</th><th scope=\"col\">points</th><th scope=\"col\">skipped</th>"
            + "<th scope=\"col\">cannot verify</th><th scope=\"col\">max abs error</th>"
            + "<th scope=\"col\">max rel error</th><th scope=\"col\">wrong</th></tr>\n");
    for (DerivativeReport.Form f : d.forms()) {
      s.append("<tr><td>from the ").append(f.name()).append("</td><td>").append(f.checked())
          .append("</td><td>").append(f.skippedCount()).append("</td><td>").append(f.cannotVerifyCount())
          .append("</td><td>").append(String.format(Locale.ROOT, "%.3g", f.maxAbsError())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.3g", f.maxRelError())).append("</td><td>")
          .append(f.wrong()).append("</td></tr>\n");
    }
    s.append("</table>\n");
  }
}
