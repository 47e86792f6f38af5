package org.activations.tools.cli;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.activations.registry.ActivationRegistry;

/**
 * The jars named by {@code --plugin-path}: jar files and folders of jars, in a new class loader whose
 * parent sees the tools and the built-ins. Nothing is loaded from anywhere the user did not name.
 */
final class PluginPath {
  private final List<Path> jars;
  private final List<String> problems;

  private PluginPath(List<Path> jars, List<String> problems) {
    this.jars = jars;
    this.problems = problems;
  }

  /**
   * Resolves the given entries (each may itself hold several paths joined by the platform's path
   * separator).
   *
   * @throws UserInputException if an entry does not exist or is neither a jar nor a folder
   */
  static PluginPath of(List<String> entries) {
    List<Path> jars = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String entry : entries) {
      for (String part : entry.split(File.pathSeparator)) {
        if (part.isBlank()) {
          continue;
        }
        Path path = Path.of(part);
        if (Files.isDirectory(path)) {
          List<Path> inFolder = jarsIn(path);
          if (inFolder.isEmpty()) {
            throw new UserInputException("plugin path folder '" + part + "' contains no .jar files;"
                + " name the plugin jars or a folder that holds them");
          }
          inFolder.forEach(jar -> addIfReadable(jar, jars, problems));
        } else if (Files.isRegularFile(path)) {
          addIfReadable(path, jars, problems);
        } else {
          throw new UserInputException("plugin path '" + part + "' does not exist;"
              + " give jar files or folders of jars");
        }
      }
    }
    return new PluginPath(ImmutableList.copyOf(jars), ImmutableList.copyOf(problems));
  }

  private static List<Path> jarsIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
          .sorted().toList();
    } catch (IOException e) {
      throw new UserInputException("cannot read plugin folder '" + folder + "': "
          + OutputFile.reason(e) + "; make it readable or name the plugin jars themselves", e);
    }
  }

  /** Keeps a jar that opens as a zip; reports one that does not, and goes on without it. */
  private static void addIfReadable(Path jar, List<Path> jars, List<String> problems) {
    try {
      new JarFile(jar.toFile()).close();
      jars.add(jar.toAbsolutePath().normalize());
    } catch (IOException | SecurityException e) {
      problems.add("jar " + jar.toAbsolutePath().normalize() + ": not a readable jar file ("
          + e.getMessage() + "); it was skipped");
    }
  }

  /** Problems with the path itself (unreadable jars), one line each. */
  List<String> problems() {
    return problems;
  }

  /** The registry of everything on the tools' own class path plus the plugin jars. */
  ActivationRegistry registry() {
    ClassLoader parent = Main.class.getClassLoader();
    if (jars.isEmpty()) {
      return ActivationRegistry.load(parent);
    }
    URL[] urls = jars.stream().map(PluginPath::url).toArray(URL[]::new);
    // Not closed: the functions it loaded are used until the command ends.
    return ActivationRegistry.load(new URLClassLoader("plugins", urls, parent));
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      // a file: URI of an absolute path is always a valid URL
      throw new IllegalStateException("no URL for plugin jar " + jar, e);
    }
  }
}
