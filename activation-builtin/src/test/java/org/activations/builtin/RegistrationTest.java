package org.activations.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.Configuration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ActivationProvider;
import org.activations.testkit.ServiceRegistrationCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The built-ins are registered twice, for the class path and the module path, and both work. */
class RegistrationTest {
  private static final List<String> FIVE =
      List.of("binary_step", "linear", "relu", "sigmoid", "tanh");
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void classPathDiscoveryFindsTheFiveWithTheirAliases() {
    ActivationRegistry registry = ActivationRegistry.load();
    assertEquals(FIVE, registry.names());
    assertEquals(List.of(), registry.problems());
    assertEquals("sigmoid", registry.get("Logistic").info().name());
    assertEquals("linear", registry.get("identity").info().name());
    assertEquals("binary_step", registry.get("STEP").info().name());
  }

  @Test
  void moduleInfoAndServiceFileListTheSameProviders() {
    assertEquals(List.of("org.activations.builtin.BinaryStep$Provider",
        "org.activations.builtin.Linear$Provider", "org.activations.builtin.Relu$Provider",
        "org.activations.builtin.Sigmoid$Provider", "org.activations.builtin.Tanh$Provider"),
        ServiceRegistrationCheck.providers(CLASSES));
    ModuleDescriptor descriptor = ModuleFinder.of(CLASSES).findAll().iterator().next().descriptor();
    assertEquals(Set.of(), descriptor.exports(), "the builtin module exports nothing");
  }

  @Test
  void theKitNamesBothListsWhenTheyDiffer(@TempDir Path copy) throws IOException {
    try (var files = Files.walk(CLASSES)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(CLASSES.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    Files.write(copy.resolve("META-INF/services/" + ActivationProvider.class.getName()),
        List.of("org.activations.builtin.Relu$Provider"));
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> ServiceRegistrationCheck.providers(copy));
    assertEquals("module-info provides (expected) and META-INF/services/"
        + "org.activations.spi.ActivationProvider (actual) of org.activations.builtin must list the"
        + " same providers ==> expected: <[org.activations.builtin.BinaryStep$Provider,"
        + " org.activations.builtin.Linear$Provider, org.activations.builtin.Relu$Provider,"
        + " org.activations.builtin.Sigmoid$Provider, org.activations.builtin.Tanh$Provider]> but was:"
        + " <[org.activations.builtin.Relu$Provider]>", e.getMessage());
  }

  /**
   * Runs the built-ins on the module path: a layer of the API module and the builtin module, with the
   * registry of that layer (loaded by the layer's class loader) discovering through {@code provides}.
   */
  @Test
  void modulePathDiscoveryFindsTheFiveThroughProvides() throws Exception {
    Path api = Path.of(ActivationRegistry.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    ModuleFinder finder = ModuleFinder.of(api, CLASSES);
    assertTrue(finder.find("org.activations.builtin").map(ModuleReference::descriptor).isPresent());
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(finder, ModuleFinder.of(), Set.of("org.activations"));
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Class<?> registryClass = layer.findLoader("org.activations")
        .loadClass("org.activations.registry.ActivationRegistry");
    Object registry = registryClass.getMethod("load", ModuleLayer.class).invoke(null, layer);
    assertEquals(FIVE, registryClass.getMethod("names").invoke(registry));
    assertEquals(List.of(), registryClass.getMethod("problems").invoke(registry));
    Object registration = registryClass.getMethod("registration", String.class)
        .invoke(registry, "sigmoid");
    assertEquals("module org.activations.builtin",
        registration.getClass().getMethod("origin").invoke(registration));
    Object sigmoid = registryClass.getMethod("get", String.class).invoke(registry, "logistic");
    Class<?> activation = layer.findLoader("org.activations").loadClass("org.activations.Activation");
    assertEquals(0.5, activation.getMethod("apply", double.class).invoke(sigmoid, 0.0));
  }
}
