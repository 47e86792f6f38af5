package org.activations.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.activations.InvalidSpecException;

/**
 * A parsed activation spec: {@code name} or {@code name(param=value, ...)}, white space allowed
 * around every token. Values are kept as text; the registry checks them against the provider.
 *
 * @param text the spec as given
 * @param name the function's name as written
 * @param values the parameter values as written, in the order given
 */
public record Spec(String text, String name, Map<String, String> values) {
  private static final String FORM = "write NAME or NAME(param=value, ...), for example"
      + " leaky_relu(alpha=0.01)";

  /**
   * Parses {@code text}.
   *
   * @param text the spec as given
   * @return the parsed spec
   * @throws InvalidSpecException if it is not of the form above
   */
  public static Spec parse(String text) {
    String s = text.strip();
    int open = s.indexOf('(');
    if (open < 0) {
      if (s.indexOf(')') >= 0 || s.indexOf('=') >= 0 || s.indexOf(',') >= 0) {
        throw invalid(text, "unexpected '" + firstOf(s, ")=,") + "'");
      }
      return new Spec(text, s, Map.of());
    }
    if (!s.endsWith(")")) {
      throw invalid(text, "missing ')' at the end");
    }
    String name = s.substring(0, open).strip();
    if (name.isEmpty()) {
      throw invalid(text, "missing the function name before '('");
    }
    String body = s.substring(open + 1, s.length() - 1).strip();
    if (body.indexOf('(') >= 0 || body.indexOf(')') >= 0) {
      throw invalid(text, "nested or unbalanced parentheses");
    }
    Map<String, String> values = new LinkedHashMap<>();
    if (!body.isEmpty()) {
      for (String part : body.split(",", -1)) {
        int eq = part.indexOf('=');
        String key = eq < 0 ? part.strip() : part.substring(0, eq).strip();
        if (key.isEmpty()) {
          throw invalid(text, eq < 0 ? "empty parameter between commas" : "a value without a parameter name");
        }
        if (eq < 0) {
          throw invalid(text, key.matches("[-+.0-9].*") ? "value " + key + " has no parameter name;"
              + " write NAME=" + key : "parameter '" + key + "' has no value; write " + key + "=VALUE");
        }
        String value = part.substring(eq + 1).strip();
        if (value.isEmpty()) {
          throw invalid(text, "parameter '" + key + "' has no value; write " + key + "=VALUE");
        }
        if (values.put(key, value) != null) {
          throw invalid(text, "parameter '" + key + "' is given twice");
        }
      }
    }
    return new Spec(text, name, Map.copyOf(values).isEmpty() ? Map.of() : values);
  }

  private static char firstOf(String s, String chars) {
    for (char c : s.toCharArray()) {
      if (chars.indexOf(c) >= 0) {
        return c;
      }
    }
    return '?';
  }

  private static InvalidSpecException invalid(String text, String problem) {
    return new InvalidSpecException(text, "malformed activation spec '" + text + "': " + problem
        + "; " + FORM);
  }
}
