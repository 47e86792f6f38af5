package org.activations.internal;

import java.util.Collection;
import java.util.Optional;
import org.activations.NameRule;

/** Suggestions for a mistyped name: the closest known name by edit distance of the lookup keys. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code asked} by edit distance of their keys, if it is close enough to be
   * a plausible typo (at most a third of the asked name's length, and at least 1, edits away).
   *
   * @param asked the name as given
   * @param candidates the known names
   * @return the nearest candidate, or empty if none is close
   */
  public static Optional<String> nearest(String asked, Collection<String> candidates) {
    String key = NameRule.key(asked);
    int limit = Math.max(1, (key.length() + 2) / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = editDistance(key, NameRule.key(candidate));
      if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, with a transposition of two neighbours counted as one edit. */
  static int editDistance(String a, String b) {
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
