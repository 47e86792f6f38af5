package org.activations.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Writes the corpus as a plugin jar: its classes plus a
 * {@code META-INF/services/org.activations.spi.ActivationProvider} that lists every provider, ready
 * for {@code ./activations check --plugin-path corpus.jar}. The jar does not contain the API, which
 * the tool brings.
 *
 * @since 0.1
 */
public final class PluginJar {
  /** The services file that registers the providers. */
  public static final String SERVICES = "META-INF/services/org.activations.spi.ActivationProvider";

  private static final String PACKAGE_DIR = Corpus.class.getPackageName().replace('.', '/') + "/";

  private PluginJar() {}

  /**
   * Writes the plugin jar of the whole corpus to {@code jar}, replacing a file that is there, and
   * returns the names of the class files it holds.
   *
   * @throws UncheckedIOException if the corpus classes cannot be read or the jar cannot be written
   */
  public static List<String> write(Path jar) {
    return write(jar, entry -> true);
  }

  /**
   * Writes a plugin jar that registers the entries {@code include} accepts (all classes are copied;
   * only the services file differs), for example every entry but the {@link Defect#TIMEOUT} ones.
   *
   * @throws UncheckedIOException if the corpus classes cannot be read or the jar cannot be written
   */
  public static List<String> write(Path jar, Predicate<CorpusEntry> include) {
    Objects.requireNonNull(jar, "jar");
    Objects.requireNonNull(include, "include");
    List<String> providers = Corpus.all().stream().filter(include)
        .map(CorpusEntry::providerClassName).toList();
    List<String> written = new ArrayList<>();
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(SERVICES));
      out.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      Path source = codeSource();
      if (Files.isDirectory(source)) {
        try (Stream<Path> files = Files.list(source.resolve(PACKAGE_DIR))) {
          for (Path p : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
            String name = PACKAGE_DIR + p.getFileName();
            copy(out, name, Files.newInputStream(p));
            written.add(name);
          }
        }
      } else {
        try (JarFile in = new JarFile(source.toFile())) {
          for (JarEntry e : in.stream().filter(PluginJar::isCorpusClass).sorted(
              (a, b) -> a.getName().compareTo(b.getName())).toList()) {
            copy(out, e.getName(), in.getInputStream(e));
            written.add(e.getName());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus plugin jar " + jar, e);
    }
    return List.copyOf(written);
  }

  /**
   * Writes a plugin jar from the command line: {@code PluginJar <jar> [--without DEFECT...]}, for
   * example {@code --without TIMEOUT THROWS} to leave out the entries with those defects.
   *
   * @throws IllegalArgumentException if the arguments are not a jar path and defect names
   */
  public static void main(String[] args) {
    if (args.length == 0 || (args.length > 1 && !args[1].equals("--without"))) {
      throw new IllegalArgumentException("usage: PluginJar <jar> [--without DEFECT...], got "
          + List.of(args));
    }
    Set<Defect> without = EnumSet.noneOf(Defect.class);
    for (int i = 2; i < args.length; i++) {
      try {
        without.add(Defect.valueOf(args[i].toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown defect '" + args[i] + "'; the defects are "
            + List.of(Defect.values()), e);
      }
    }
    Path jar = Path.of(args[0]);
    write(jar, entry -> entry.defects().stream().noneMatch(without::contains));
    System.out.println(jar + ": " + Corpus.all().stream()
        .filter(entry -> entry.defects().stream().noneMatch(without::contains)).count()
        + " functions registered");
  }

  private static boolean isCorpusClass(JarEntry e) {
    String name = e.getName();
    return name.startsWith(PACKAGE_DIR) && name.endsWith(".class")
        && name.indexOf('/', PACKAGE_DIR.length()) < 0;
  }

  private static void copy(JarOutputStream out, String name, InputStream in) throws IOException {
    try (in) {
      out.putNextEntry(new JarEntry(name));
      in.transferTo(out);
      out.closeEntry();
    }
  }

  private static Path codeSource() {
    try {
      return Path.of(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the corpus classes have no file location", e);
    }
  }
}
