package org.activations.tools.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers its first write error, so that a command whose output was lost
 * (a full disk, a closed pipe) exits with status 1 and says why, instead of 0 in silence.
 */
final class StandardOutput extends FilterOutputStream {
  private IOException failure;

  StandardOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** The one-line reason the output was lost, or null if every write succeeded. */
  String failure() {
    if (failure == null) {
      return null;
    }
    String reason = OutputFile.reason(failure);
    if (reason.toLowerCase(java.util.Locale.ROOT).contains("broken pipe")) {
      return "could not write to standard output: the reader closed the pipe before the end";
    }
    return "could not write to standard output: " + reason + "; the output is incomplete (free"
        + " some space, or redirect it elsewhere)";
  }
}
