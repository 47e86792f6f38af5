package org.activations.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.activations.Activation;
import org.activations.AmbiguousActivationException;
import org.activations.LoadProblem;
import org.activations.UnknownActivationException;
import org.activations.fixtures.Providers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivationRegistryTest {
  @TempDir Path dir;

  /** A registry whose class loader sees a service file listing exactly {@code classNames}. */
  private ActivationRegistry registryOf(String... classNames) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.write(services.resolve("org.activations.spi.ActivationProvider"), List.of(classNames));
    URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        Providers.class.getClassLoader());
    return ActivationRegistry.load(loader);
  }

  private static String cls(Class<?> c) {
    return c.getName();
  }

  @Test
  void noProvidersIsAnEmptyRegistryWithoutProblems() {
    ActivationRegistry registry = ActivationRegistry.load(ClassLoader.getPlatformClassLoader());
    assertEquals(List.of(), registry.names());
    assertEquals(List.of(), registry.problems());
    UnknownActivationException e =
        assertThrows(UnknownActivationException.class, () -> registry.get("sigmoid"));
    assertEquals("unknown activation 'sigmoid'; no activations are registered. If it comes from a plugin, put the plugin's"
        + " jar on the class path or module path", e.getMessage());
  }

  @Test
  void looksUpNamesAndAliasesIgnoringCaseDashesUnderscoresAndSpaces() throws IOException {
    ActivationRegistry registry =
        registryOf(cls(Providers.BetaTest.class), cls(Providers.AlphaTest.class));
    assertEquals(List.of("alpha_test", "beta_test"), registry.names());
    for (String name : List.of("alpha_test", "ALPHA-TEST", " Alpha Test ", "alphatest", "first_test",
        "First-Test")) {
      assertEquals("alpha_test", registry.get(name).info().name(), name);
    }
    assertEquals(4.0, registry.get("beta_test").apply(2.0));
    assertTrue(registry.find("nope").isEmpty());
    assertTrue(registry.registration("alpha_test").origin().startsWith("folder "),
        registry.registration("alpha_test").origin());
  }

  @Test
  void unknownNameSuggestsTheNearestAndListsTheKnown() throws IOException {
    ActivationRegistry registry =
        registryOf(cls(Providers.AlphaTest.class), cls(Providers.BetaTest.class));
    UnknownActivationException e =
        assertThrows(UnknownActivationException.class, () -> registry.get("alpah_test"));
    assertEquals("unknown activation 'alpah_test'; did you mean 'alpha_test'? known: alpha_test,"
        + " beta_test. If it comes from a plugin, put the plugin's jar on the class path or module"
        + " path", e.getMessage());
    assertEquals("alpah_test", e.name());
    assertEquals(List.of("alpha_test", "beta_test"), e.available());
    assertEquals("alpha_test", e.suggestion().orElseThrow());

    UnknownActivationException viaAlias =
        assertThrows(UnknownActivationException.class, () -> registry.get("frist_test"));
    assertEquals("alpha_test", viaAlias.suggestion().orElseThrow(), "an alias suggests its function");

    UnknownActivationException far =
        assertThrows(UnknownActivationException.class, () -> registry.get("softmax"));
    assertTrue(far.suggestion().isEmpty());
  }

  @Test
  void nullAndBlankNamesAreRefusedWithAClearMessage() throws IOException {
    ActivationRegistry registry = registryOf(cls(Providers.AlphaTest.class));
    NullPointerException npe = assertThrows(NullPointerException.class, () -> registry.get(null));
    assertEquals("activation name must not be null", npe.getMessage());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> registry.get("  "));
    assertEquals("activation name must not be empty; known: alpha_test", blank.getMessage());
  }

  @Test
  void twoProvidersClaimingOneNameAreBothRejectedAndNamed() throws IOException {
    ActivationRegistry registry = registryOf(cls(Providers.DupOne.class),
        cls(Providers.DupTwo.class), cls(Providers.AlphaTest.class));
    assertEquals(List.of("alpha_test"), registry.names());
    AmbiguousActivationException e =
        assertThrows(AmbiguousActivationException.class, () -> registry.get("DUP"));
    String one = cls(Providers.DupOne.class) + " (folder ";
    String two = cls(Providers.DupTwo.class) + " (folder ";
    assertTrue(e.getMessage().startsWith("activation 'DUP' is claimed by 2 providers: " + one),
        e.getMessage());
    assertTrue(e.getMessage().contains(" and " + two), e.getMessage());
    assertTrue(e.getMessage().endsWith("; remove all but one of them from the plugin path"));
    assertEquals(2, e.claimants().size());
    List<LoadProblem> problems = registry.problems();
    assertEquals(2, problems.size());
    assertTrue(problems.stream().allMatch(p -> p.kind() == LoadProblem.Kind.DUPLICATE_NAME));
    assertEquals(cls(Providers.DupOne.class), problems.get(0).providerClass());
    String first = problems.get(0).message();
    assertTrue(first.startsWith("claims [dup], also claimed by " + two), first);
    assertTrue(first.endsWith("); neither is registered under it: keep only one of them on the"
        + " path"), first);
  }

  @Test
  void brokenProvidersAreReportedAndTheOthersStillLoad() throws IOException {
    ActivationRegistry registry = registryOf(
        "com.example.DoesNotExist",
        cls(Providers.Exploding.class),
        cls(Providers.AlphaTest.class),
        cls(Providers.NullInfo.class),
        cls(Providers.BadName.class),
        cls(Providers.FakeSigmoid.class),
        cls(Providers.Abstract.class),
        cls(Providers.class));
    assertEquals(List.of("alpha_test"), registry.names());
    List<String> lines = registry.problems().stream()
        .map(p -> p.kind() + " " + p.providerClass()).toList();
    assertEquals(List.of(
        "SERVICE_CONFIGURATION com.example.DoesNotExist",
        "SERVICE_CONFIGURATION " + cls(Providers.class),
        "INSTANTIATION " + cls(Providers.Abstract.class),
        "INVALID_PROVIDER " + cls(Providers.BadName.class),
        "INSTANTIATION " + cls(Providers.Exploding.class),
        "RESERVED_NAME " + cls(Providers.FakeSigmoid.class),
        "INVALID_PROVIDER " + cls(Providers.NullInfo.class)), lines);

    LoadProblem missing = registry.problems().get(0);
    assertEquals("folder " + dir, missing.origin(), "the service file that names it");
    assertTrue(missing.message().contains("not found"), missing.message());
    assertTrue(missing.message().endsWith("check the META-INF/services/"
        + "org.activations.spi.ActivationProvider file or the provides clause that names it"));

    LoadProblem notAProvider = problemOf(registry, Providers.class);
    assertTrue(notAProvider.message().contains("not a subtype"), notAProvider.message());

    LoadProblem exploding = problemOf(registry, Providers.Exploding.class);
    assertEquals("could not be instantiated: IllegalStateException: boom in constructor; a provider"
        + " needs a public no-arg constructor that does not throw", exploding.message());
    assertEquals("NullPointerException: info() returned null",
        problemOf(registry, Providers.NullInfo.class).message());
    assertEquals("IllegalArgumentException: name 'Bad Name' must be lowercase snake_case: a letter,"
        + " then letters, digits and single underscores (for example leaky_relu)",
        problemOf(registry, Providers.BadName.class).message());
    assertEquals("claims 'sigmoid', a name reserved for the built-in functions of the module"
        + " org.activations.builtin, which org.activations.fixtures.Providers$FakeSigmoid is not part"
        + " of; rename it (for example to 'my_sigmoid')",
        problemOf(registry, Providers.FakeSigmoid.class).message());
  }

  private static LoadProblem problemOf(ActivationRegistry registry, Class<?> type) {
    return registry.problems().stream().filter(p -> p.providerClass().equals(type.getName()))
        .findFirst().orElseThrow();
  }

  @Test
  void aPluginWithoutBatchKernelsGetsCorrectScalarLoops() throws IOException {
    Activation f = registryOf(cls(Providers.AlphaTest.class)).get("alpha_test"); // x², no kernels
    double[] x = {-3, -0.5, 0, 2, Double.NaN, 7};
    double[] y = new double[8];
    f.apply(x, 1, y, 2, 4);
    assertEquals(List.of(0.0, 0.0, 0.25, 0.0, 4.0, Double.NaN, 0.0, 0.0),
        java.util.Arrays.stream(y).boxed().toList());
    float[] xf = {1.5f, -2f};
    f.apply(xf, 0, xf, 0, 2); // in place
    assertEquals(2.25f, xf[0]);
    assertEquals(4f, xf[1]);
    double[] upstream = {1, 10, 100};
    double[] grad = new double[3];
    f.backward(new double[] {1, 2, 3}, null, upstream, grad, 0, 3); // no output form: reads x
    assertEquals(List.of(2.0, 40.0, 600.0), java.util.Arrays.stream(grad).boxed().toList());
  }

  @Test
  void aRegistryIsSafeToShareBetweenThreads() throws Exception {
    ActivationRegistry registry =
        registryOf(cls(Providers.AlphaTest.class), cls(Providers.BetaTest.class));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Double>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          double sum = 0;
          for (int i = 0; i < 20_000; i++) {
            sum += registry.get(i % 2 == 0 ? "Alpha-Test" : "beta_test").apply(i % 7);
            assertSame(registry.provider("first_test"), registry.provider("alpha_test"));
          }
          return sum;
        }));
      }
      double first = results.get(0).get();
      for (Future<Double> f : results) {
        assertEquals(first, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
