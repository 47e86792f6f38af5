package org.activations.tools.render;

/** The formats of the comparison table. */
public enum TableFormat {
  /** A Markdown table, the textbook's layout: properties as rows, functions as columns. */
  MARKDOWN,
  /** CSV (RFC 4180) with every cell's text, as in the Markdown table. */
  CSV,
  /** JSON with every verdict, its evidence and the derivative validation. */
  JSON,
  /** A self-contained HTML page. */
  HTML
}
