package org.activations.tools.cli;

/**
 * Bad input from the user: a malformed line, a missing file, a wrong combination of options. The
 * command line reports its message on one line and exits with status 2.
 */
final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserInputException(String message) {
    super(message);
  }

  UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
