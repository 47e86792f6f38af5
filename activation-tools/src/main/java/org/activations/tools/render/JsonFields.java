package org.activations.tools.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structured parts of the JSON reports: the measurement settings, a function's origin, and the
 * derivative check's skipped points keyed by a short reason code.
 */
final class JsonFields {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern SETTINGS = Pattern.compile("grid of (\\d+) steps on \\[([^,]+), ([^]]+)\\],"
      + " logarithmic sweep to ±([^ ]+) and ±∞; tolerance ([^ ]+) × scale of f on the window; jumps"
      + " located to ([^;]+); derivatives checked at (\\d+) points \\(seed (-?\\d+)\\)");

  private JsonFields() {}

  /**
   * The settings as numbers, read from the analyzer's sentence (kept as {@code text}); a sentence
   * of another shape is kept as text alone.
   */
  static ObjectNode settings(String text) {
    ObjectNode n = MAPPER.createObjectNode();
    Matcher m = SETTINGS.matcher(text);
    if (m.matches()) {
      n.put("grid_steps", Integer.parseInt(m.group(1)));
      n.putArray("window").add(Double.parseDouble(m.group(2))).add(Double.parseDouble(m.group(3)));
      n.put("sweep_limit", Double.parseDouble(m.group(4)));
      n.put("tolerance", Double.parseDouble(m.group(5)));
      n.put("jump_resolution", Double.parseDouble(m.group(6)));
      n.put("derivative_points", Integer.parseInt(m.group(7)));
      n.put("derivative_seed", Long.parseLong(m.group(8)));
    }
    n.put("text", text);
    return n;
  }

  /**
   * Where a function came from: {@code kind} (module, jar, folder, unknown), {@code name} (the
   * module's name or the file's name) and {@code path} (relative to the working directory when it
   * is inside it; absent for a module).
   */
  static ObjectNode origin(String origin) {
    ObjectNode n = MAPPER.createObjectNode();
    int space = origin.indexOf(' ');
    String kind = space < 0 ? "unknown" : origin.substring(0, space);
    String rest = space < 0 ? origin : origin.substring(space + 1);
    switch (kind) {
      case "module" -> n.put("kind", "module").put("name", rest);
      case "jar", "folder" -> {
        Path path = Path.of(rest);
        n.put("kind", kind).put("name", path.getFileName() == null ? rest
            : path.getFileName().toString()).put("path", Origins.relative(rest));
      }
      default -> n.put("kind", "unknown").put("name", origin);
    }
    return n;
  }

  /**
   * The skipped points by reason code: {@code near_special_point}, {@code off_range} (the stencil
   * leaves the double range), {@code not_finite} (f is not finite on the stencil), or the reason's
   * first words in snake_case for a reason this version does not know.
   */
  static ObjectNode skipped(Map<String, Integer> byReason) {
    TreeMap<String, Integer> byCode = new TreeMap<>();
    byReason.forEach((reason, count) -> byCode.merge(code(reason), count, Integer::sum));
    ObjectNode n = MAPPER.createObjectNode();
    byCode.forEach(n::put);
    return n;
  }

  static String code(String reason) {
    if (reason.contains("special point")) {
      return "near_special_point";
    }
    if (reason.contains("leaves the double range")) {
      return "off_range";
    }
    if (reason.contains("not finite")) {
      return "not_finite";
    }
    String words = reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_|_$", "");
    return words.length() > 32 ? words.substring(0, 32).replaceAll("_$", "") : words;
  }
}
