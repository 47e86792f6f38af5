package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ActivationProvider;
import org.junit.jupiter.api.Test;

/** The pack's two registrations agree, and the registry finds all sixteen with their aliases. */
class PackRegistrationTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void moduleInfoAndServiceFileListTheSameProviders() throws IOException {
    ModuleDescriptor descriptor = ModuleFinder.of(CLASSES).findAll().iterator().next().descriptor();
    List<String> provided = descriptor.provides().stream()
        .flatMap(p -> p.providers().stream()).sorted().toList();
    List<String> listed = Files.readAllLines(
            CLASSES.resolve("META-INF/services/" + ActivationProvider.class.getName())).stream()
        .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).sorted().toList();
    assertEquals(16, provided.size());
    assertEquals(provided, listed);
    assertEquals(Set.of(), descriptor.exports(), "the pack exports nothing");
  }

  @Test
  void theRegistryFindsAllSixteenWithoutProblems() {
    ActivationRegistry registry = ActivationRegistry.load();
    assertEquals(PackConformanceTest.NAMES, registry.names().stream()
        .filter(PackConformanceTest.NAMES::contains).toList());
    assertEquals(List.of(), registry.problems());
    assertEquals("swish", registry.get("SiLU").info().name());
    assertEquals("swish(beta=1.0)", registry.get("silu").spec());
    assertEquals("leaky_relu(alpha=0.2)", registry.get("leaky_relu(alpha=0.2)").spec());
    assertEquals("hard_tanh(min_val=-2.0, max_val=1.0)", registry.get("hard_tanh(min_val=-2)").spec());
  }
}
