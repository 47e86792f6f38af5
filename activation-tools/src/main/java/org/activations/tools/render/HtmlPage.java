package org.activations.tools.render;

import com.google.common.html.HtmlEscapers;

/** A self-contained HTML page: inline CSS, no script, no network. */
public final class HtmlPage {
  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 80em; color: #222; }
      table { border-collapse: collapse; margin: 1em 0; }
      th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
      th { background: #f2f2f2; }
      td.finding, tr.finding { background: #fde2e2; }
      .yes { color: #1a7f37; font-weight: bold; }
      .no { color: #cf222e; font-weight: bold; }
      .partly { color: #9a6700; font-weight: bold; }
      .flag { color: #cf222e; font-weight: bold; }
      .legend, .settings { color: #555; font-size: 0.9em; }
      code, pre { font-family: ui-monospace, monospace; }
      pre { background: #f7f7f7; padding: 0.5em; overflow-x: auto; }
      section { margin-top: 2em; border-top: 1px solid #ddd; }
      .math { font-family: 'Latin Modern Math', 'STIX Two Math', serif; font-style: italic; }
      """;

  private HtmlPage() {}

  /** A complete page with the given title and body HTML. */
  public static String page(String title, String body) {
    String t = HtmlEscapers.htmlEscaper().escape(title);
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + t
        + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<h1>" + t + "</h1>\n" + body
        + "</body>\n</html>\n";
  }
}
