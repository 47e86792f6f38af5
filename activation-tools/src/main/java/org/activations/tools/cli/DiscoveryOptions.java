package org.activations.tools.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.activations.registry.ActivationRegistry;
import org.activations.LoadProblem;
import picocli.CommandLine.Option;

/**
 * The options every command shares for finding activations: {@code --plugin-path},
 * {@code --with-pack}, {@code --strict}.
 */
final class DiscoveryOptions {
  @Option(names = "--plugin-path", paramLabel = "PATH",
      description = "Plugin jar files or folders of jars to discover activations in, besides the"
          + " class path (repeatable; entries may be joined with the path separator).")
  List<String> pluginPath = new ArrayList<>();

  @Option(names = "--with-pack",
      description = "Also discover the plugin pack (leaky_relu, gelu, swish and more) from its"
          + " jar in this source tree (the activations script builds it).")
  boolean withPack;

  @Option(names = "--strict",
      description = "Exit with status 1 if any plugin jar or provider failed to load.")
  boolean strict;

  private PluginPath resolved;

  /** The plugin path, resolved once. */
  PluginPath pluginPath() {
    if (resolved == null) {
      List<String> entries = new ArrayList<>(pluginPath);
      if (withPack) {
        entries.add(PackJar.require().toString());
      }
      resolved = PluginPath.of(entries);
    }
    return resolved;
  }

  /** A new registry of the class path and the plugin path; load problems are the caller's to show. */
  ActivationRegistry registry() {
    return pluginPath().registry();
  }

  /**
   * A new registry, with every load problem reported as a warning on {@code err}.
   *
   * @throws RunFailedException under {@code --strict}, if there was any problem
   */
  ActivationRegistry checkedRegistry(PrintWriter err) {
    ActivationRegistry registry = registry();
    List<String> problems = problems(registry);
    problems.forEach(p -> err.println("activations: warning: " + p));
    failIfStrict(problems);
    return registry;
  }

  /** The plugin path's and the registry's problems, one line each. */
  List<String> problems(ActivationRegistry registry) {
    List<String> lines = new ArrayList<>(pluginPath().problems());
    for (LoadProblem p : registry.problems()) {
      lines.add(p.toString());
    }
    return lines;
  }

  /** Under {@code --strict}, turns any problem into exit status 1. */
  void failIfStrict(List<String> problems) {
    if (strict && !problems.isEmpty()) {
      throw new RunFailedException(problems.size() + " plugin problem"
          + (problems.size() == 1 ? "" : "s") + " under --strict (listed above)");
    }
  }
}
