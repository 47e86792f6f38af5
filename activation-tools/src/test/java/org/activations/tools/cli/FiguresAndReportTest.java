package org.activations.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plot and report commands write files a person can use; checked as files. */
class FiguresAndReportTest {
  @TempDir Path dir;

  static Document parseXml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  @Test
  void plotWritesBothFormatsForEveryFunctionAndTheGrid() throws Exception {
    Path out = dir.resolve("plots");
    Cli r = Cli.run("", "plot", "--out", out.toString(), "--grid");
    assertEquals(0, r.status(), r.err());
    for (String name : List.of("binary_step", "linear", "relu", "sigmoid", "tanh",
        "activations-grid")) {
      assertTrue(Files.size(out.resolve(name + ".png")) > 10_000, name);
      Document svg = parseXml(out.resolve(name + ".svg"));
      // JFreeSVG puts the stroke on a group around each curve's path.
      List<Element> red = elements(svg, "g").stream()
          .filter(g -> g.getAttribute("style").contains("stroke:rgb(255,0,0)")
              && g.getElementsByTagName("path").getLength() > 0).toList();
      List<Element> blue = elements(svg, "g").stream()
          .filter(g -> g.getAttribute("style").contains("stroke:rgb(0,0,255)")
              && g.getElementsByTagName("path").getLength() > 0).toList();
      assertTrue(!red.isEmpty() && !blue.isEmpty(), name + ": red and blue curves as paths");
    }
    BufferedImage grid = ImageIO.read(out.resolve("activations-grid.png").toFile());
    assertEquals(1200, grid.getWidth());
    assertEquals(5 * 450, grid.getHeight());
    try (var files = Files.list(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
    }
  }

  @Test
  void pngsHaveRedOnTheLeftBlueOnTheRightAndNoVerticalLineAtAJump() throws Exception {
    Path out = dir.resolve("step");
    Cli r = Cli.run("", "plot", "--out", out.toString(), "--format", "png", "--functions",
        "binary_step");
    assertEquals(0, r.status(), r.err());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        Files.readAllBytes(out.resolve("binary_step.png"))));
    assertEquals(1200, image.getWidth());
    assertEquals(450, image.getHeight());
    int redLeft = count(image, 0, 600, 0, 450, true);
    int blueLeft = count(image, 0, 600, 0, 450, false);
    int redRight = count(image, 600, 1200, 0, 450, true);
    int blueRight = count(image, 600, 1200, 0, 450, false);
    assertTrue(redLeft > 1000 && blueLeft == 0, "left panel: " + redLeft + " red, " + blueLeft + " blue");
    assertTrue(blueRight > 1000 && redRight == 0, "right panel: " + blueRight + " blue, " + redRight + " red");
    // The plot area of the left panel spans x from 51 to 592 for x in [-3, 3] and y from 25 to 405
    // for y in [3, -3]: x = 0 is at column ~321, y = 0.15..0.8 at rows ~205..164 (between the dots).
    int column = 51 + (592 - 51) / 2;
    assertEquals(0, count(image, column - 2, column + 3, 162, 205, true),
        "no vertical red line joins the two sides of the jump");
    // and the dots are there: the filled one at (0, 0), the open one at (0, 1)
    assertTrue(count(image, column - 6, column + 7, 209, 221, true) > 30, "filled dot at (0, 0)");
    assertTrue(count(image, column - 6, column + 7, 146, 158, true) > 10, "open dot at (0, 1)");
  }

  private static int count(BufferedImage image, int x0, int x1, int y0, int y1, boolean red) {
    int n = 0;
    for (int x = x0; x < x1; x++) {
      for (int y = y0; y < y1; y++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        boolean isRed = r > 180 && g < 90 && b < 90;
        boolean isBlue = b > 180 && r < 90 && g < 90;
        n += (red ? isRed : isBlue) ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void reportIsOneSelfContainedPageWithASectionPerFunction() throws Exception {
    Path file = dir.resolve("report.html");
    Cli r = Cli.run("", "report", "--out", file.toString());
    assertEquals(0, r.status(), r.err());
    String html = Files.readString(file);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(!html.contains("http://") || html.replace("http://www.w3.org/", "")
        .replace("http://www.jfree.org/jfreesvg/svg", "").indexOf("http://") < 0,
        "no link to fetch: only XML namespace names");
    assertTrue(!html.contains("<script") && !html.contains("<link"), "no script, no stylesheet link");
    Document doc = parseXml(file);
    List<String> sections = elements(doc, "section").stream().map(e -> e.getAttribute("id")).toList();
    assertEquals(List.of("fn-binary_step", "fn-linear", "fn-relu", "fn-sigmoid", "fn-tanh",
        "collapse-binary_step", "collapse-linear"), sections);
    for (Element section : elements(doc, "section").subList(0, 5)) {
      assertEquals(1, section.getElementsByTagName("svg").getLength(), section.getAttribute("id"));
      assertTrue(section.getTextContent().contains("Derivative validation: passed"));
      assertTrue(section.getTextContent().contains("Measured properties"));
    }
    assertEquals(1, elements(doc, "table").stream()
        .filter(t -> t.getAttribute("class").equals("comparison")).count());
    // Formulas rendered as MathML, the LaTeX source only in alttext; no path of this machine.
    assertEquals(15, elements(doc, "math").size(), "f, f' and f'(y) of each");
    assertFalse(html.replaceAll("alttext=\"[^\"]*\"", "").contains("\\frac"), "no LaTeX as text");
    assertFalse(html.contains(Path.of("").toAbsolutePath().getParent().toString()), "no absolute path");
    assertTrue(html.contains("From jar ") || html.contains("From folder "), "the origin, short");
    assertTrue(html.contains("the floating-point rounding of values just inside"));
    assertTrue(elements(doc, "pre").stream().anyMatch(p -> p.getTextContent().contains(
        "So the network is linear regression:")), "the linear collapse, with numbers");
    assertEquals("wrote " + file + " (" + Files.size(file) / 1024 + " KB)\n", r.out());
  }

  @Test
  void reportDefaultsToReportHtmlInTheWorkingDirectoryAndDashIsStandardOutput() {
    Cli r = Cli.run("", "report", "--out", "-", "--functions", "relu");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("<!DOCTYPE html>"));
    assertTrue(Cli.run("", "report", "--help").out().contains("(default: report.html)"));
  }

  @Test
  void collapseShowsTheCoefficientsForLinearAndAResidualForSigmoid() {
    Cli linear = Cli.run("", "collapse", "linear");
    assertEquals(0, linear.status(), linear.err());
    assertTrue(linear.out().contains("linear is affine: linear(z) = a·z + c with a = 1 and c = 0."),
        linear.out());
    assertTrue(linear.out().matches("(?s).*\n  b1 = a·\\(v1·w11 \\+ v2·w21\\) = 1·\\([-0-9.()·+ ]+\\) ="
        + " -?[0-9.]+\n.*"), linear.out());
    assertTrue(linear.out().contains("\n  b0 = v0 + v1·(a·d1 + c) + v2·(a·d2 + c) = "), linear.out());
    assertTrue(linear.out().matches("(?s).*Checked on every input: the network and this model differ"
        + " by at most [0-9.e-]+, the rounding of the arithmetic.*"), linear.out());
    assertFalse(linear.out().contains("ulp") || linear.out().contains("+ -"), linear.out());
    assertTrue(Cli.run("", "collapse", "linear", "--ulps").out().contains("units in the last place"));
    Cli sigmoid = Cli.run("", "collapse", "--activation", "sigmoid", "--hidden", "4", "--seed", "7");
    assertEquals(0, sigmoid.status(), sigmoid.err());
    assertTrue(sigmoid.out().contains("sigmoid is not affine, so no linear model reproduces the"
        + " network."), sigmoid.out());
    assertTrue(sigmoid.out().contains("The network: 3 inputs X1, X2, X3; 4 hidden nodes with sigmoid"),
        sigmoid.out());
    Cli bad = Cli.run("", "collapse", "--activation", "sigmoid", "--hidden", "0");
    assertEquals(new Cli(2, "", "activations: --hidden (0) must be between 1 and 10000\n"), bad);
  }

  @Test
  void badRangesAreUsageErrors() {
    Cli r = Cli.run("", "plot", "--out", dir.toString(), "--x-range", "3:-3");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("activations: Invalid value for option '--x-range': '3:-3' is not"
        + " a range; MIN and MAX must be finite with MIN < MAX, for example -3:3"), r.err());
    Cli missing = Cli.run("", "plot", "--out", dir.resolve("a/b").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().startsWith("activations: cannot create output folder"), missing.err());
  }
}
