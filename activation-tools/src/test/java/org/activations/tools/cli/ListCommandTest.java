package org.activations.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
  @TempDir Path dir;

  @Test
  void listsTheFiveBuiltInsDiscoveredAtRunTime() {
    Cli r = Cli.run("", "list");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("5 activations found\n"), r.out());
    List<String> headers = r.out().lines().filter(l -> !l.isEmpty() && !l.startsWith(" "))
        .skip(1).toList();
    assertEquals(List.of(
        "binary_step (alias step) - Binary step: 1 for x > 0, else 0; the perceptron's activation, no gradient",
        "linear (alias identity) - Identity: returns its input; for regression outputs, adds no nonlinearity",
        "relu - Rectified linear unit: max(0, x); sparse, but its gradient dies for x < 0",
        "sigmoid (alias logistic) - Logistic sigmoid: squashes any input into (0, 1); saturates on both sides",
        "tanh - Hyperbolic tangent: a zero-centred sigmoid shape with range (-1, 1)",
        "No load problems."), headers);
    assertTrue(r.out().contains("  f'(y) = y * (1 - y)\n"));
    assertTrue(r.out().contains("  special:    kink at x = 0\n"));
    assertTrue(r.out().contains("  from:       "));
  }

  @Test
  void aMissingPluginPathIsAUsageError() {
    Cli r = Cli.run("", "list", "--plugin-path", dir.resolve("nope.jar").toString());
    assertEquals(2, r.status());
    assertEquals("activations: plugin path '" + dir.resolve("nope.jar")
        + "' does not exist; give jar files or folders of jars\n", r.err());
  }

  @Test
  void aJarThatIsNotAZipIsReportedAndStrictFailsOnIt() throws Exception {
    Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
    Cli r = Cli.run("", "list", "--plugin-path", notAJar.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("5 activations found"));
    assertTrue(r.out().contains("1 load problem:\n  jar " + notAJar + ": not a readable jar file"),
        r.out());
    Cli strict = Cli.run("", "list", "--strict", "--plugin-path", notAJar.toString());
    assertEquals(1, strict.status());
    assertEquals("activations: 1 plugin problem under --strict (listed above)\n", strict.err());
  }
}
