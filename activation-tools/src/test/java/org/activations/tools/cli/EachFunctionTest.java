package org.activations.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;

/** The one loop over selected functions: progress only on a terminal, and the plot file names. */
class EachFunctionTest {
  private static String stderr(boolean terminal, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        err, terminal, false);
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void progressIsShownOnATerminalAndErasedAfterwards() {
    String err = stderr(true, "table", "--functions", "relu,tanh");
    assertTrue(err.startsWith("\ractivations: function 1 of 2: relu"), err);
    assertTrue(err.contains("\ractivations: function 2 of 2: tanh"), err);
    assertTrue(err.endsWith("\r" + " ".repeat("activations: function 2 of 2: tanh".length()) + "\r"),
        err);
  }

  @Test
  void plotAndReportShowProgressToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String plot = stderr(true, "plot", "--functions", "relu,tanh", "--out",
        dir.resolve("plots").toString());
    assertTrue(plot.contains("\ractivations: function 2 of 2: tanh"), plot);
    String report = stderr(true, "report", "--functions", "relu", "--out",
        dir.resolve("r.html").toString());
    assertTrue(report.contains("\ractivations: function 1 of 1: relu"), report);
    assertEquals("", stderr(false, "plot", "--functions", "relu", "--out",
        dir.resolve("quiet").toString()));
  }

  @Test
  void noProgressWhenStandardErrorIsNotATerminal() {
    assertEquals("", stderr(false, "table", "--functions", "relu,tanh"));
    assertEquals("", stderr(false, "check", "--functions", "relu"));
  }

  @Test
  void ourOwnBugsAreNotBlamedOnThePlugin() {
    RuntimeException ours = new IllegalStateException("ours");
    ours.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("java.util.Objects", "requireNonNull", null, 1),
        new StackTraceElement("org.activations.tools.render.FunctionFigure", "plot", null, 2)});
    assertFalse(EachFunction.thrownByPluginCode(ours));
    RuntimeException theirs = new IllegalStateException("theirs");
    theirs.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("com.example.Fn", "apply", null, 1),
        new StackTraceElement("org.activations.tools.render.FunctionFigure", "plot", null, 2)});
    assertTrue(EachFunction.thrownByPluginCode(theirs));
  }

  @Test
  void plotFileNamesHaveNoSpacesParenthesesCommasOrEqualsAndAreOneToOne() {
    assertEquals("sigmoid", FileName.of("sigmoid"));
    assertEquals("hard_tanh-min_val_-1.0-max_val_1.0",
        FileName.of("hard_tanh(min_val=-1.0, max_val=1.0)"));
    assertEquals("leaky_relu-alpha_1.0E-5", FileName.of("leaky_relu(alpha=1.0E-5)"));
    assertEquals("x-a_-Infinity", FileName.of("x(a=-Infinity)"));
    List<String> specs = List.of("a(b=1.0)", "a(b=1.0, c=2.0)", "a_b(c=1.0)", "a(b_c=1.0)",
        "a(b=-1.0)", "a(b=1.0E-5)", "a(b=1.0, c=-2.0)", "a(b=1.0,c=2.0)", "a(b= 1.0)", "a b",
        "a%20b", "a-b_1.0", "é(x=1.0)");
    Set<String> names = new HashSet<>();
    for (String spec : specs) {
      String name = FileName.of(spec);
      assertTrue(name.matches("[A-Za-z0-9._+%-]+"), spec + " -> " + name);
      assertTrue(names.add(name), "two specs map to " + name);
    }
    ActivationRegistry registry = ActivationRegistry.load(EachFunctionTest.class.getClassLoader());
    for (String n : registry.names()) {
      assertEquals(n, FileName.of(registry.get(n).spec()).replaceAll("-.*", ""));
    }
  }
}
