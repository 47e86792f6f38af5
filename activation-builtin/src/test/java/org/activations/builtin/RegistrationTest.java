package org.activations.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;

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
  void moduleInfoAndServiceFileListTheSameProviders() throws IOException {
    ModuleDescriptor descriptor = ModuleFinder.of(CLASSES).findAll().iterator().next().descriptor();
    List<String> provided = descriptor.provides().stream()
        .filter(p -> p.service().equals(ActivationProvider.class.getName()))
        .flatMap(p -> p.providers().stream()).sorted().toList();
    List<String> listed = Files.readAllLines(
            CLASSES.resolve("META-INF/services/" + ActivationProvider.class.getName())).stream()
        .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).sorted().toList();
    assertEquals(5, provided.size());
    assertEquals(provided, listed);
    assertEquals(Set.of(), descriptor.exports(), "the builtin module exports nothing");
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
