package org.activations.tools.cli;

/** The exit statuses of every command. */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;
  /** The run failed: a check found problems, or output could not be written. */
  static final int FAILED = 1;
  /** Usage error or bad input. */
  static final int USAGE = 2;

  /** The help pages' exit-status section, one entry per status. */
  static final String LIST_OK = "0:success";
  /** See {@link #LIST_OK}. */
  static final String LIST_FAILED = "1:the run failed: a check found problems, a plugin's function"
      + " failed, an output could not be written";
  /** See {@link #LIST_OK}. */
  static final String LIST_USAGE = "2:usage error or bad input (one line on standard error says"
      + " which and how to fix it)";

  private ExitCodes() {}
}
