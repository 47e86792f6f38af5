package org.activations.tools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A folder that a command writes several files into; created if its parent exists. */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * The folder {@code name} as the user gave it (so that files in it are shown relative to the
   * working directory), created if missing.
   *
   * @throws UserInputException if it is empty or a file, its parent folder does not exist, or it
   *     cannot be created
   */
  static Path prepare(String name) {
    if (name.isBlank()) {
      throw new UserInputException("--out is empty; give a folder name");
    }
    Path dir = OutputFile.path(name);
    if (Files.isDirectory(dir)) {
      if (!Files.isWritable(dir)) {
        throw new UserInputException("cannot write into output folder '" + name
            + "': permission denied; choose another --out");
      }
      return dir;
    }
    if (Files.exists(dir)) {
      throw new UserInputException("output folder '" + name + "' is a file; give a folder");
    }
    Path parent = dir.toAbsolutePath().getParent();
    String parentShown = dir.getParent() == null ? "." : dir.getParent().toString();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UserInputException("cannot create output folder '" + name + "': its parent '"
          + parentShown + "' does not exist; create it first (mkdir -p '" + name
          + "') or choose another --out");
    }
    try {
      Files.createDirectory(dir);
      return dir;
    } catch (IOException e) {
      String why = e instanceof NoSuchFileException ? "the folder '" + parentShown
          + "' does not accept new folders" : OutputFile.reason(e);
      throw new UserInputException("cannot create output folder '" + name + "': " + why
          + "; choose another --out", e);
    }
  }
}
