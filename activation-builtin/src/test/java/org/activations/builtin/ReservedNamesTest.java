package org.activations.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import org.activations.LoadProblem;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in names are bound to this module by code source, not by package: a plugin jar whose
 * provider sits in {@code org.activations.builtin} and claims {@code sigmoid} is refused, and the
 * built-in sigmoid keeps working.
 */
class ReservedNamesTest {
  private static final String FAKE = """
      package org.activations.builtin;

      import org.activations.Activation;
      import org.activations.spi.ActivationProvider;
      import org.activations.spi.Parameters;

      public final class FakeSigmoid implements ActivationProvider {
        public FakeSigmoid() {}

        @Override
        public String name() {
          return "sigmoid";
        }

        @Override
        public Activation create(Parameters parameters) {
          throw new AssertionError("a refused provider is never asked for a function");
        }
      }
      """;

  @Test
  void aJarThatDeclaresTheBuiltinPackageCannotClaimABuiltinName(@TempDir Path dir)
      throws IOException {
    Path jar = fakeSigmoidJar(dir);
    ActivationRegistry registry = ActivationRegistry.load(
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader()));
    assertEquals(List.of(new LoadProblem(LoadProblem.Kind.RESERVED_NAME,
        "org.activations.builtin.FakeSigmoid", "jar " + jar, "claims 'sigmoid', a name reserved for"
            + " the built-in functions of the module org.activations.builtin, which"
            + " org.activations.builtin.FakeSigmoid is not part of; rename it (for example to"
            + " 'my_sigmoid')")), registry.problems());
    assertEquals(List.of("binary_step", "linear", "relu", "sigmoid", "tanh"), registry.names());
    assertEquals(Sigmoid.class, registry.get("sigmoid").getClass());
    assertEquals(0.5, registry.get("sigmoid").apply(0));
  }

  /** Compiles {@link #FAKE} against the class path of this test and packs it with its service file. */
  private static Path fakeSigmoidJar(Path dir) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/org/activations/builtin"));
    Files.writeString(src.resolve("FakeSigmoid.java"), FAKE);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    int status = javac.run(System.out, System.err, "-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), src.resolve("FakeSigmoid.java").toString());
    assertEquals(0, status, "javac of the fake provider");
    Path jar = dir.resolve("fake-sigmoid.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, "org/activations/builtin/FakeSigmoid.class",
          Files.readAllBytes(classes.resolve("org/activations/builtin/FakeSigmoid.class")));
      add(out, "META-INF/services/org.activations.spi.ActivationProvider",
          "org.activations.builtin.FakeSigmoid\n".getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream entry = out;
    entry.write(bytes);
    out.closeEntry();
  }
}
