package org.activations.tools.cli;

/** The exit statuses of every command. */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;
  /** The run failed: a check found problems, or output could not be written. */
  static final int FAILED = 1;
  /** Usage error or bad input. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
