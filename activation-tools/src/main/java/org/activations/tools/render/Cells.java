package org.activations.tools.render;

import java.util.Optional;
import org.activations.analysis.Mark;
import org.activations.analysis.Verdict;

/** The text of one table cell: mark, short note, and the declaration where it disagrees. */
final class Cells {
  /** Marks a measured verdict that contradicts the provider's declaration. */
  static final String FINDING = "❗";
  /** A cell that was not measured (the function's analysis timed out or stopped). */
  static final String NOT_MEASURED = "— not measured";

  private Cells() {}

  /** The symbol of a mark: ✅ yes, ❌ no, ⚠️ partly or cannot verify, nothing for a value. */
  static String symbol(Mark mark) {
    return switch (mark) {
      case YES -> "✅";
      case NO -> "❌";
      case PARTLY, UNKNOWN -> "⚠️";
      case VALUE -> "";
    };
  }

  static String text(Verdict v) {
    String base = v.mark() == Mark.VALUE ? v.note()
        : symbol(v.mark()) + (v.note().isEmpty() ? "" : " " + v.note());
    return v.agrees() ? base : FINDING + " " + base + " (declared " + v.declared() + ")";
  }

  static String text(Optional<Verdict> v) {
    return v.map(Cells::text).orElse(NOT_MEASURED);
  }
}
