package org.activations.tools.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of bounded length, so that one enormous line cannot exhaust the heap: a longer line is
 * consumed and reported as too long rather than held in memory.
 */
final class LineReader {
  /** What {@link #next()} returns for a line over the limit. */
  static final String TOO_LONG = "\u0000too long";

  private final Reader in;
  private final int maxLength;
  private final StringBuilder line = new StringBuilder();
  private long number;
  private long tooLongLength;

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}), {@link #TOO_LONG}, or null at the end. */
  String next() throws IOException {
    line.setLength(0);
    long length = 0;
    int c = in.read();
    if (c < 0) {
      return null;
    }
    number++;
    while (c >= 0 && c != '\n') {
      if (length < maxLength + 1) {
        line.append((char) c);
      }
      length++;
      c = in.read();
    }
    if (line.length() > 0 && line.charAt(line.length() - 1) == '\r' && length <= maxLength + 1) {
      line.setLength(line.length() - 1);
      length--;
    }
    if (length > maxLength) {
      tooLongLength = length;
      return TOO_LONG;
    }
    return line.toString();
  }

  /** The number of the line last returned, from 1. */
  long lineNumber() {
    return number;
  }

  /** The length of the last line that was too long. */
  long tooLongLength() {
    return tooLongLength;
  }
}
