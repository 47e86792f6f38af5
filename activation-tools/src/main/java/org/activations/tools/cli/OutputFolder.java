package org.activations.tools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder that a command writes several files into; created if its parent exists. */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * The folder {@code name}, created if missing.
   *
   * @throws UserInputException if it is a file, or its parent folder does not exist, or it cannot
   *     be created
   */
  static Path prepare(String name) {
    Path dir = Path.of(name).toAbsolutePath().normalize();
    if (Files.isDirectory(dir)) {
      return dir;
    }
    if (Files.exists(dir)) {
      throw new UserInputException("output folder '" + name + "' is a file; give a folder");
    }
    Path parent = dir.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UserInputException("cannot create output folder '" + name + "': its parent '"
          + parent + "' does not exist");
    }
    try {
      return Files.createDirectory(dir);
    } catch (IOException e) {
      throw new UserInputException("cannot create output folder '" + name + "': " + e, e);
    }
  }
}
