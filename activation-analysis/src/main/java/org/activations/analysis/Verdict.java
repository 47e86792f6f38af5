package org.activations.analysis;

import java.util.Objects;

/**
 * One measured property of one function, with its evidence and the provider's declaration.
 *
 * @param property which property
 * @param mark the verdict in short
 * @param value the verdict as text: {@code yes}, {@code no}, {@code partly}, a range, an order
 * @param note a short note for a table cell, possibly empty, for example {@code f(0) = 0.5}
 * @param evidence what was measured, in full
 * @param declared what the provider declared, as text in the same terms, or null if it declares
 *     nothing for this property
 * @param agrees false if the declaration contradicts the measurement (a finding)
 * @since 0.1
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1")
public record Verdict(
    Property property, Mark mark, String value, String note, String evidence, String declared,
    boolean agrees) {

  /** Validates the components. */
  public Verdict {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** A verdict compared with a declaration given in the same words as {@code value}. */
  static Verdict compared(Property property, Mark mark, String value, String note, String evidence,
      String declared) {
    return new Verdict(property, mark, value, note, evidence, declared, declared.equals(value));
  }

  /** The disagreement in words: what was declared, what was measured, and the evidence. */
  public String disagreement() {
    return property.key() + ": declared " + declared + ", measured " + value + " (" + evidence + ")";
  }
}
