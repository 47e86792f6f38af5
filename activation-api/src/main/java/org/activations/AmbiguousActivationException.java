package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown when a name is claimed by more than one provider. The registry never picks one silently:
 * the user removes one of the plugins named in the message.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class AmbiguousActivationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name asked for. */
  private final String name;
  /** Each claimant as {@code class (origin)}, sorted. */
  private final List<String> claimants;

  /**
   * An exception for {@code name}.
   *
   * @param name the name asked for
   * @param claimants each claiming provider as {@code class (origin)}, sorted
   */
  public AmbiguousActivationException(String name, List<String> claimants) {
    super("activation '" + name + "' is claimed by " + claimants.size() + " providers: "
        + String.join(" and ", claimants) + "; remove all but one of them from the plugin path");
    this.name = name;
    this.claimants = List.copyOf(claimants);
  }

  /**
   * The name asked for.
   *
   * @return the name as given
   */
  public String name() {
    return name;
  }

  /**
   * The claiming providers as {@code class (origin)}, sorted.
   *
   * @return the claimants, sorted
   */
  public List<String> claimants() {
    return claimants;
  }
}
