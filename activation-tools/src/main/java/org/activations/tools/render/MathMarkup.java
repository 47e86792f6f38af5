package org.activations.tools.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A formula's LaTeX as MathML, which current browsers display natively: no script, no font, no
 * network. It reads the LaTeX that formulas are written in (fractions, roots, scripts,
 * {@code \left( \right)}, {@code cases}, Greek letters, function names, spacing, {@code \text});
 * an unknown command is shown by its name, and LaTeX it cannot read at all (unbalanced braces) is
 * shown as its source text, so a plugin's formula never breaks the page.
 */
public final class MathMarkup {
  private final String tex;
  private int at;

  private MathMarkup(String tex) {
    this.tex = tex;
  }

  /** The {@code <math>} element for {@code latex}, with the source as its {@code alttext}. */
  public static String of(String latex) {
    String body;
    try {
      MathMarkup m = new MathMarkup(latex);
      body = m.row(false);
      if (m.at < latex.length()) {
        throw new IllegalArgumentException("unbalanced '}' at " + m.at);
      }
    } catch (IllegalArgumentException e) {
      body = "<mtext>" + escape(latex) + "</mtext>";
    }
    return "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"" + escape(latex) + "\">"
        + "<mrow>" + body + "</mrow></math>";
  }

  /** Atoms with their scripts up to the end, a closing brace, or (in a table) {@code &}/{@code \\}. */
  private String row(boolean inTable) {
    StringBuilder s = new StringBuilder();
    while (true) {
      skipSpaces();
      if (at >= tex.length() || peek('}')) {
        return s.toString();
      }
      if (inTable && (peek('&') || tex.startsWith("\\\\", at) || tex.startsWith("\\end", at))) {
        return s.toString();
      }
      if (tex.startsWith("\\right", at)) {
        return s.toString();
      }
      s.append(scripted());
    }
  }

  private String scripted() {
    String base = atom();
    String sub = null;
    String sup = null;
    while (true) {
      skipSpaces();
      if (peek('^') && sup == null) {
        at++;
        sup = atom();
      } else if (peek('_') && sub == null) {
        at++;
        sub = atom();
      } else {
        break;
      }
    }
    if (sub != null && sup != null) {
      return "<msubsup>" + base + sub + sup + "</msubsup>";
    }
    if (sup != null) {
      return "<msup>" + base + sup + "</msup>";
    }
    return sub != null ? "<msub>" + base + sub + "</msub>" : base;
  }

  private String atom() {
    skipSpaces();
    if (at >= tex.length()) {
      throw new IllegalArgumentException("missing an argument at the end");
    }
    char c = tex.charAt(at);
    if (c == '{') {
      return "<mrow>" + group() + "</mrow>";
    }
    if (c == '\\') {
      return command();
    }
    if (Character.isDigit(c) || (c == '.' && at + 1 < tex.length()
        && Character.isDigit(tex.charAt(at + 1)))) {
      int start = at;
      while (at < tex.length() && (Character.isDigit(tex.charAt(at)) || tex.charAt(at) == '.')) {
        at++;
      }
      return "<mn>" + tex.substring(start, at) + "</mn>";
    }
    at++;
    if (Character.isLetter(c)) {
      return "<mi>" + escape(String.valueOf(c)) + "</mi>";
    }
    if (c == '}' || c == '&') {
      throw new IllegalArgumentException("unexpected '" + c + "'");
    }
    String op = c == '-' ? "−" : c == '*' ? "∗" : c == '\'' ? "′" : String.valueOf(c);
    return "<mo>" + escape(op) + "</mo>";
  }

  /** A command's argument: a group, or one token, where a digit is one digit ({@code \\frac16}). */
  private String argument() {
    skipSpaces();
    if (at < tex.length() && Character.isDigit(tex.charAt(at))) {
      return "<mn>" + tex.charAt(at++) + "</mn>";
    }
    return atom();
  }

  /** {@code {…}}: the row inside the braces. */
  private String group() {
    expect('{');
    String inside = row(false);
    expect('}');
    return inside;
  }

  /** The raw text of {@code {…}} (for \text and \operatorname). */
  private String rawGroup() {
    expect('{');
    int start = at;
    int depth = 1;
    while (at < tex.length()) {
      char c = tex.charAt(at);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        break;
      }
      at++;
    }
    String text = tex.substring(start, at);
    expect('}');
    return text;
  }

  private String command() {
    at++; // the backslash
    if (at >= tex.length()) {
      throw new IllegalArgumentException("a lone backslash");
    }
    int start = at;
    if (Character.isLetter(tex.charAt(at))) {
      while (at < tex.length() && Character.isLetter(tex.charAt(at))) {
        at++;
      }
    } else {
      at++;
    }
    String name = tex.substring(start, at);
    switch (name) {
      case "frac", "tfrac", "dfrac" -> {
        String numerator = argument();
        String denominator = argument();
        return "<mfrac>" + numerator + denominator + "</mfrac>";
      }
      case "sqrt" -> {
        return "<msqrt>" + argument() + "</msqrt>";
      }
      case "left" -> {
        String open = delimiter();
        String inside = row(false);
        if (!tex.startsWith("\\right", at)) {
          throw new IllegalArgumentException("\\left without \\right");
        }
        at += "\\right".length();
        String close = delimiter();
        return "<mrow>" + open + inside + close + "</mrow>";
      }
      case "text", "mathrm", "textrm", "mbox" -> {
        return "<mtext>" + escape(rawGroup()) + "</mtext>";
      }
      case "operatorname" -> {
        return "<mi>" + escape(rawGroup()) + "</mi>"; // several letters: upright already
      }
      case "begin" -> {
        return environment(rawGroup());
      }
      default -> {
        return MathSymbols.element(name);
      }
    }
  }

  /** The delimiter after \left or \right; {@code .} is none. */
  private String delimiter() {
    skipSpaces();
    if (at >= tex.length()) {
      throw new IllegalArgumentException("missing a delimiter");
    }
    if (tex.charAt(at) == '\\') {
      return command().replace("<mi", "<mo").replace("</mi>", "</mo>");
    }
    char c = tex.charAt(at++);
    return c == '.' ? "" : "<mo>" + escape(String.valueOf(c)) + "</mo>";
  }

  /** {@code cases} (a brace and left-aligned rows) and the matrices, as an {@code <mtable>}. */
  private String environment(String name) {
    List<List<String>> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    while (true) {
      cells.add(row(true));
      skipSpaces();
      if (tex.startsWith("\\end", at)) {
        at += "\\end".length();
        rawGroup();
        rows.add(cells);
        break;
      }
      if (peek('&')) {
        at++;
      } else if (tex.startsWith("\\\\", at)) {
        at += 2;
        rows.add(cells);
        cells = new ArrayList<>();
      } else {
        throw new IllegalArgumentException("\\begin{" + name + "} without \\end");
      }
    }
    StringBuilder table = new StringBuilder("<mtable columnalign=\"left\">");
    for (List<String> r : rows) {
      if (r.size() == 1 && r.get(0).isEmpty()) {
        continue;
      }
      table.append("<mtr>");
      for (String cell : r) {
        table.append("<mtd><mrow>").append(cell).append("</mrow></mtd>");
      }
      table.append("</mtr>");
    }
    table.append("</mtable>");
    return name.equals("cases") ? "<mrow><mo>{</mo>" + table + "</mrow>" : table.toString();
  }

  private void skipSpaces() {
    while (at < tex.length() && Character.isWhitespace(tex.charAt(at))) {
      at++;
    }
  }

  private boolean peek(char c) {
    return at < tex.length() && tex.charAt(at) == c;
  }

  private void expect(char c) {
    skipSpaces();
    if (!peek(c)) {
      throw new IllegalArgumentException("expected '" + c + "' at " + at);
    }
    at++;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
