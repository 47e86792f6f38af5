package org.activations.tools.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activations.ActivationInfo;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;

/** LaTeX to MathML: every formula of the built-ins and the pack, and LaTeX it cannot read. */
class MathMarkupTest {
  private static void assertWellFormed(String xml) throws Exception {
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String body(String latex) {
    String m = MathMarkup.of(latex);
    return m.substring(m.indexOf("<mrow>") + 6, m.lastIndexOf("</mrow>"));
  }

  @Test
  void theCommonConstructs() {
    assertEquals("<mfrac><mrow><mn>1</mn></mrow><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo>"
        + "<mi>x</mi></mrow></msup></mrow></mfrac>", body("\\frac{1}{1 + e^{-x}}"));
    assertEquals("<mi>max</mi><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</mo>",
        body("\\max(0, x)"));
    assertEquals("<mn>1</mn><mo>−</mo><msup><mi>tanh</mi><mn>2</mn></msup><mo>(</mo><mi>x</mi>"
        + "<mo>)</mo>", body("1 - \\tanh^2(x)"));
    assertEquals("<mi>x</mi><mspace width=\"0.1667em\"/><mi>Φ</mi><mo>(</mo><mi>x</mi><mo>)</mo>",
        body("x\\,\\Phi(x)"));
    assertTrue(body("\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}").equals("<mrow><mo>{"
        + "</mo><mtable columnalign=\"left\"><mtr><mtd><mrow><mn>1</mn></mrow></mtd><mtd><mrow><mi>x"
        + "</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mn>0</mn></mrow></mtd>"
        + "<mtd><mrow><mi>x</mi><mo>≤</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow>"));
    assertEquals("<mrow><mo>(</mo><mn>1</mn><mo>+</mo><mi>x</mi><mo>)</mo></mrow>",
        body("\\left(1 + x\\right)"));
    assertEquals("<mtext>otherwise</mtext>", body("\\text{otherwise}"));
    assertEquals("<mfrac><mn>1</mn><mn>6</mn></mfrac><mi>x</mi>", body("\\frac16 x"));
  }

  @Test
  void latexItCannotReadIsShownAsItsSource() throws Exception {
    for (String bad : List.of("\\frac{1}{", "x}", "\\left( x", "\\begin{cases} x", "\\", "x^")) {
      String m = MathMarkup.of(bad);
      assertWellFormed(m);
      assertTrue(m.contains("<mtext>"), bad + " -> " + m);
    }
    assertTrue(MathMarkup.of("\\unknowncommand x").contains("<mi mathvariant=\"normal\">"
        + "unknowncommand</mi>"));
    assertWellFormed(MathMarkup.of("a < b & \"c\""));
  }

  @Test
  void everyFormulaOfTheBuiltinsAndThePackIsReadAndWellFormed() throws Exception {
    ActivationRegistry registry = ActivationRegistry.load(new URLClassLoader(
        new URL[] {Path.of("../activation-pack/target/classes").toUri().toURL()},
        getClass().getClassLoader()));
    List<String> formulas = new ArrayList<>();
    for (String name : registry.names()) {
      ActivationInfo info = registry.get(name).info();
      formulas.add(info.function().latex());
      formulas.add(info.derivative().latex());
      info.derivativeFromOutput().ifPresent(f -> formulas.add(f.latex()));
    }
    assertTrue(formulas.size() > 40, "the pack is on the path: " + formulas.size());
    for (String latex : formulas) {
      String m = MathMarkup.of(latex);
      assertWellFormed(m);
      assertFalse(m.contains("<mtext>\\") || m.contains("mathvariant=\"normal\">"), latex + " -> " + m);
    }
  }
}
