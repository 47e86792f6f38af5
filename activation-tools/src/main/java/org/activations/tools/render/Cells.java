package org.activations.tools.render;

import org.activations.analysis.Mark;
import org.activations.analysis.Verdict;

/** The text of one table cell: mark, short note, and the declaration where it disagrees. */
final class Cells {
  /** Marks a measured verdict that contradicts the provider's declaration. */
  static final String FINDING = "❗";

  private Cells() {}

  static String text(Verdict v) {
    String base = v.mark() == Mark.VALUE ? v.note()
        : v.mark().symbol() + (v.note().isEmpty() ? "" : " " + v.note());
    return v.agrees() ? base : FINDING + " " + base + " (declared " + v.declared() + ")";
  }
}
