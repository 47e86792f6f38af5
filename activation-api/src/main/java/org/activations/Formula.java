package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A formula written twice: as plain text for terminals and as LaTeX for reports.
 *
 * @param text the formula in plain text, for example {@code 1 / (1 + exp(-x))}
 * @param latex the same formula in LaTeX, for example {@code \frac{1}{1 + e^{-x}}}
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Formula(String text, String latex) {

  /**
   * Validates that both forms are present and not blank.
   *
   * @param text the formula in plain text, for example {@code 1 / (1 + exp(-x))}
   * @param latex the same formula in LaTeX, for example {@code \frac{1}{1 + e^{-x}}}
   */
  public Formula {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(latex, "latex");
    if (text.isBlank() || latex.isBlank()) {
      throw new IllegalArgumentException("formula " + (text.isBlank() ? "text" : "latex")
          + " must not be blank, got '" + (text.isBlank() ? text : latex) + "'; give the formula"
          + " both as plain text and as LaTeX, for example Formula.of(\"x^2\", \"x^2\")");
    }
  }

  /**
   * A formula from its plain text and LaTeX forms.
   *
   * @param text the formula as plain text
   * @param latex the same formula in LaTeX
   * @return the formula
   */
  public static Formula of(String text, String latex) {
    return new Formula(text, latex);
  }

  @Override
  public String toString() {
    return text;
  }
}
