package org.activations.tools.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Where the plugin pack's jar is in this source tree ({@code activation-pack/target/}), how to build
 * it, and which names it provides, so that an unknown name from the pack can be answered with the
 * jar and the command that builds it. The names are a hint only: what the tools show is always
 * discovered from the jar itself.
 */
final class PackJar {
  /** Overrides the jar's location. */
  static final String PROPERTY = "activations.pack";
  /** The command that builds the jar, from the root of the source tree. */
  static final String BUILD = "mvn -B -q -DskipTests package -pl activation-pack -am";

  private PackJar() {}

  /** The jar's expected location: beside the tools in the source tree, or {@value #PROPERTY}. */
  static Path location() {
    String given = System.getProperty(PROPERTY);
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    return root().resolve("activation-pack/target/activation-pack-" + version() + ".jar");
  }

  /** The location as the user should read it: relative to the working directory when shorter. */
  static String shown() {
    Path location = location().toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    try {
      String relative = here.relativize(location).toString();
      return relative.length() < location.toString().length() ? relative : location.toString();
    } catch (IllegalArgumentException e) {
      return location.toString();
    }
  }

  /** True if {@code name} (a name or alias, lowercase) is one the pack provides. */
  static boolean provides(String name) {
    return names().contains(name);
  }

  /** The pack's names and aliases, as this version of the tools knows them. */
  static List<String> names() {
    try (InputStream s = PackJar.class.getResourceAsStream("pack-functions.txt")) {
      if (s == null) {
        return List.of();
      }
      return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The jar with a way out if it is missing. */
  static Path require() {
    Path jar = location();
    if (!Files.isRegularFile(jar)) {
      throw new UserInputException("--with-pack: the plugin pack's jar " + shown() + " is not"
          + " built; build it from the source tree's root with: " + BUILD);
    }
    return jar;
  }

  /** The root of the source tree: the tools' jar or classes are in activation-tools/target/. */
  private static Path root() {
    try {
      Path code = Path.of(PackJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = code.getParent();
      Path module = target == null ? null : target.getParent();
      Path root = module == null ? null : module.getParent();
      return root == null ? Path.of("") : root;
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Path.of("");
    }
  }

  private static String version() {
    Properties p = new Properties();
    try (InputStream s = Main.class.getResourceAsStream("version.properties")) {
      if (s != null) {
        p.load(s);
      }
    } catch (IOException e) {
      // the default below
    }
    return p.getProperty("version", "0.1.0-SNAPSHOT");
  }
}
