package org.activations.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.activations.InvalidSpecException;
import org.activations.registry.ActivationRegistry;
import org.activations.testkit.ServiceRegistrationCheck;
import org.junit.jupiter.api.Test;

/** The pack's two registrations agree, and the registry finds all 21 with their aliases. */
class PackRegistrationTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void moduleInfoAndServiceFileListTheSameProviders() {
    assertEquals(21, ServiceRegistrationCheck.providers(CLASSES).size());
    ModuleDescriptor descriptor = ModuleFinder.of(CLASSES).findAll().iterator().next().descriptor();
    assertEquals(Set.of(), descriptor.exports(), "the pack exports nothing");
  }

  @Test
  void theRegistryFindsAll21WithoutProblems() {
    ActivationRegistry registry = ActivationRegistry.load();
    assertEquals(PackConformanceTest.NAMES, registry.names().stream()
        .filter(PackConformanceTest.NAMES::contains).toList());
    assertEquals(List.of(), registry.problems());
    assertEquals("swish", registry.get("SiLU").info().name());
    assertEquals("swish(beta=1.0)", registry.get("silu").spec());
    assertEquals("leaky_relu(alpha=0.2)", registry.get("leaky_relu(alpha=0.2)").spec());
    assertEquals("hard_tanh(min_val=-2.0, max_val=1.0)", registry.get("hard_tanh(min_val=-2)").spec());
  }

  @Test
  void pytorchParameterNamesAreAliases() {
    ActivationRegistry registry = ActivationRegistry.load();
    assertEquals("leaky_relu(alpha=0.2)", registry.get("leaky_relu(negative_slope=0.2)").spec());
    assertEquals("hardshrink(lambda=1.0)", registry.get("hardshrink(lambd=1)").spec());
    assertEquals("softshrink(lambda=0.25)", registry.get("softshrink(lambd=0.25)").spec());
    InvalidSpecException twice = assertThrows(InvalidSpecException.class,
        () -> registry.get("leaky_relu(alpha=0.1, negative_slope=0.2)"));
    assertTrue(twice.getMessage().contains("'alpha' is given twice"), twice.getMessage());
    List<String> aliases = registry.provider("leaky_relu").parameters().get(0).aliases();
    assertEquals(List.of("negative_slope"), aliases);
  }

  @Test
  void refusedParametersSayWhy() {
    ActivationRegistry registry = ActivationRegistry.load();
    assertEquals(registry.get("rrelu(lower=0.3, upper=0.1)").apply(-1),
        registry.get("rrelu(lower=0.1, upper=0.3)").apply(-1));
    InvalidSpecException slope = assertThrows(InvalidSpecException.class,
        () -> registry.get("prelu(alpha=-0.5)"));
    assertTrue(slope.getMessage().contains("alpha must be in [0, 1)"), slope.getMessage());
    InvalidSpecException lambda = assertThrows(InvalidSpecException.class,
        () -> registry.get("softshrink(lambda=-1)"));
    assertTrue(lambda.getMessage().contains("lambda must be in (0, ∞)"), lambda.getMessage());
  }
}
