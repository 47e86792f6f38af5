package org.activations.tools.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.activations.tools.cli.Main;
import org.activations.tools.cli.PluginJars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken plugins, one jar each: every one is reported with its jar and class, the good plugin and the
 * built-ins keep working, and {@code --strict} turns any problem into exit status 1.
 */
class PluginBadInputCatalogueTest {
  private static final String API = "import org.activations.*;\nimport org.activations.spi.*;\n";
  @TempDir static Path dir;
  static Path good;
  static Path notAZip;
  static Path missingClass;
  static Path abstractProvider;
  static Path throwingConstructor;
  static Path nullMetadata;
  static Path claimsSigmoid;
  static Path throwsFromApply;
  private static int cases;

  private static String cls(String pkg, String body) {
    return "package " + pkg + ";\n" + API + body;
  }

  @BeforeAll
  static void buildJars() throws Exception {
    good = PluginJars.build(dir, "good", Map.of("p.good.Soft", PluginJars.softsign("p.good", "Soft",
        "soft", "1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)))", "(1 - Math.abs(y)) * (1 - Math.abs(y))")),
        List.of("p.good.Soft"));
    notAZip = Files.writeString(dir.resolve("not-a-zip.jar"), "this is not a zip file");
    missingClass = PluginJars.build(dir, "missing", Map.of("p.missing.Present", PluginJars.softsign(
        "p.missing", "Present", "present", "1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)))",
        "(1 - Math.abs(y)) * (1 - Math.abs(y))")), List.of("p.missing.Present", "p.missing.Absent"));
    abstractProvider = PluginJars.build(dir, "abstract", Map.of("p.abs.Abstract", cls("p.abs",
        "public abstract class Abstract implements ActivationProvider {}")), List.of("p.abs.Abstract"));
    throwingConstructor = PluginJars.build(dir, "ctor", Map.of("p.ctor.Throwing", cls("p.ctor",
        "public class Throwing implements ActivationProvider {\n"
            + "  public Throwing() { throw new IllegalStateException(\"broken on purpose\"); }\n"
            + "  public String name() { return \"throwing\"; }\n"
            + "  public Activation create(Parameters p) { return null; }\n}")), List.of("p.ctor.Throwing"));
    nullMetadata = PluginJars.build(dir, "nullinfo", Map.of("p.nul.NullInfo", cls("p.nul",
        "public class NullInfo implements ActivationProvider {\n"
            + "  public String name() { return \"null_info\"; }\n"
            + "  public Activation create(Parameters p) { return new Activation() {\n"
            + "    public ActivationInfo info() { return null; }\n"
            + "    public double apply(double x) { return x; }\n"
            + "    public double derivative(double x) { return 1; }\n  }; }\n}")),
        List.of("p.nul.NullInfo"));
    claimsSigmoid = PluginJars.build(dir, "clash", Map.of("p.clash.Sigmoid", PluginJars.softsign(
        "p.clash", "Sigmoid", "sigmoid", "1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)))",
        "(1 - Math.abs(y)) * (1 - Math.abs(y))")), List.of("p.clash.Sigmoid"));
    throwsFromApply = PluginJars.build(dir, "thrower", Map.of("p.thr.Thrower", PluginJars.softsign(
        "p.thr", "Thrower", "thrower",
        "x > 2.5 ? Math.sqrt(-1) + Integer.parseInt(\"not a number\") : x / (1 + Math.abs(x))",
        "1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)))", "(1 - Math.abs(y)) * (1 - Math.abs(y))")),
        List.of("p.thr.Thrower"));
  }

  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String path(Path... jars) {
    StringBuilder s = new StringBuilder();
    for (Path p : jars) {
      s.append(s.length() == 0 ? "" : File.pathSeparator).append(p);
    }
    return s.toString();
  }

  /** Lists the good plugin with one broken jar; the problem line must name the jar and the class. */
  private static void assertReported(Path broken, String problemLine) {
    assertReported(broken, problemLine, 6);
  }

  private static void assertReported(Path broken, String problemLine, int found) {
    Run r = run("list", "--plugin-path", path(good, broken));
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith(found + " activations found"), "the others still load: " + r.out());
    assertTrue(r.out().contains("\nsoft - "), r.out());
    assertTrue(r.out().contains("1 load problem:\n  " + problemLine), r.out());
    Run strict = run("list", "--strict", "--plugin-path", path(good, broken));
    assertEquals(1, strict.status());
    assertEquals("activations: 1 plugin problem under --strict (listed above)\n", strict.err());
    Run table = run("table", "--functions", "soft", "--plugin-path", path(good, broken));
    assertEquals(0, table.status(), table.err());
    assertTrue(table.err().startsWith("activations: warning: " + problemLine), table.err());
    cases++;
  }

  @Test
  void aJarThatIsNotAZip() {
    assertReported(notAZip, "jar " + notAZip + ": not a readable jar file (zip END header not found);"
        + " it was skipped");
  }

  @Test
  void aProviderClassThatIsMissing() {
    Run r = run("list", "--plugin-path", path(good, missingClass));
    assertTrue(r.out().contains("SERVICE_CONFIGURATION p.missing.Absent (jar " + missingClass
        + "): org.activations.spi.ActivationProvider: Provider p.missing.Absent not found"), r.out());
    assertTrue(r.out().contains("\npresent - "), "the jar's other provider still loads");
    assertReported(missingClass, "SERVICE_CONFIGURATION p.missing.Absent (jar " + missingClass + ")",
        7);
  }

  @Test
  void anAbstractProvider() {
    assertReported(abstractProvider, "INSTANTIATION p.abs.Abstract (jar " + abstractProvider
        + "): could not be instantiated: ");
  }

  @Test
  void aConstructorThatThrows() {
    assertReported(throwingConstructor, "INSTANTIATION p.ctor.Throwing (jar " + throwingConstructor
        + "): could not be instantiated: IllegalStateException: broken on purpose; a provider needs a"
        + " public no-arg constructor that does not throw");
  }

  @Test
  void nullMetadata() {
    assertReported(nullMetadata, "INVALID_PROVIDER p.nul.NullInfo (jar " + nullMetadata
        + "): NullPointerException: info() returned null");
  }

  @Test
  void aNameThatClashesWithABuiltIn() {
    assertReported(claimsSigmoid, "RESERVED_NAME p.clash.Sigmoid (jar " + claimsSigmoid
        + "): claims 'sigmoid', a name reserved for the built-in functions of the module"
        + " org.activations.builtin, which p.clash.Sigmoid is not part of; rename it (for example to"
        + " 'my_sigmoid')");
    Run r = run("eval", "sigmoid", "--plugin-path", claimsSigmoid.toString());
    assertEquals(0, r.status(), "the built-in sigmoid still answers");
  }

  @Test
  void aFunctionThatThrowsFromApplyIsReportedAndTheOthersAreChecked() {
    // three functions, not all seven: each analysis costs a second of the build
    Run check = run("check", "--functions", "soft,thrower,sigmoid", "--plugin-path",
        path(good, throwsFromApply));
    assertEquals(1, check.status(), check.out() + check.err());
    assertTrue(check.out().contains("FAIL thrower  (jar "), check.out());
    assertTrue(check.out().contains("  ! throws: apply("), check.out());
    assertTrue(check.out().contains("NumberFormatException"), check.out());
    assertTrue(check.out().contains("PASS soft "), check.out());
    assertTrue(check.out().contains("PASS sigmoid "), check.out());
    assertTrue(check.out().matches("(?s).*3 functions checked in [0-9.]+ s: 2 passed, 1 failed;.*"),
        check.out());
    Run table = run("table", "--functions", "soft,thrower,sigmoid", "--plugin-path",
        path(good, throwsFromApply));
    assertEquals(1, table.status());
    assertTrue(table.out().startsWith("| Property | soft | sigmoid |"),
        "the table of the others is still printed: " + table.out());
    assertTrue(table.err().startsWith("activations: left out: thrower"), table.err());
    assertFalse(table.err().contains("\tat "));
    cases++;
  }

  @Test
  void plotAndReportLeaveOutAThrowingFunctionAndWriteTheOthers() throws Exception {
    Path plots = dir.resolve("plots");
    Run plot = run("plot", "--format", "svg", "--out", plots.toString(), "--plugin-path",
        path(good, throwsFromApply));
    assertEquals(1, plot.status(), plot.err());
    assertEquals(List.of("activations: left out: thrower (p.thr.Thrower$Fn) threw:"
        + " java.lang.NumberFormatException: For input string: \"not a number\"",
        "activations: 1 function failed and was left out (listed above); the others were drawn"),
        plot.err().lines().map(l -> l.replaceAll(" at x = .*", "")).toList(), plot.err());
    assertTrue(Files.exists(plots.resolve("soft.svg")) && Files.exists(plots.resolve("tanh.svg")));
    assertFalse(Files.exists(plots.resolve("thrower.svg")));
    assertTrue(plot.out().contains("wrote " + plots.resolve("soft.svg") + " ("), plot.out());
    Path page = dir.resolve("report.html");
    Run report = run("report", "--out", page.toString(), "--plugin-path",
        path(good, throwsFromApply));
    assertEquals(1, report.status(), report.err());
    assertTrue(report.err().startsWith("activations: left out: thrower (p.thr.Thrower$Fn) threw"),
        report.err());
    assertFalse(report.err().contains("internal error"), report.err());
    String html = Files.readString(page);
    assertTrue(html.contains("id=\"fn-soft\"") && !html.contains("id=\"fn-thrower\""));
    cases += 2;
  }

  @AfterAll
  static void report() {
    System.out.printf("[catalogue] plugins: %d broken plugins tried%n", cases);
  }
}
