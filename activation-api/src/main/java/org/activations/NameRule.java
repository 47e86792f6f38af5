package org.activations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The naming rule of activations, their aliases and their parameters: lowercase snake_case, and two
 * names are the same name when they differ only in case, {@code -}, {@code _} or spaces.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NameRule {
  private static final Pattern CANONICAL = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern IGNORED = Pattern.compile("[-_\\s]+");

  private NameRule() {}

  /**
   * Checks that {@code name} is lowercase snake_case.
   *
   * @param name the name to check
   * @param what what the name is, for the message ({@code name}, {@code alias})
   * @return {@code name}
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if it is not lowercase snake_case
   */
  public static String checkCanonical(String name, String what) {
    Objects.requireNonNull(name, what);
    if (!CANONICAL.matcher(name).matches()) {
      throw new IllegalArgumentException(what + " '" + name
          + "' must be lowercase snake_case: a letter, then letters, digits and single underscores"
          + " (for example leaky_relu)");
    }
    return name;
  }

  /**
   * The lookup key of a name: lowercase, with {@code -}, {@code _} and white space removed, so that
   * {@code Binary-Step} and {@code binary_step} have the same key.
   *
   * @param name a name as a user wrote it
   * @return its key
   */
  public static String key(String name) {
    return IGNORED.matcher(name.strip()).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
