package org.activations.tools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the process's standard streams are terminals (a person watching) or files and pipes. */
final class Terminal {
  private Terminal() {}

  /** True if standard error is a terminal; false when it is redirected or this cannot be told. */
  static boolean isStandardError() {
    return isTerminal(2);
  }

  /** True if standard input is a terminal. */
  static boolean isStandardInput() {
    return isTerminal(0);
  }

  private static boolean isTerminal(int fd) {
    // Java 17 has no isatty; on Linux the descriptor's link names the terminal device.
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
