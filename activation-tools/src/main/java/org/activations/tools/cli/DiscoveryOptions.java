package org.activations.tools.cli;

import java.util.ArrayList;
import java.util.List;
import org.activations.ActivationRegistry;
import picocli.CommandLine.Option;

/** The options every command shares for finding activations: {@code --plugin-path}. */
final class DiscoveryOptions {
  @Option(names = "--plugin-path", paramLabel = "PATH",
      description = "Plugin jar files or folders of jars to discover activations in, besides the"
          + " class path (repeatable; entries may be joined with the path separator).")
  List<String> pluginPath = new ArrayList<>();

  private PluginPath resolved;

  /** The plugin path, resolved once. */
  PluginPath pluginPath() {
    if (resolved == null) {
      resolved = PluginPath.of(pluginPath);
    }
    return resolved;
  }

  /** A new registry of the class path and the plugin path. */
  ActivationRegistry registry() {
    return pluginPath().registry();
  }
}
