package org.activations.tools.cli;

import java.nio.charset.StandardCharsets;

/**
 * The file name for a function's spec, without spaces, parentheses, commas or {@code =}, one to one:
 * {@code hard_tanh(min_val=-1.0, max_val=1.0)} becomes {@code hard_tanh-min_val_-1.0-max_val_1.0}.
 *
 * <p>Why it is one to one: a canonical spec is a lowercase snake_case name, then optionally
 * parameters {@code name=value} joined by {@code ", "} in parentheses, where a value is Java's text
 * of a double (it never holds {@code _}, and a {@code -} in it is never followed by a lowercase
 * letter). So {@code -} before a lowercase letter starts a parameter and its last {@code _} ends the
 * parameter's name. A spec of any other shape (a plain name, or one no registry writes) keeps only
 * {@code [A-Za-z0-9._+]} and writes every other byte as {@code %XX}: its name has no {@code -}, so
 * it cannot meet a parameterised one, and percent-escaping is one to one.
 */
final class FileName {
  private FileName() {}

  /** The file name (without extension) for {@code spec}. */
  static String of(String spec) {
    int open = spec.indexOf('(');
    String canonical = open > 0 && spec.endsWith(")")
        ? spec.substring(0, open) + "-" + spec.substring(open + 1, spec.length() - 1)
            .replace(", ", "-").replace('=', '_')
        : null;
    if (canonical == null || !isCanonical(spec)) {
      return escape(spec, false);
    }
    return escape(canonical, true);
  }

  /** True if the spec has the shape whose readable mapping is one to one (see the class comment). */
  private static boolean isCanonical(String spec) {
    return spec.matches("[a-z][a-z0-9_]*\\((?:[a-z][a-z0-9_]*=[-+0-9.A-Za-z]+)(?:, [a-z][a-z0-9_]*="
        + "[-+0-9.A-Za-z]+)*\\)") && !spec.matches(".*=[^,)]*(_|-[a-z]).*");
  }

  private static String escape(String s, boolean dash) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
          || c == '_' || c == '+' || (c == '-' && dash)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
