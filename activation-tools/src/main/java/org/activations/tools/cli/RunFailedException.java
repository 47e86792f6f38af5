package org.activations.tools.cli;

/**
 * The run itself failed (a check found errors, an output could not be written, a plugin problem
 * under {@code --strict}): exit status 1, with a one-line message.
 */
final class RunFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunFailedException(String message) {
    super(message);
  }

  RunFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
