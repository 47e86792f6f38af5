package org.activations.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ActivationProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus is complete, consistent and loadable as a plugin. */
class CorpusStructureTest {
  private static final String SERVICES = "META-INF/services/" + ActivationProvider.class.getName();

  @Test
  void hasEnoughEntriesOfEachKind() {
    assertTrue(Corpus.flawed().size() >= 45, "flawed: " + Corpus.flawed().size());
    assertTrue(Corpus.correct().size() >= 22, "correct: " + Corpus.correct().size());
    assertEquals(Corpus.flawed().size() + Corpus.correct().size(), Corpus.all().size());
    assertTrue(Corpus.flawed().stream().allMatch(CorpusEntry::flawed));
    assertTrue(Corpus.correct().stream().noneMatch(CorpusEntry::flawed));
  }

  @Test
  void everyDefectIsThePrimaryCauseOfAtLeastTwoEntries() {
    Map<Defect, Integer> count = new EnumMap<>(Defect.class);
    Corpus.flawed().forEach(e -> count.merge(e.primary(), 1, Integer::sum));
    for (Defect d : Defect.values()) {
      assertTrue(count.getOrDefault(d, 0) >= 2, d + ": " + count.get(d));
    }
  }

  @Test
  void namesAreUniqueSnakeCaseAndPrefixedByKind() {
    Set<String> seen = new HashSet<>();
    for (CorpusEntry e : Corpus.all()) {
      assertTrue(seen.add(e.name()), "duplicate " + e.name());
      String prefix = e.flawed() ? "flawed_" : "tricky_";
      assertTrue(e.name().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*") && e.name().startsWith(prefix),
          e.name());
      assertEquals(e.flawed(), !e.witness().isEmpty(), e.name());
      assertTrue(!e.flaw().isBlank(), e.name());
    }
  }

  @Test
  void eachProviderIsPublicWithAPublicNoArgConstructorAndNamesItsFunction() throws Exception {
    for (CorpusEntry e : Corpus.all()) {
      Class<?> type = Class.forName(e.providerClassName());
      assertTrue(Modifier.isPublic(type.getModifiers()), e.providerClassName());
      ActivationProvider provider =
          (ActivationProvider) type.getConstructor().newInstance();
      assertEquals(e.name(), provider.name());
      Activation a = e.factory().get();
      assertEquals(e.name(), a.info().name());
      assertNotSame(a, e.factory().get(), e.name() + ": the factory must make new instances");
    }
  }

  @Test
  void namedFindsEveryEntryAndListsTheNamesOtherwise() {
    Corpus.all().forEach(e -> assertEquals(e, Corpus.named(e.name())));
    NoSuchElementException ex =
        assertThrows(NoSuchElementException.class, () -> Corpus.named("flawed_nope"));
    assertTrue(ex.getMessage().startsWith("no corpus entry 'flawed_nope'; the entries are ["),
        ex.getMessage());
  }

  @Test
  void theCorpusIsNotRegisteredWithServiceLoader() {
    assertNull(Corpus.class.getClassLoader().getResource(SERVICES));
  }

  @Test
  void aServicesFileListingTheProvidersLoadsEveryEntryWithoutProblems(@TempDir Path dir)
      throws IOException {
    Path services = dir.resolve(SERVICES);
    Files.createDirectories(services.getParent());
    Files.write(services, Corpus.providerClassNames());
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        Corpus.class.getClassLoader())) {
      ActivationRegistry registry = ActivationRegistry.load(loader);
      assertEquals(List.of(), registry.problems());
      assertEquals(Corpus.all().stream().map(CorpusEntry::name).sorted().toList(),
          registry.names());
    }
  }

  @Test
  void thePluginJarHoldsEveryProviderAndItsServicesFile(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("corpus.jar");
    List<String> classes = PluginJar.write(jar);
    for (String provider : Corpus.providerClassNames()) {
      assertTrue(classes.contains(provider.replace('.', '/') + ".class"), provider);
    }
    try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile())) {
      String services = new String(in.getInputStream(in.getEntry(PluginJar.SERVICES)).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(Corpus.providerClassNames(), services.lines().toList());
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        Corpus.class.getClassLoader())) {
      assertEquals(Corpus.all().size(), ActivationRegistry.load(loader).names().size());
    }
  }

  @Test
  void theDocumentationPageListsEveryEntryWithItsDefects() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "corpus.md"));
    for (CorpusEntry e : Corpus.all()) {
      String row = "| `" + e.name() + "` | " + (e.flawed()
          ? String.join(", ", e.defects().stream().map(Defect::name).toList()) + " |" : "");
      assertTrue(page.contains(row), "docs/corpus.md lacks the row " + row);
    }
  }

  @Test
  void aFilteredPluginJarRegistersOnlyTheAcceptedEntries(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("quick.jar");
    PluginJar.main(new String[] {jar.toString(), "--without", "timeout", "THROWS"});
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        Corpus.class.getClassLoader())) {
      List<String> names = ActivationRegistry.load(loader).names();
      assertEquals(Corpus.all().stream().filter(e -> !e.defects().contains(Defect.TIMEOUT)
          && !e.defects().contains(Defect.THROWS)).count(), names.size());
      assertTrue(!names.contains("flawed_hangs_on_nan") && names.contains("tricky_sin_2x"));
    }
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> PluginJar.main(new String[] {jar.toString(), "--without", "SLOW"}));
    assertEquals("unknown defect 'SLOW'; the defects are " + List.of(Defect.values()),
        bad.getMessage());
  }

  @Test
  void everyFlawedEntryIsShownAtItsWitnessByATest() throws IOException {
    StringBuilder sources = new StringBuilder();
    try (java.util.stream.Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
      for (Path p : files.filter(p -> p.toString().endsWith("FlawsTest.java")).toList()) {
        sources.append(Files.readString(p));
      }
    }
    for (CorpusEntry e : Corpus.flawed()) {
      assertTrue(sources.indexOf("\"" + e.name() + "\"") >= 0, e.name() + " has no witness test");
    }
  }
}
