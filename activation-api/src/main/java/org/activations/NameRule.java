package org.activations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The naming rule of activations, their aliases and their parameters: lowercase snake_case, and two
 * names are the same name when they differ only in case, {@code -}, {@code _} or spaces; and the
 * nearest known name to a mistyped one.
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

  /**
   * The candidate closest to {@code asked} by edit distance of their lookup keys, if it is close
   * enough to be a plausible typo (at most a third of the asked name's length, and at least 1,
   * edits away); ties go to the first in alphabetical order. For "did you mean" messages about
   * functions, parameters and commands alike.
   *
   * @param asked the name as given
   * @param candidates the known names
   * @return the nearest candidate, or empty if none is close
   */
  public static Optional<String> nearest(String asked, Collection<String> candidates) {
    String key = key(asked);
    int limit = Math.max(1, (key.length() + 2) / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = editDistance(key, key(candidate));
      if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, with a transposition of two neighbours counted as one edit. */
  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
