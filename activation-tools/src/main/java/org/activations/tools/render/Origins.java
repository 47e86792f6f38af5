package org.activations.tools.render;

import java.nio.file.Path;

/** Paths shown to a reader: relative to the working directory, never the machine's home. */
public final class Origins {
  private Origins() {}

  /** {@code path} relative to the working directory when it lies inside it, else as given. */
  public static String relative(String path) {
    try {
      Path p = Path.of(path).toAbsolutePath().normalize();
      Path here = Path.of("").toAbsolutePath();
      return p.startsWith(here) ? here.relativize(p).toString() : path;
    } catch (RuntimeException e) {
      return path;
    }
  }

  /**
   * An origin with its path relative to the working directory when it lies inside it:
   * {@code jar activation-tools/target/activations.jar}.
   */
  public static String local(String origin) {
    for (String kind : new String[] {"jar ", "folder "}) {
      if (origin.startsWith(kind)) {
        return kind + relative(origin.substring(kind.length()));
      }
    }
    return origin;
  }

  /**
   * An origin as a reader should see it: {@code jar activations.jar} for a jar (its name, which
   * says what it is, without the folders of the machine that made the report), a folder relative
   * to the working directory, a module as it is.
   */
  public static String shown(String origin) {
    if (origin.startsWith("jar ")) {
      Path name = Path.of(origin.substring(4)).getFileName();
      return "jar " + (name == null ? origin.substring(4) : name);
    }
    if (origin.startsWith("folder ")) {
      return "folder " + relative(origin.substring(7));
    }
    return origin;
  }
}
