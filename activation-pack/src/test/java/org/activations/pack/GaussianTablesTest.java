package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gelu's table file is read exactly as written, or refused with what is wrong. */
class GaussianTablesTest {
  private static Map<String, double[]> parse(String text) throws IOException {
    return GaussianTables.parse(new BufferedReader(new StringReader(text)));
  }

  private static String refusal(String text) {
    return assertThrows(IllegalStateException.class, () -> parse(text)).getMessage();
  }

  @Test
  void sectionsAreReadWithTheirComments() throws IOException {
    Map<String, double[]> t = parse("# a comment\n\nA 3\n0x1.0p0 -0x1.8p1\n# between\n0x1.0p-4\nB 1\n0x0.0p0\n");
    assertArrayEquals(new double[] {1, -3, 0.0625}, t.get("A"));
    assertArrayEquals(new double[] {0}, t.get("B"));
  }

  @Test
  void aBrokenFileIsRefusedWithWhatIsWrong() {
    String fix = "; make the file again with activation-pack/scripts/gaussian_tail_tables.py";
    assertEquals("gaussian-tables.txt: table A holds 1 of its 2 values" + fix,
        refusal("A 2\n0x1.0p0\nB 1\n0x1.0p0\n"));
    assertEquals("gaussian-tables.txt: table A holds 1 of its 2 values" + fix, refusal("A 2\n0x1.0p0\n"));
    assertEquals("gaussian-tables.txt: value 0x1.0p1 outside a section or beyond its count (A)" + fix,
        refusal("A 1\n0x1.0p0 0x1.0p1\n"));
    assertEquals("gaussian-tables.txt: value 0x1.0p0 outside a section or beyond its count" + fix,
        refusal("0x1.0p0\nA 1\n0x1.0p0\n"));
    assertEquals("gaussian-tables.txt: bad or repeated section line 'A 1'" + fix,
        refusal("A 1\n0x1.0p0\nA 1\n0x1.0p0\n"));
    assertEquals("gaussian-tables.txt: bad or repeated section line 'A many'" + fix, refusal("A many\n"));
    assertEquals("gaussian-tables.txt: 'zero' is not a number" + fix, refusal("A 1\n0x1.0p0\nB 2\n1 zero\n"));
  }

  @Test
  void theShippedFileHoldsEveryTable() {
    assertEquals(69 * GaussianTables.STRIDE, GaussianTables.R.length);
    assertEquals(69 * GaussianTables.STRIDE, GaussianTables.G.length);
    assertEquals(64, GaussianTables.EXP2.length);
    assertEquals(64, GaussianTables.EXP2_LOW.length);
  }
}
