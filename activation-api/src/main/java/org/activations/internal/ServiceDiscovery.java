package org.activations.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Spliterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activations.LoadProblem;
import org.activations.spi.ActivationProvider;

/**
 * The one place that calls {@link ServiceLoader}. It instantiates every provider it can and turns
 * every {@link ServiceConfigurationError} into a {@link LoadProblem}, so that one broken plugin never
 * hides the others.
 */
public final class ServiceDiscovery {
  private static final String SERVICE_FILE = "META-INF/services/" + ActivationProvider.class.getName();
  private static final Pattern PROVIDER_NAME = Pattern.compile("Provider ([\\w$.]+)|: ([\\w$.]+) not a subtype");
  /** ServiceLoader may fail to make progress after an error; this bounds the retries. */
  private static final int MAX_ERRORS = 1000;

  /** A provider that was instantiated, and where it came from. */
  public record Found(ActivationProvider provider, String origin) {}

  /** The providers found and the problems met. */
  public record Result(List<Found> found, List<LoadProblem> problems) {}

  private ServiceDiscovery() {}

  /**
   * Discovers providers visible to {@code loader} (class path and named modules it defines).
   *
   * @param loader the class loader
   * @return the providers and the problems
   */
  public static Result discover(ClassLoader loader) {
    return discover(ServiceLoader.load(ActivationProvider.class, loader), loader);
  }

  /**
   * Discovers providers in the modules of {@code layer} and its parents.
   *
   * @param layer the module layer
   * @return the providers and the problems
   */
  public static Result discover(ModuleLayer layer) {
    return discover(ServiceLoader.load(layer, ActivationProvider.class), null);
  }

  private static Result discover(ServiceLoader<ActivationProvider> serviceLoader, ClassLoader loader) {
    List<Found> found = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();
    Spliterator<ServiceLoader.Provider<ActivationProvider>> providers =
        serviceLoader.stream().spliterator();
    int errors = 0;
    while (errors < MAX_ERRORS) {
      try {
        if (!providers.tryAdvance(p -> instantiate(p, found, problems))) {
          break;
        }
      } catch (ServiceConfigurationError | LinkageError e) {
        errors++;
        problems.add(configurationProblem(e, loader));
      }
    }
    return new Result(List.copyOf(found), List.copyOf(problems));
  }

  private static void instantiate(ServiceLoader.Provider<ActivationProvider> p, List<Found> found,
      List<LoadProblem> problems) {
    Class<? extends ActivationProvider> type = p.type();
    String origin = origin(type);
    try {
      found.add(new Found(p.get(), origin));
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
      problems.add(new LoadProblem(LoadProblem.Kind.INSTANTIATION, type.getName(), origin,
          "could not be instantiated: " + Failures.describe(cause) + (Failures.missingClass(cause) != null
              ? "" : "; a provider needs a public no-arg constructor that does not throw")));
    }
  }

  private static LoadProblem configurationProblem(Throwable e, ClassLoader loader) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher m = PROVIDER_NAME.matcher(message);
    String className = !m.find() ? "?" : m.group(1) != null ? m.group(1) : m.group(2);
    String origin = loader == null || className.equals("?") ? "?" : declaringFile(loader, className);
    String missing = Failures.missingClass(e);
    if (missing != null && !missing.equals(className)) {
      return new LoadProblem(LoadProblem.Kind.SERVICE_CONFIGURATION, className, origin,
          "could not be loaded: " + Failures.describe(e));
    }
    String detail = e.getCause() != null ? message + " (" + Failures.describe(e.getCause()) + ")" : message;
    return new LoadProblem(LoadProblem.Kind.SERVICE_CONFIGURATION, className, origin,
        detail + "; check the " + SERVICE_FILE + " file or the provides clause that names it");
  }

  /** The jar or folder whose service file names {@code className}. */
  private static String declaringFile(ClassLoader loader, String className) {
    try {
      Enumeration<URL> files = loader.getResources(SERVICE_FILE);
      while (files.hasMoreElements()) {
        URL url = files.nextElement();
        try (BufferedReader r = new BufferedReader(
            new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          if (r.lines().map(l -> l.replaceAll("#.*", "").strip()).anyMatch(className::equals)) {
            return location(url);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return "?";
    }
    return "?";
  }

  private static String location(URL serviceFile) {
    String s = serviceFile.toString();
    if (s.startsWith("jar:")) {
      String jar = s.substring(4, s.indexOf("!/"));
      return "jar " + pathOf(jar);
    }
    return "folder " + pathOf(s.substring(0, s.length() - SERVICE_FILE.length()));
  }

  private static String pathOf(String url) {
    try {
      return Path.of(new URL(url).toURI()).toString();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return url;
    }
  }

  /**
   * Where a class came from: its named module, or the jar or folder on the class path.
   *
   * @param type the class
   * @return {@code module NAME}, {@code jar PATH}, {@code folder PATH} or {@code ?}
   */
  public static String origin(Class<?> type) {
    Module module = type.getModule();
    if (module.isNamed()) {
      return "module " + module.getName();
    }
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return "?";
      }
      Path path = Path.of(source.getLocation().toURI());
      return (path.toString().endsWith(".jar") ? "jar " : "folder ") + path;
    } catch (URISyntaxException | RuntimeException e) {
      return "?";
    }
  }
}
