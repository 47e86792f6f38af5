package org.activations.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code activations bench}: that it runs JMH in forked JVMs and reports every function, a plugin's
 * included; not how fast anything is.
 */
class BenchCommandTest {
  @TempDir static Path dir;

  @Test
  void quickRunReportsABuiltinAPluginFunctionTheReferenceAndTheDefaultLoops() throws Exception {
    Path plugin = PluginJars.build(dir, "softsign", Map.of("com.example.bench.SoftsignProvider",
        PluginJars.softsign("com.example.bench", "SoftsignProvider", "softsign",
            "1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)))", "(1 - Math.abs(y)) * (1 - Math.abs(y))")),
        List.of("com.example.bench.SoftsignProvider"));
    // Another JMH run on the same machine must not fail this test: it checks reporting, not speed.
    System.setProperty("jmh.ignoreLock", "true");
    Cli run = Cli.run("", "bench", "--quick", "--size", "4096", "--functions", "relu,softsign",
        "--plugin-path", plugin.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("bench: [3/3] sigmoid (float, 4096 elements, in this JVM)"),
        run.err());
    String number = "[0-9.]+ ± [0-9.]+";
    for (String function : List.of("relu ", "softsign ", "sigmoid \\(ref\\.\\) ")) {
      assertTrue(Pattern.compile("(?m)^" + function + " *(" + number + " +){5}")
          .matcher(run.out()).find(), function + " in\n" + run.out());
    }
    assertTrue(run.out().contains("softsign runs the interface's default scalar loop for its forward"
        + " and backward (no batch kernel of its own): its forward costs "), run.out());
    assertTrue(run.out().contains("java kernels"), run.out());
  }

  @Test
  void aSizeOutsideTheRangeIsRefusedWithTheRange() {
    Cli run = Cli.run("", "bench", "--size", "0");
    assertEquals(2, run.status());
    assertEquals("activations: --size (0) must be between 1 and 16777216; give the number of"
        + " elements per call\n", run.err());
  }
}
