package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.activations.Activation;
import org.activations.corpus.Corpus;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ActivationProvider;
import org.activations.spi.SingleInstanceProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function whose provider shares one instance is raced on the first calls of new instances all
 * the same: the corpus's lazily built table, registered through {@link SingleInstanceProvider}.
 */
class FreshInstancesTest {
  private static final String NAME = "flawed_lazy_table_race";

  /** The corpus's lazy table, one shared instance per provider. */
  public static final class SharedLazyTable extends SingleInstanceProvider {
    /** Called by the registry. */
    public SharedLazyTable() {
      super(Corpus.named(NAME).factory().get());
    }
  }

  @TempDir Path dir;

  private ActivationRegistry registry(URLClassLoader loader) throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.write(services.resolve(ActivationProvider.class.getName()),
        List.of(SharedLazyTable.class.getName()));
    return ActivationRegistry.load(loader);
  }

  private static java.util.function.Supplier<Activation> fresh(ActivationRegistry registry) {
    return FreshInstances.of(registry.provider(NAME), () -> registry.get(NAME));
  }

  @Test
  void aSharedInstancesFunctionIsRacedOnTheFirstCallsOfNewOnes() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      ActivationRegistry registry = registry(loader);
      assertEquals(List.of(), registry.problems());
      Activation shared = registry.get(NAME);
      assertSame(shared, registry.get(NAME));
      assertNotSame(shared, fresh(registry).get());
      PropertyReport r = new PropertyAnalyzer(PropertyAnalyzer.DEFAULT_SEED, Duration.ofSeconds(4))
          .analyze(shared, fresh(registry), "test");
      assertTrue(r.failures().stream().anyMatch(f -> f.concern() == Concern.THREAD_SAFETY
          && f.message().contains("first calls on a new instance")), r.failures().toString());
    }
  }
}
