package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Thrown when a name matches no registered activation. Its accessors give what was asked, the
 * nearest known name and every known name, so that a command line can format them without parsing
 * the message.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class UnknownActivationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name asked for. */
  private final String name;
  /** The canonical names that exist, sorted. */
  private final List<String> available;
  /** The nearest name, or null. */
  private final String suggestion;

  /**
   * An exception for {@code name}.
   *
   * @param name what was asked
   * @param available the canonical names that exist, sorted
   * @param suggestion the nearest name, or null if none is close
   */
  public UnknownActivationException(String name, List<String> available, String suggestion) {
    super(message(name, available, suggestion));
    this.name = name;
    this.available = List.copyOf(available);
    this.suggestion = suggestion;
  }

  private static String message(String name, List<String> available, String suggestion) {
    StringBuilder s = new StringBuilder("unknown activation '").append(name).append("'");
    if (suggestion != null) {
      s.append("; did you mean '").append(suggestion).append("'?");
    }
    if (available.isEmpty()) {
      s.append("; no activations are registered");
    } else {
      s.append(suggestion != null ? " known: " : "; known: ").append(String.join(", ", available));
    }
    s.append(". If it comes from a plugin, put the plugin's jar on the class path or module path");
    return s.toString();
  }

  /**
   * The name that was asked for.
   *
   * @return the name as given
   */
  public String name() {
    return name;
  }

  /**
   * The canonical names that exist, sorted.
   *
   * @return the names, sorted
   */
  public List<String> available() {
    return available;
  }

  /**
   * The nearest known name, if one is close enough to be a likely typo.
   *
   * @return the suggestion, or empty
   */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }
}
