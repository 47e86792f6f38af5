package org.activations.tools.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.activations.registry.ActivationRegistry;

/** Builds small plugin jars at test time: Java sources compiled against the API, plus a service file. */
public final class PluginJars {
  private PluginJars() {}

  /** The softsign function with the given name, derivative expression and output-form expression. */
  public static String softsign(String pkg, String cls, String name, String derivative, String fromOutput) {
    return softsign(pkg, cls, name,
        "Double.isInfinite(x) ? Math.signum(x) : x / (1 + Math.abs(x))", derivative, fromOutput);
  }

  /** The same with the body of apply given as an expression in x. */
  public static String softsign(String pkg, String cls, String name, String apply, String derivative,
      String fromOutput) {
    return """
        package %1$s;

        import org.activations.*;
        import org.activations.spi.*;

        public final class %2$s implements ActivationProvider {
          public String name() { return "%3$s"; }
          public Activation create(Parameters parameters) { return new Fn(); }

          static final class Fn implements Activation {
            static final ActivationInfo INFO = ActivationInfo.builder("%3$s")
                .description("x / (1 + |x|)")
                .function("x / (1 + |x|)", "\\\\frac{x}{1+|x|}")
                .derivative("1 / (1 + |x|)^2", "\\\\frac{1}{(1+|x|)^2}")
                .derivativeFromOutput("(1 - |y|)^2", "(1-|y|)^2")
                .range(Range.open(-1, 1))
                .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1)
                    .monotonic(true).monotonicDerivative(false).zeroCentred(true)
                    .identityAtOrigin(true).saturation(Saturation.BOTH).build())
                .build();
            public ActivationInfo info() { return INFO; }
            public double apply(double x) { return %6$s; }
            public double derivative(double x) { return %4$s; }
            public double derivativeFromOutput(double y) { return %5$s; }
          }
        }
        """.formatted(pkg, cls, name, derivative, fromOutput, apply);
  }

  /** The API's module reads org.apiguardian.api (requires static transitive): its jar, for javac. */
  private static String apiGuardianLocation() {
    try {
      return Path.of(Class.forName("org.apiguardian.api.API").getProtectionDomain().getCodeSource()
          .getLocation().toURI()).toString();
    } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
      throw new IllegalStateException("apiguardian-api is not on the test class path", e);
    }
  }

  /**
   * Compiles {@code sources} (fully qualified class name to source) against the API and writes a jar
   * with a service file that lists {@code providers}.
   */
  public static Path build(Path dir, String jarName, Map<String, String> sources, List<String> providers)
      throws IOException {
    return build(dir, jarName, sources, providers, false);
  }

  /**
   * The same, as a modular jar when {@code modular}: one of the sources must then be
   * {@code module-info}, and the API is on the module path while compiling.
   */
  public static Path build(Path dir, String jarName, Map<String, String> sources, List<String> providers,
      boolean modular) throws IOException {
    Path src = Files.createDirectories(dir.resolve(jarName + "-src"));
    Path classes = Files.createDirectories(dir.resolve(jarName + "-classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(),
        modular ? "--module-path" : "-cp", modular ? apiLocation() + java.io.File.pathSeparator
            + apiGuardianLocation() : apiLocation(), "--release", "17", "-proc:none"));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    int status = javac.run(null, log, log, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("plugin did not compile:\n" + log.toString(StandardCharsets.UTF_8));
    }
    Path jar = dir.resolve(jarName + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
         Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/org.activations.spi.ActivationProvider"));
      write(out, String.join("\n", providers) + "\n");
      out.closeEntry();
    }
    return jar;
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  static String apiLocation() {
    return location(ActivationRegistry.class);
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
