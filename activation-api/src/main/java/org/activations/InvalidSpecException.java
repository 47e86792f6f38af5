package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
/**
 * Thrown when an activation spec such as {@code leaky_relu(alpha=0.01)} is malformed or names a
 * parameter or value that the provider does not accept. The message names the spec, the problem and
 * what is accepted.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class InvalidSpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The spec as given. */
  private final String spec;

  /**
   * An exception for {@code spec}.
   *
   * @param spec the spec as given
   * @param message what is wrong and what is accepted
   */
  public InvalidSpecException(String spec, String message) {
    super(message);
    this.spec = spec;
  }

  /**
   * The spec as given.
   *
   * @return the spec as given
   */
  public String spec() {
    return spec;
  }
}
