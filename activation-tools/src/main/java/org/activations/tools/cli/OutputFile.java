package org.activations.tools.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;

/**
 * Writes a command's output whole or not at all: to standard output, or to a file through a
 * temporary file beside it that is moved over the target only once it is complete.
 *
 * <p>Careful with what is already there: a read-only target is refused, a symbolic link is written
 * through (the link stays, its target is replaced atomically, beside the target), and a replaced
 * file keeps its permissions. Every error names the path the user gave, the reason in words and the
 * way out; none names a temporary file.
 */
final class OutputFile {
  /** Links followed before giving up (as the kernel's limit for a path lookup). */
  private static final int MAX_LINKS = 40;

  private OutputFile() {}

  /**
   * Writes {@code text} to {@code out} (a path) or, if it is null or {@code -}, to {@code stdout},
   * and returns what to tell the user ({@code wrote t.md (2 KB)}), or null for standard output.
   *
   * @throws UserInputException if the path is empty, a folder, read-only, a loop of links, under a
   *     file, or its folder is missing or not writable
   * @throws RunFailedException if writing fails (a full disk)
   */
  static String write(String out, String text, PrintWriter stdout) {
    if (out == null || out.equals("-")) {
      stdout.write(text);
      stdout.flush();
      return null;
    }
    return write(path(out), text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The path the user gave, checked for being a path at all.
   *
   * @throws UserInputException if it is empty or not a valid path
   */
  static Path path(String out) {
    if (out.isBlank()) {
      throw new UserInputException("--out is empty; give a file name, or - for standard output");
    }
    try {
      return Path.of(out);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UserInputException("--out '" + out + "' is not a valid path (" + e.getReason()
          + "); give a file name");
    }
  }

  /**
   * Writes {@code bytes} to {@code target} atomically and returns the line that says so; see
   * {@link #write(String, String, PrintWriter)}.
   */
  static String write(Path target, byte[] bytes) {
    String shown = target.toString();
    Path file = followLinks(target);
    if (Files.isDirectory(file)) {
      throw new UserInputException("output '" + shown + "' is a folder; give a file name");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A device such as /dev/stdout or /dev/full: no temporary file beside it, write directly.
      try (OutputStream s = Files.newOutputStream(file)) {
        s.write(bytes);
      } catch (IOException e) {
        throw new RunFailedException("could not write '" + shown + "': " + reason(e) + "; "
            + wayOut(e), e);
      }
      return wrote(shown, bytes.length);
    }
    if (Files.exists(file) && (!Files.isWritable(file) || writeProtected(file))) {
      throw new UserInputException("output '" + shown + "' is read-only; make it writable (chmod u+w '"
          + shown + "') or choose another --out");
    }
    Path folder = file.toAbsolutePath().getParent();
    // the folder the file goes in, as the user would write it: a link's target's folder if a link
    String folderShown = !file.equals(target) && folder != null
        ? shownFolder(folder.normalize())
        : target.getParent() == null ? "." : target.getParent().toString();
    String via = file.equals(target) ? "" : " (where the link '" + shown + "' points)";
    Path blocking = folder == null ? null : nearestExisting(folder);
    if (blocking != null && !Files.isDirectory(blocking)) {
      String what = Files.exists(blocking) ? "a file, not a folder" : "a link to nothing";
      throw new UserInputException("output '" + shown + "' lies under '" + shownFolder(blocking)
          + "'" + via + ", which is " + what + "; choose another --out");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new UserInputException("output folder '" + folderShown + "'" + via + " does not exist;"
          + " create it first (mkdir -p '" + folderShown + "') or choose another --out");
    }
    Path temporary;
    try {
      // Not createTempFile: its owner-only permissions would stay on the finished file.
      temporary = Files.createFile(folder.resolve(temporaryName(file.getFileName().toString())));
    } catch (IOException e) {
      String why = e instanceof NoSuchFileException
          ? "folder '" + folderShown + "' does not accept new files"
          : reason(e) + " in folder '" + folderShown + "'";
      throw new UserInputException("cannot write '" + shown + "': " + why
          + "; choose another --out", e);
    }
    try {
      Files.write(temporary, bytes);
      keepPermissions(file, temporary);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new RunFailedException("could not write '" + shown + "': " + reason(e)
          + "; nothing was written; " + wayOut(e), e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // the move succeeded or the folder vanished; either way nothing more can be done
      }
    }
    return wrote(shown, bytes.length);
  }

  /** A folder as the user would write it: relative to the working directory inside it. */
  private static String shownFolder(Path folder) {
    String shown = org.activations.tools.render.Origins.relative(folder.toString());
    return shown.isEmpty() ? "." : shown;
  }

  /** {@code folder} or its nearest ancestor that exists (a link counts, dangling or not). */
  private static Path nearestExisting(Path folder) {
    Path p = folder;
    while (p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      p = p.getParent();
    }
    return p;
  }

  /**
   * The name of the temporary file beside {@code name}: hidden, unique, and no longer than a name
   * the file system accepts (255 bytes) when {@code name} itself is.
   */
  private static String temporaryName(String name) {
    String base = name.getBytes(StandardCharsets.UTF_8).length > 200 ? "activations-output" : name;
    int random = java.util.concurrent.ThreadLocalRandom.current().nextInt();
    return "." + base + "." + Long.toHexString(System.nanoTime()) + Integer.toHexString(random)
        + ".partial";
  }

  /** What to do when writing failed: free space on a full disk or quota, else another --out. */
  private static String wayOut(IOException e) {
    String reason = reason(e);
    return reason.contains("no space left") || reason.contains("quota")
        ? "free some space, or choose another --out" : "choose another --out";
  }

  /**
   * The line every command prints after writing a file: {@code wrote report.html (827 KB)}, with
   * the path relative to the working directory when the file lies inside it.
   */
  static String wrote(String shown, long bytes) {
    return "wrote " + org.activations.tools.render.Origins.relative(shown) + " (" + size(bytes) + ")";
  }

  /** A size in bytes as people read it: 512 bytes, 3 KB, 1.4 MB. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** The file a chain of symbolic links ends at (it may not exist yet); the path itself if none. */
  private static Path followLinks(Path target) {
    Path file = target;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(file); i++) {
      try {
        Path link = Files.readSymbolicLink(file);
        Path parent = file.toAbsolutePath().getParent();
        file = parent == null ? link : parent.resolve(link);
      } catch (IOException e) {
        throw new UserInputException("cannot follow the link '" + target + "': " + reason(e)
            + "; give the file itself as --out", e);
      }
    }
    if (Files.isSymbolicLink(file)) {
      throw new UserInputException("output '" + target + "' is a chain of more than " + MAX_LINKS
          + " links (a loop?); give the file itself as --out");
    }
    return file;
  }

  /**
   * True if no one may write the file by its mode (444): refused even for the superuser, who could,
   * as {@code rm} asks before removing a write-protected file.
   */
  private static boolean writeProtected(Path file) {
    try {
      var permissions = Files.getPosixFilePermissions(file);
      return !permissions.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
          && !permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
          && !permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
    } catch (UnsupportedOperationException | IOException e) {
      return false;
    }
  }

  /** A replaced file keeps its permissions, as an editor's save does. */
  private static void keepPermissions(Path existing, Path replacement) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(existing, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (old == null || !Files.exists(existing)) {
      return;
    }
    Files.setPosixFilePermissions(replacement, old.readAttributes().permissions());
  }

  /** The reason for an I/O failure in words, never naming a file (the caller names the user's). */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return lowerFirst(f.getReason());
    }
    if (e instanceof FileSystemException) {
      return "the file system refused the operation";
    }
    return e.getMessage() == null ? "an input/output error" : lowerFirst(e.getMessage());
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
