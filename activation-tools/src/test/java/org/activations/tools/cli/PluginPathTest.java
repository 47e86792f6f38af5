package org.activations.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins built at test time are discovered, measured and checked exactly like the built-ins. */
class PluginPathTest {
  @TempDir static Path dir;
  static Path good;
  static Path bad;

  @BeforeAll
  static void buildPlugins() throws Exception {
    good = PluginJars.build(dir, "softsign-good", Map.of("com.example.good.SoftsignProvider",
        PluginJars.softsign("com.example.good", "SoftsignProvider", "softsign",
            "1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)))", "(1 - Math.abs(y)) * (1 - Math.abs(y))")),
        List.of("com.example.good.SoftsignProvider"));
    // The derivative is 1/(1+|x|) instead of 1/(1+|x|)^2: wrong everywhere but at 0.
    bad = PluginJars.build(dir, "softsign-bad", Map.of("com.example.bad.BadSoftsignProvider",
        PluginJars.softsign("com.example.bad", "BadSoftsignProvider", "bad_softsign",
            "1 / (1 + Math.abs(x))", "(1 - Math.abs(y)) * (1 - Math.abs(y))")),
        List.of("com.example.bad.BadSoftsignProvider"));
  }

  @Test
  void aPluginIsListedWithItsJar() {
    Cli r = Cli.run("", "list", "--plugin-path", good.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("6 activations found"), r.out());
    assertTrue(r.out().contains("softsign - x / (1 + |x|)"), r.out());
    assertTrue(r.out().contains("  from:       jar " + good), r.out());
  }

  @Test
  void aPluginIsMeasuredInTheTableLikeABuiltIn() throws Exception {
    Cli r = Cli.run("", "table", "--plugin-path", good.toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode functions = root.get("functions");
    assertEquals(6, functions.size());
    JsonNode softsign = functions.get(4); // sorted by name: ..., sigmoid, softsign, tanh
    assertEquals("softsign", softsign.get("name").asText());
    assertEquals("C^1", softsign.at("/verdicts/continuity_order/value").asText());
    assertEquals("yes", softsign.at("/verdicts/identity_at_origin/value").asText());
    assertTrue(softsign.get("passed").asBoolean());
  }

  @Test
  void checkPassesAGoodPluginAndFailsABadOneNamingThePoint() {
    Cli ok = Cli.run("", "check", "--plugin-path", good.toString(), "--functions", "softsign");
    assertEquals(0, ok.status(), ok.out() + ok.err());
    assertTrue(ok.out().startsWith("PASS softsign  (jar " + good + ")"), ok.out());

    Cli r = Cli.run("", "check", "--plugin-path", good + java.io.File.pathSeparator + bad);
    assertEquals(1, r.status(), r.out() + r.err());
    assertTrue(r.out().contains("FAIL bad_softsign  (jar " + bad + ")"), r.out());
    assertTrue(r.out().contains("PASS softsign"), r.out());
    assertTrue(r.out().contains("PASS sigmoid"), r.out());
    assertTrue(r.out().contains("  ! derivative: f'(x) is wrong at x = "), r.out());
    assertTrue(r.out().matches("(?s).*wrong at x = -?[0-9.e-]+: analytic -?[0-9.e-]+, numerical -?[0-9.e-]+ ± .*"),
        r.out());
    assertTrue(r.out().matches("(?s).*7 functions checked in [0-9.]+ s: 6 passed, 1 failed; [0-9]+ points or"
        + " checks could not be verified\n"), r.out());
  }

  /**
   * A modular plugin jar on the module path: a layer of the API, the built-ins and the plugin, whose
   * registry finds the plugin through {@code provides} in its module-info.
   */
  @Test
  void aModularPluginIsFoundOnTheModulePathThroughProvides() throws Exception {
    Path jar = PluginJars.build(dir, "softsign-modular", Map.of(
        "module-info", "module com.example.modular {\n  requires org.activations;\n"
            + "  provides org.activations.spi.ActivationProvider with com.example.modular.Provider;\n}\n",
        "com.example.modular.Provider", PluginJars.softsign("com.example.modular", "Provider",
            "modular_softsign", "1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)))",
            "(1 - Math.abs(y)) * (1 - Math.abs(y))")),
        List.of("com.example.modular.Provider"), true);
    Path builtin = Path.of(Class.forName("org.activations.builtin.Sigmoid$Provider")
        .getProtectionDomain().getCodeSource().getLocation().toURI());
    java.lang.module.ModuleFinder finder = java.lang.module.ModuleFinder.of(
        java.util.stream.Stream.concat(
            java.util.Arrays.stream(PluginJars.apiLocation().split(java.io.File.pathSeparator)).map(Path::of),
            java.util.stream.Stream.of(builtin, jar)).toArray(Path[]::new));
    java.lang.module.Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(finder, java.lang.module.ModuleFinder.of(), java.util.Set.of("org.activations"));
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Class<?> registryClass = layer.findLoader("org.activations")
        .loadClass("org.activations.registry.ActivationRegistry");
    Object registry = registryClass.getMethod("load", ModuleLayer.class).invoke(null, layer);
    assertEquals(List.of("binary_step", "linear", "modular_softsign", "relu", "sigmoid", "tanh"),
        registryClass.getMethod("names").invoke(registry));
    Object registration = registryClass.getMethod("registration", String.class)
        .invoke(registry, "modular_softsign");
    assertEquals("module com.example.modular",
        registration.getClass().getMethod("origin").invoke(registration));
  }

  @Test
  void aFolderOfJarsIsAPluginPath() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("plugins"));
    Files.copy(good, folder.resolve("good.jar"));
    Cli r = Cli.run("", "list", "--plugin-path", folder.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("6 activations found"), r.out());
  }
}
