package org.activations.tools.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's output whole or not at all: to standard output, or to a file through a
 * temporary file in the same folder that is moved over the target only once it is complete.
 */
final class OutputFile {
  private OutputFile() {}

  /**
   * Writes {@code text} to {@code out} (a path) or, if it is null, to {@code stdout}.
   *
   * @throws UserInputException if the folder does not exist, is not writable, or the path is a folder
   * @throws RunFailedException if writing fails (a full disk)
   */
  static void write(String out, String text, PrintWriter stdout) {
    if (out == null || out.equals("-")) {
      stdout.write(text);
      stdout.flush();
      return;
    }
    write(Path.of(out), text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to {@code target} atomically; see {@link #write(String, String, PrintWriter)}. */
  static void write(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new UserInputException("output '" + target + "' is a folder; give a file name");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      // A device such as /dev/stdout or /dev/full: no temporary file beside it, write directly.
      try (OutputStream s = Files.newOutputStream(absolute)) {
        s.write(bytes);
      } catch (IOException e) {
        throw new RunFailedException("could not write '" + target + "': " + reason(e), e);
      }
      return;
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new UserInputException("output folder '" + (folder == null ? target : folder)
          + "' does not exist; create it first or choose another --out");
    }
    Path temporary;
    try {
      // Not createTempFile: its owner-only permissions would stay on the finished file.
      temporary = Files.createFile(folder.resolve("." + absolute.getFileName() + "."
          + Long.toHexString(System.nanoTime()) + ".partial"));
    } catch (AccessDeniedException e) {
      throw new UserInputException("cannot write to folder '" + folder + "': permission denied;"
          + " choose another --out", e);
    } catch (IOException e) {
      throw new UserInputException("cannot write to folder '" + folder + "': " + reason(e), e);
    }
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new RunFailedException("could not write '" + target + "': " + reason(e)
          + "; nothing was written", e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // the move succeeded or the folder vanished; either way nothing more can be done
      }
    }
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
