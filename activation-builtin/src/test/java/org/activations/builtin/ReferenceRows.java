package org.activations.builtin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The rows of the shared reference files: correctly rounded f(x) and f'(x). */
record ReferenceRows(String function, String xText, String yText, String dydxText, boolean convention) {

  /** The reference folder: the {@code reference.dir} system property, else ../shared/reference. */
  static Path folder() {
    String configured = System.getProperty("reference.dir");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "reference");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("reference data not found at " + dir.toAbsolutePath()
          + "; the shared/ folder must sit beside the checkout");
    }
    return dir;
  }

  /** Every data row of {@code activations-<type>.csv}. */
  static List<ReferenceRows> read(String type) {
    Path file = folder().resolve("activations-" + type + ".csv");
    try {
      return Files.readAllLines(file).stream()
          .filter(l -> !l.startsWith("#") && !l.startsWith("function,") && !l.isBlank())
          .map(l -> l.split(",", -1))
          .map(c -> new ReferenceRows(c[0], c[1], c[2], c[3], c[4].equals("conv")))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
