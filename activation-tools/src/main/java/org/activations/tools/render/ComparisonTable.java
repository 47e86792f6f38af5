package org.activations.tools.render;

import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.activations.analysis.Property;
import org.activations.analysis.PropertyReport;
import org.activations.analysis.Verdict;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The comparison table of measured properties, in the textbook's layout (properties as rows,
 * functions as columns) or transposed (functions as rows, as on comparison pages).
 */
public final class ComparisonTable {
  private final List<PropertyReport> reports;
  private final boolean transpose;

  /**
   * A table of {@code reports}, in their order.
   *
   * @param transpose true for functions as rows
   */
  public ComparisonTable(List<PropertyReport> reports, boolean transpose) {
    this.reports = List.copyOf(reports);
    this.transpose = transpose;
  }

  /** The table in {@code format}; JSON carries every verdict with its evidence. */
  public String render(TableFormat format) {
    return switch (format) {
      case MARKDOWN -> markdown();
      case CSV -> csv();
      case JSON -> JsonReports.table(reports);
      case HTML -> HtmlPage.page("Activation functions compared", html());
    };
  }

  /** Rows of cells, header first, in the chosen orientation. */
  private List<List<String>> grid(boolean cellText) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    if (transpose) {
      header.add("Function");
      for (Property p : Property.values()) {
        header.add(p.title());
      }
      rows.add(header);
      for (PropertyReport r : reports) {
        List<String> row = new ArrayList<>();
        row.add(r.function());
        for (Property p : Property.values()) {
          row.add(cell(r.find(p), cellText));
        }
        rows.add(row);
      }
    } else {
      header.add("Property");
      reports.forEach(r -> header.add(r.function()));
      rows.add(header);
      for (Property p : Property.values()) {
        List<String> row = new ArrayList<>();
        row.add(p.title());
        reports.forEach(r -> row.add(cell(r.find(p), cellText)));
        rows.add(row);
      }
    }
    return rows;
  }

  private static String cell(java.util.Optional<Verdict> v, boolean cellText) {
    return cellText ? Cells.text(v) : v.map(Verdict::value).orElse(Cells.NOT_MEASURED);
  }

  private String markdown() {
    List<List<String>> rows = grid(true);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      s.append('|');
      for (String c : rows.get(i)) {
        s.append(' ').append(c.replace("|", "\\|")).append(" |");
      }
      s.append('\n');
      if (i == 0) {
        s.append('|').append("---|".repeat(rows.get(0).size())).append('\n');
      }
    }
    s.append('\n').append(legend()).append('\n');
    return s.toString();
  }

  private String legend() {
    long findings = reports.stream().mapToLong(r -> r.verdicts().stream().filter(v -> !v.agrees()).count())
        .sum();
    String settings = reports.isEmpty() ? "" : " Measured on: " + reports.get(0).settings() + ".";
    return "✅ yes, ❌ no, ⚠️ partly or cannot verify; " + Cells.FINDING + " the measurement contradicts the provider's"
        + " declaration (" + findings + " such cell" + (findings == 1 ? "" : "s") + ")." + settings;
  }

  private String csv() {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      // Every cell's text, as in the Markdown table: "C^∞ declared, C^2 measured", not "C^2".
      for (List<String> row : grid(true)) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The table as an HTML fragment, with the full evidence in each cell's tooltip. */
  public String html() {
    StringBuilder s = new StringBuilder("<table class=\"comparison\">\n");
    List<List<String>> rows = grid(true);
    for (int i = 0; i < rows.size(); i++) {
      s.append("<tr>");
      for (int j = 0; j < rows.get(i).size(); j++) {
        String text = symbols(HtmlEscapers.htmlEscaper().escape(rows.get(i).get(j)));
        if (i == 0 || j == 0) {
          s.append(i == 0 ? "<th scope=\"col\">" : "<th scope=\"row\">").append(text).append("</th>");
        } else {
          java.util.Optional<Verdict> v = verdictAt(i, j);
          boolean agrees = v.map(Verdict::agrees).orElse(true);
          s.append("<td").append(agrees ? "" : " class=\"finding\"").append(" title=\"")
              .append(HtmlEscapers.htmlEscaper().escape(v.map(Verdict::evidence).orElse("not measured")))
              .append("\">").append(text).append("</td>");
        }
      }
      s.append("</tr>\n");
    }
    s.append("</table>\n<p class=\"legend\">").append(symbols(HtmlEscapers.htmlEscaper().escape(legend())))
        .append("</p>\n");
    return s.toString();
  }

  /** The marks as text symbols that every font has (the emoji need an emoji font), coloured by CSS. */
  private static String symbols(String html) {
    return html.replace("✅", "<span class=\"yes\">✓</span>")
        .replace("❌", "<span class=\"no\">✗</span>")
        .replace("⚠️", "<span class=\"partly\">~</span>")
        .replace(Cells.FINDING, "<span class=\"flag\">!</span>");
  }

  private java.util.Optional<Verdict> verdictAt(int row, int column) {
    return transpose
        ? reports.get(row - 1).find(Property.values()[column - 1])
        : reports.get(column - 1).find(Property.values()[row - 1]);
  }
}
