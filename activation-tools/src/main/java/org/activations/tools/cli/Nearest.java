package org.activations.tools.cli;

import java.util.Collection;
import org.activations.NameRule;

/** The nearest of some words to a misspelt one, for "did you mean" (tabel → table). */
final class Nearest {
  private Nearest() {}

  /**
   * The word of {@code words} nearest to {@code typed} by the API's one rule
   * ({@link NameRule#nearest}); null if none is that close.
   */
  static String of(String typed, Collection<String> words) {
    return NameRule.nearest(typed, words).orElse(null);
  }
}
