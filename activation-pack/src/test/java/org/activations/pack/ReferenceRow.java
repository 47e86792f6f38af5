package org.activations.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** One row of the shared pack reference files: a spec, x, and correctly rounded f(x) and f'(x). */
record ReferenceRow(String spec, String xText, String yText, String dydxText, boolean convention) {

  /** The reference folder: the {@code reference.dir} system property, else ../../shared/reference. */
  static Path folder() {
    String configured = System.getProperty("reference.dir");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "reference");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("reference data not found at " + dir.toAbsolutePath()
          + "; the shared/ folder must sit beside the checkout, or set -Dreference.dir");
    }
    return dir;
  }

  /**
   * Every data row of {@code pack-<type>.csv}. A spec with a comma is quoted, and no other field
   * holds one, so the last seven fields are the columns after the spec.
   */
  static List<ReferenceRow> read(String type) {
    Path file = folder().resolve("pack-" + type + ".csv");
    try {
      return Files.readAllLines(file).stream()
          .filter(l -> !l.startsWith("#") && !l.startsWith("function,") && !l.isBlank())
          .map(ReferenceRow::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReferenceRow parse(String line) {
    String[] f = line.split(",", -1);
    int n = f.length;
    String spec = String.join(",", Arrays.copyOf(f, n - 7));
    if (spec.startsWith("\"")) {
      spec = spec.substring(1, spec.length() - 1);
    }
    return new ReferenceRow(spec, f[n - 7], f[n - 6], f[n - 5], f[n - 4].equals("conv"));
  }

  /** The spec's function name, without parameters. */
  String name() {
    int open = spec.indexOf('(');
    return open < 0 ? spec : spec.substring(0, open);
  }
}
