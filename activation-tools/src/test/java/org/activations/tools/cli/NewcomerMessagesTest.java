package org.activations.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;

/** What a newcomer reads: help pages, the typing hint, the plugin pack's jar and its names. */
class NewcomerMessagesTest {
  private static final List<String> COMMANDS =
      List.of("list", "eval", "table", "check", "plot", "report", "collapse", "bench");

  @Test
  void everyHelpPageHasAnExitStatusSectionAndExamplesAndBreaksNoToken() {
    List<String> pages = new ArrayList<>();
    pages.add(Cli.run("", "--help").out());
    for (String c : COMMANDS) {
      Cli help = Cli.run("", c, "--help");
      assertEquals(0, help.status(), c);
      pages.add(help.out());
    }
    for (String page : pages) {
      assertTrue(page.contains("\nExit status:\n  0   success\n"), page);
      assertTrue(page.contains("\nExamples:\n  "), page);
      // picocli may wrap at a dot inside a token (0x1.\n8p1, NAME.\npng, .\n/activations): no
      // line may end inside one, nor go on with a line that starts with a mark
      assertTrue(!page.matches("(?s).*(0x1|NAME|activations-grid|; )\\.\\n.*"), page);
      assertTrue(!page.matches("(?s).*\\n\\s*[./;,][^\\n]*.*"), page);
    }
    assertTrue(Cli.run("", "eval", "--help").out().replaceAll("\\s+", " ")
        .contains("a spec with parameters such as 'leaky_relu(alpha=0.2)'"));
  }

  @Test
  void evalFromATerminalSaysWhatToType() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"eval", "relu"},
        new ByteArrayInputStream("-1\n2\n".getBytes(StandardCharsets.UTF_8)), out, err, false, true);
    assertEquals(0, status);
    assertEquals("activations: type numbers, one per line; each result follows its line; Ctrl-D"
        + " ends (Ctrl-Z then Enter on Windows)\n", err.toString(StandardCharsets.UTF_8));
    assertEquals("0.0\n2.0\n", out.toString(StandardCharsets.UTF_8));
    assertEquals("", Cli.run("1\n", "eval", "relu").err(), "nothing when input is not typed");
  }

  @Test
  void withPackFindsThePackOrSaysHowToBuildIt() {
    Cli with = Cli.run("0\n", "eval", "gelu", "--with-pack");
    assertEquals(new Cli(0, "0.0\n", ""), with);
    String old = System.getProperty(PackJar.PROPERTY);
    try {
      System.setProperty(PackJar.PROPERTY, "/nonexistent/activation-pack.jar");
      Cli missing = Cli.run("", "table", "--with-pack");
      assertEquals(new Cli(2, "", "activations: --with-pack: the plugin pack's jar"
          + " /nonexistent/activation-pack.jar is not built; build it from the source tree's root"
          + " with: mvn -B -q -DskipTests package -pl activation-pack -am\n"), missing);
    } finally {
      if (old == null) {
        System.clearProperty(PackJar.PROPERTY);
      } else {
        System.setProperty(PackJar.PROPERTY, old);
      }
    }
  }

  @Test
  void theToolsListOfPackNamesIsWhatThePackProvides() throws Exception {
    Path classes = Path.of("../activation-pack/target/classes");
    assertTrue(Files.isDirectory(classes), "build the reactor from the root: " + classes);
    ActivationRegistry builtins = ActivationRegistry.load(getClass().getClassLoader());
    ActivationRegistry both = ActivationRegistry.load(new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, getClass().getClassLoader()));
    TreeSet<String> pack = new TreeSet<>();
    for (ActivationRegistry.Registration r : both.registrations()) {
      if (!builtins.names().contains(r.name())) {
        pack.add(r.name());
        pack.addAll(both.get(r.name()).info().aliases());
      }
    }
    assertEquals(pack, new TreeSet<>(PackJar.names()),
        "update src/main/resources/org/activations/tools/cli/pack-functions.txt");
  }
}
