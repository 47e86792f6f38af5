package org.activations.analysis;

/** The short form of a verdict, shown as ✅, ❌ or ⚠️ in the table. */
public enum Mark {
  /** The property holds. */
  YES("✅"),
  /** The property does not hold. */
  NO("❌"),
  /** One of two parts holds. */
  PARTLY("⚠️"),
  /** A value rather than a yes or no (a range, an order). */
  VALUE("");

  private final String symbol;

  Mark(String symbol) {
    this.symbol = symbol;
  }

  /** The table symbol. */
  public String symbol() {
    return symbol;
  }

  /** {@code yes} for true, {@code no} for false. */
  public static Mark of(boolean holds) {
    return holds ? YES : NO;
  }
}
