package org.activations.tools.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.activations.tools.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad command-line input in one catalogue: the exact exit status and the one line on standard
 * error, no stack trace, no output file left behind.
 */
class CommandLineBadInputCatalogueTest {
  private static final String EXPECTED =
      "expected a decimal (-1.5, 2e-3), a hex float (0x1.8p1), NaN or Infinity";
  @TempDir static Path dir;
  /** Where the tools look for the plugin pack's jar in this source tree. */
  private static final String PACK = "../activation-pack/target/activation-pack-0.1.0-SNAPSHOT.jar";
  private static int cases;

  /** One bad input and its exact outcome. */
  record Case(String name, String stdin, int status, String stderr, String... args) {}

  private static byte[] binary() {
    byte[] b = new byte[4096];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 31);
    }
    return b;
  }

  private static List<Case> catalogue() {
    String out = dir.resolve("t.md").toString();
    List<Case> c = new ArrayList<>();
    c.add(new Case("no command", "", 2,
        "activations: a command is required (see 'activations --help')"));
    c.add(new Case("unknown command", "", 2, "activations: unknown command 'frob'; the commands are"
        + " list, eval, table, check, plot, report, collapse, bench, help (see 'activations --help')", "frob"));
    c.add(new Case("misspelt command", "", 2, "activations: unknown command 'tabel'; did you mean"
        + " 'table'? the commands are list, eval, table, check, plot, report, collapse, bench, help (see"
        + " 'activations --help')", "tabel"));
    c.add(new Case("misspelt command after help", "", 2, "activations: unknown command 'tabel';"
        + " did you mean 'table'? the commands are list, eval, table, check, plot, report,"
        + " collapse, bench, help (see 'activations --help')", "help", "tabel"));
    c.add(new Case("misspelt command, swapped letters", "", 2, "activations: unknown command"
        + " 'lsit'; did you mean 'list'? the commands are list, eval, table, check, plot, report,"
        + " collapse, bench, help (see 'activations --help')", "lsit"));
    c.add(new Case("unknown option", "", 2,
        "activations: Unknown option: '--bogus' (see 'activations table --help')", "table", "--bogus"));
    c.add(new Case("misspelt option", "", 2, "activations: Unknown option: '--trnaspose'; did you"
        + " mean --transpose? (see 'activations table --help')", "table", "--trnaspose"));
    c.add(new Case("missing option value", "", 2, "activations: Missing required parameter for option"
        + " '--out' (FILE) (see 'activations table --help')", "table", "--out"));
    c.add(new Case("bad format name", "", 2, "activations: Invalid value for option '--format':"
        + " expected one of [MARKDOWN, CSV, JSON, HTML] (case-insensitive) but was 'xml'"
        + " (see 'activations table --help')", "table", "--format", "xml"));
    c.add(new Case("unknown function", "1\n", 2, "activations: unknown activation 'sigmod'; did you"
        + " mean 'sigmoid'? known: binary_step, linear, relu, sigmoid, tanh; to use a plugin's"
        + " functions, give its jar with --plugin-path JAR (the plugin pack: --with-pack)", "eval",
        "sigmod"));
    c.add(new Case("unknown function, no suggestion", "1\n", 2, "activations: unknown activation"
        + " 'frob'; known: binary_step, linear, relu, sigmoid, tanh; to use a plugin's functions,"
        + " give its jar with --plugin-path JAR (the plugin pack: --with-pack)", "eval", "frob"));
    c.add(new Case("a name from the plugin pack", "1\n", 2, "activations: unknown activation 'gelu';"
        + " it is in the plugin pack, " + PACK + ": add --with-pack; known: binary_step, linear,"
        + " relu, sigmoid, tanh", "eval", "gelu"));
    c.add(new Case("a pack alias, in a list", "", 2, "activations: unknown activation 'silu';"
        + " it is in the plugin pack, " + PACK + ": add --with-pack; known: binary_step, linear,"
        + " relu, sigmoid, tanh", "table", "--functions", "relu,silu"));
    c.add(new Case("a value without its parameter's name", "1\n", 2, "activations: malformed"
        + " activation spec 'leaky_relu(0.2)': the value 0.2 has no parameter name; write"
        + " leaky_relu(alpha=0.2)", "eval", "leaky_relu(0.2)", "--with-pack"));
    c.add(new Case("a value without its name, pack missing", "1\n", 2, "activations: unknown"
        + " activation 'leaky_relu'; it is in the plugin pack, " + PACK + ": add --with-pack; known:"
        + " binary_step, linear, relu, sigmoid, tanh", "eval", "leaky_relu(0.2)"));
    c.add(new Case("output form outside the range", "0.5\n2\n", 2, "activations: line 2: y = 2.0"
        + " is outside sigmoid's range (0, 1); --derivative-from-output reads outputs y = f(x) of the"
        + " function (use --derivative for inputs x)", "eval", "sigmoid", "--derivative-from-output"));
    c.add(new Case("output form outside the range, float", "-1\n", 2, "activations: line 1: y ="
        + " -1.0 is outside relu's range [0, ∞); --derivative-from-output reads outputs y = f(x) of"
        + " the function (use --derivative for inputs x)", "eval", "relu",
        "--derivative-from-output", "--float"));
    c.add(new Case("malformed spec", "1\n", 2, "activations: malformed activation spec 'relu(':"
        + " missing ')' at the end; write NAME or NAME(param=value, ...), for example"
        + " leaky_relu(alpha=0.01)", "eval", "relu("));
    c.add(new Case("parameter the function does not have", "1\n", 2,
        "activations: relu has no parameter 'alpha'; it has none; write just relu", "eval", "relu(alpha=1)"));
    c.add(new Case("empty line", "\n", 2, "activations: line 1: empty line; " + EXPECTED, "eval", "relu"));
    c.add(new Case("garbage", "1\nzebra\n", 2,
        "activations: line 2: 'zebra' is not a number; " + EXPECTED, "eval", "relu"));
    c.add(new Case("bare 0x", "0x\n", 2, "activations: line 1: '0x' is not a number; " + EXPECTED,
        "eval", "relu"));
    c.add(new Case("overflowing literal", "1e999999\n", 2, "activations: line 1: '1e999999' is"
        + " outside the double range (largest finite value 1.7976931348623157E308); write Infinity"
        + " for infinity", "eval", "relu"));
    c.add(new Case("megabyte line", "9".repeat(1 << 20) + "\n", 2, "activations: line 1: longer than"
        + " 1000 characters (1048576); " + EXPECTED, "eval", "relu"));
    c.add(new Case("missing output folder", "", 2, "activations: output folder '"
        + dir.resolve("missing") + "' does not exist; create it first (mkdir -p '"
        + dir.resolve("missing") + "') or choose another --out",
        "table", "--out", dir.resolve("missing/t.md").toString()));
    c.add(new Case("output is a folder", "", 2, "activations: output '" + dir
        + "' is a folder; give a file name", "table", "--out", dir.toString()));
    c.add(new Case("unwritable folder", "", 2, "activations: cannot write '/proc/table.md': folder"
        + " '/proc' does not accept new files; choose another --out",
        "table", "--out", "/proc/table.md"));
    c.add(new Case("full disk", "", 1, "activations: could not write '/dev/full': no space left on"
        + " device; free some space, or choose another --out", "table", "--out", "/dev/full",
        "--functions", "linear"));
    c.add(new Case("no output form", "0.5\n", 2, "activations: gelu has no output-form derivative"
        + " (f' cannot be computed from y alone); use --derivative with the inputs x instead",
        "eval", "gelu", "--derivative-from-output", "--with-pack"));
    c.add(new Case("collapse without a name", "", 2, "activations: collapse needs an activation:"
        + " write activations collapse NAME (for example, activations collapse linear)",
        "collapse"));
    c.add(new Case("missing plugin", "", 2, "activations: plugin path '" + dir.resolve("none.jar")
        + "' does not exist; give jar files or folders of jars", "list", "--plugin-path",
        dir.resolve("none.jar").toString()));
    c.add(new Case("too few points", "", 2, "activations: --points: points (5) must be >= 100",
        "check", "--points", "5"));
    c.add(new Case("bad axis range", "", 2, "activations: Invalid value for option '--x-range': '1:1'"
        + " is not a range; MIN and MAX must be finite with MIN < MAX, for example -3:3 (see"
        + " 'activations plot --help')", "plot", "--x-range", "1:1", "--out", out));
    c.add(new Case("bad hidden count", "", 2, "activations: --hidden (0) must be between 1 and 10000",
        "collapse", "tanh", "--hidden", "0"));
    c.add(new Case("timeout of zero", "", 2, "activations: --timeout (0.0) must be more than 0 and"
        + " at most 86400 seconds; give the seconds each function may take (default 10)", "check",
        "--timeout", "0"));
    c.add(new Case("two activations for collapse", "", 2, "activations: two activations given,"
        + " 'relu' and --activation 'tanh'; give one", "collapse", "relu", "--activation", "tanh"));
    Path empty = dir.resolve("no-jars");
    Path loop = dir.resolve("loop.md");
    try {
      Files.createDirectories(empty);
      if (!Files.isSymbolicLink(loop)) {
        Files.createSymbolicLink(loop, dir.resolve("loop2.md"));
        Files.createSymbolicLink(dir.resolve("loop2.md"), loop);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    c.add(new Case("plugin folder without jars", "", 2, "activations: plugin path folder '" + empty
        + "' contains no .jar files; name the plugin jars or a folder that holds them", "list",
        "--plugin-path", empty.toString()));
    c.add(new Case("output link in a loop", "", 2, "activations: output '" + loop + "' is a chain"
        + " of more than 40 links (a loop?); give the file itself as --out", "table", "--out",
        loop.toString()));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputGetsItsExactOneLineAnswer() {
    List<Case> all = new ArrayList<>(catalogue());
    all.add(new Case("binary input", null, 2, "activations: line 1: '", "eval", "sigmoid"));
    return all.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      byte[] stdin = c.stdin() == null ? binary() : c.stdin().getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(c.args(), new ByteArrayInputStream(stdin), out, err);
      String stderr = err.toString(StandardCharsets.UTF_8);
      assertEquals(c.status(), status, c.name() + ": " + stderr);
      assertTrue(stderr.endsWith("\n") && stderr.indexOf('\n') == stderr.length() - 1,
          c.name() + ": one line, got " + stderr);
      assertTrue(stderr.startsWith(c.stderr()), c.name() + ": " + stderr);
      if (c.stderr().endsWith("'") || c.stderr().endsWith(": ")) {
        assertTrue(stderr.length() > c.stderr().length() + 1, c.name());
      } else {
        assertEquals(c.stderr() + "\n", stderr, c.name());
      }
      assertFalse(stderr.contains("\tat "), c.name() + ": no stack trace");
      try (var files = Files.list(dir)) {
        assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")
            || p.getFileName().toString().equals("t.md")), c.name() + ": no partial output");
      }
      cases++;
    }));
  }

  @TestFactory
  Stream<DynamicTest> debugShowsTheStackTrace() {
    return Stream.of(DynamicTest.dynamicTest("--debug", () -> {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(new String[] {"eval", "sigmod", "--debug"},
          new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err);
      assertEquals(2, status);
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("\tat org.activations."));
    }));
  }

  @AfterAll
  static void report() {
    System.out.printf("[catalogue] command line: %d bad inputs tried%n", cases);
  }
}
