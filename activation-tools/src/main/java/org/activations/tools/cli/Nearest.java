package org.activations.tools.cli;

import java.util.Collection;

/** The nearest of some words to a misspelt one, for "did you mean" (tabel → table). */
final class Nearest {
  private Nearest() {}

  /**
   * The word of {@code words} at the smallest edit distance from {@code typed} (an adjacent swap
   * counts as one edit), if that distance is at most a third of the word's length (at least 1);
   * null if none is that close. Ties go to the first word.
   */
  static String of(String typed, Collection<String> words) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String w : words) {
      int d = distance(typed.toLowerCase(java.util.Locale.ROOT), w);
      if (d < bestDistance) {
        best = w;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, best.length() / 3) ? best : null;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
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
