package org.activations.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableCommandTest {
  @TempDir Path dir;

  @Test
  void markdownIsTheSeedsLayoutMeasured() {
    Cli r = Cli.run("", "table");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("| Property | binary_step | linear | relu | sigmoid | tanh |", lines.get(0));
    assertEquals("| Nonlinear | ✅ | ❌ affine: 1·x + 0 | ✅ | ✅ | ✅ |", lines.get(2));
    assertEquals("| Range | {0, 1} | (-∞, ∞) | [0, ∞) | (0, 1) | (-1, 1) |", lines.get(3));
    assertEquals("| Continuously Differentiable | ❌ f jumps at 0 | ✅ | ❌ f' jumps at 0 | ✅ | ✅ |",
        lines.get(4));
    assertEquals("| Approximates Identity at Origin | ❌ not differentiable at 0 | ✅ f'(0) = 1"
        + " | ❌ not differentiable at 0 | ❌ f(0) = 0.5 | ✅ f'(0) = 1 |", lines.get(8));
    assertEquals(14, lines.stream().filter(l -> l.startsWith("|")).count());
    assertTrue(r.out().contains("(0 such cells)"));
  }

  @Test
  void transposeGivesFunctionsAsRows() {
    Cli r = Cli.run("", "table", "--transpose", "--functions", "tanh,relu");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("| Function | Nonlinear | Range |"), lines.get(0));
    assertTrue(lines.get(2).startsWith("| tanh | ✅ | (-1, 1) |"), lines.get(2));
    assertTrue(lines.get(3).startsWith("| relu | ✅ | [0, ∞) |"), lines.get(3));
  }

  @Test
  void csvHasOneRowPerProperty() {
    Cli r = Cli.run("", "table", "--format", "csv", "--functions", "sigmoid");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("Property,sigmoid\r\nNonlinear,✅\r\nRange,\"(0, 1)\"\r\n"), r.out());
    assertTrue(r.out().contains("\r\nOrder of Continuity,\"C^∞ declared, C^2 measured\"\r\n"), r.out());
    Cli linear = Cli.run("", "table", "--format", "csv", "--functions", "linear");
    assertTrue(linear.out().contains("\r\nNonlinear,❌ affine: 1·x + 0\r\n"), "CSV keeps every cell's"
        + " text, as the Markdown table: " + linear.out());
  }

  @Test
  void jsonHasEveryVerdictWithItsEvidence() throws Exception {
    Cli r = Cli.run("", "table", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(12, root.get("properties").size());
    JsonNode relu = root.get("functions").get(2);
    assertEquals("relu", relu.get("name").asText());
    JsonNode c1 = relu.at("/verdicts/continuously_differentiable");
    assertEquals("no", c1.get("value").asText());
    assertEquals("C^0: f' jumps at x = 0 (0 → 1)", c1.get("evidence").asText());
    assertEquals("no", c1.get("declared").asText());
    assertTrue(c1.get("agrees").asBoolean());
    assertEquals(0.0, relu.at("/discontinuities/0/x").asDouble());
    assertEquals("f'", relu.at("/discontinuities/0/of").asText());
    assertTrue(relu.at("/derivatives/forms/0/checked").asInt()
        >= org.activations.analysis.PropertyAnalyzer.DEFAULT_POINTS);
  }

  @Test
  void htmlIsAPageWithTheTable() throws Exception {
    Path out = dir.resolve("table.html");
    Cli r = Cli.run("", "table", "--format", "html", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().matches("wrote \\Q" + out + "\\E \\(\\d+ KB\\)\n"), r.out());
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<th scope=\"col\">sigmoid</th>"));
    assertTrue(html.contains("title=\"C^0: f&#39; jumps at x = 0 (0 → 1)\""), html);
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void outputFilesAreWholeOrAbsent() throws Exception {
    Cli missing = Cli.run("", "table", "--out", dir.resolve("no/such/folder/t.md").toString());
    assertEquals(2, missing.status());
    assertEquals("activations: output folder '" + dir.resolve("no/such/folder")
        + "' does not exist; create it first (mkdir -p '" + dir.resolve("no/such/folder")
        + "') or choose another --out\n", missing.err());

    Cli folder = Cli.run("", "table", "--out", dir.toString());
    assertEquals(2, folder.status());
    assertEquals("activations: output '" + dir + "' is a folder; give a file name\n", folder.err());

    if (Files.exists(Path.of("/dev/full"))) {
      Cli full = Cli.run("", "table", "--functions", "linear", "--out", "/dev/full");
      assertEquals(1, full.status());
      assertTrue(full.err().startsWith("activations: could not write '/dev/full': "), full.err());
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.toList(), "no partial file left behind");
    }
  }

  @Test
  void badFormatAndUnknownFunctionAreUsageErrors() {
    Cli format = Cli.run("", "table", "--format", "xml");
    assertEquals(2, format.status());
    assertTrue(format.err().startsWith("activations: Invalid value for option '--format': expected"
        + " one of [MARKDOWN, CSV, JSON, HTML] (case-insensitive) but was 'xml'"), format.err());
    Cli unknown = Cli.run("", "table", "--functions", "sigmoid,tahn");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().startsWith("activations: unknown activation 'tahn'; did you mean 'tanh'?"),
        unknown.err());
    assertFalse(unknown.err().contains("\tat "));
  }

  @Test
  void checkRejectsTooFewPoints() {
    Cli r = Cli.run("", "check", "--points", "5");
    assertEquals(new Cli(2, "", "activations: --points: points (5) must be >= 100\n"), r);
  }
}
