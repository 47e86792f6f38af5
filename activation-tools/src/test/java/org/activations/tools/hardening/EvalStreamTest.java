package org.activations.tools.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.activations.tools.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * 10,000,000 lines through {@code activations eval} in a JVM whose heap is capped at 64 MB: every
 * line is answered, in order, so memory does not grow with the input.
 */
class EvalStreamTest {
  static final int LINES = 10_000_000;

  private static double input(int i) {
    return (i % 20_001 - 10_000) / 1000.0;
  }

  @Test
  void tenMillionLinesStreamThroughA64MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "eval", "sigmoid")
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
    CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> {
      try (BufferedWriter w = new BufferedWriter(
          new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
        for (int i = 0; i < LINES; i++) {
          w.write(Double.toString(input(i)));
          w.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Activation sigmoid = ActivationRegistry.load().get("sigmoid");
    String[] expected = new String[20_001];
    for (int k = 0; k < expected.length; k++) {
      expected[k] = Double.toString(sigmoid.apply((k - 10_000) / 1000.0));
    }
    long answered = 0;
    long wrong = 0;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        wrong += line.equals(expected[(int) (answered % 20_001)]) ? 0 : 1;
        answered++;
      }
    }
    feeder.get(5, TimeUnit.MINUTES);
    assertEquals(true, p.waitFor(5, TimeUnit.MINUTES));
    assertEquals("", errors.get());
    assertEquals(0, p.exitValue());
    System.out.printf("[stream] %,d lines answered in order with -Xmx64m, %d wrong%n", answered, wrong);
    assertEquals(LINES, answered);
    assertEquals(0, wrong);
  }

}
