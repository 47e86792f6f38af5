package org.activations.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activations.spi.ActivationProvider;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Assertions;

/**
 * Checks that a plugin registers its providers twice and alike: in {@code module-info}'s
 * {@code provides} for the module path, and in {@code META-INF/services} for the class path.
 *
 * <pre>{@code
 * @Test
 * void bothRegistrationsAgree() {
 *   assertEquals(16, ServiceRegistrationCheck.providers(Path.of("target", "classes")).size());
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ServiceRegistrationCheck {
  private static final String SERVICE_FILE = "META-INF/services/" + ActivationProvider.class.getName();

  private ServiceRegistrationCheck() {}

  /**
   * The providers that the compiled module in {@code classes} registers, after asserting that its
   * {@code provides} clause and its service file list the same classes.
   *
   * @param classes a folder or jar holding a compiled {@code module-info.class} and the service file
   * @return the provider classes' binary names, sorted
   * @throws org.opentest4j.AssertionFailedError if the two lists differ, or {@code classes} holds no
   *     module
   */
  public static List<String> providers(Path classes) {
    ModuleDescriptor descriptor = ModuleFinder.of(classes).findAll().stream()
        .map(ModuleReference::descriptor).findFirst()
        .orElseThrow(() -> new AssertionError("no module-info.class in " + classes
            + "; compile the module first (mvn compile)"));
    List<String> provided = descriptor.provides().stream()
        .filter(p -> p.service().equals(ActivationProvider.class.getName()))
        .flatMap(p -> p.providers().stream()).sorted().toList();
    Assertions.assertEquals(provided, listed(classes), "module-info provides (expected) and "
        + SERVICE_FILE + " (actual) of " + descriptor.name() + " must list the same providers");
    return provided;
  }

  private static List<String> listed(Path classes) {
    try {
      if (Files.isDirectory(classes)) {
        return lines(classes.resolve(SERVICE_FILE));
      }
      try (FileSystem jar = FileSystems.newFileSystem(classes)) {
        return lines(jar.getPath(SERVICE_FILE));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SERVICE_FILE + " in " + classes, e);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream().map(l -> l.replaceAll("#.*", "").strip())
        .filter(l -> !l.isEmpty()).sorted().toList();
  }
}
