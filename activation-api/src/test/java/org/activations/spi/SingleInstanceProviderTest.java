package org.activations.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activations.Activation;
import org.activations.fixtures.Providers;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A single-instance provider takes its name and aliases from the instance, and shares it. */
class SingleInstanceProviderTest {
  @TempDir Path dir;

  @Test
  void theNameAndAliasesAreTheInstancesAndEveryCreateReturnsIt() {
    Providers.SharedTest p = new Providers.SharedTest();
    Activation f = p.create(null);
    assertEquals("shared_test", p.name());
    assertEquals(List.of("common_test"), p.aliases());
    assertEquals(List.of(), p.parameters());
    assertSame(f, p.create(null));
  }

  @Test
  void theRegistryLoadsItAndHandsOutTheSharedInstanceUnderEitherName() throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.write(services.resolve(ActivationProvider.class.getName()),
        List.of(Providers.SharedTest.class.getName()));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        Providers.class.getClassLoader())) {
      ActivationRegistry registry = ActivationRegistry.load(loader);
      assertEquals(List.of(), registry.problems());
      assertSame(registry.get("shared_test"), registry.get("common_test"));
    }
  }

  @Test
  void aNullInstanceOrMetadataIsRefusedWithTheWayOut() {
    assertEquals("instance", assertThrows(NullPointerException.class,
        () -> new SingleInstanceProvider(null) {}).getMessage());
    Activation noInfo = new Providers.SharedTest().create(null);
    Activation broken = new Activation() {
      @Override
      public org.activations.ActivationInfo info() {
        return null;
      }

      @Override
      public double apply(double x) {
        return noInfo.apply(x);
      }

      @Override
      public double derivative(double x) {
        return noInfo.derivative(x);
      }
    };
    assertEquals(broken.getClass().getName() + ".info() returned null; return the function's"
        + " metadata (ActivationInfo.builder(…).build())", assertThrows(NullPointerException.class,
        () -> new SingleInstanceProvider(broken) {}).getMessage());
  }
}
