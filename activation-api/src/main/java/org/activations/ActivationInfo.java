package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything an activation declares about itself: its names, formulas, range, special points and
 * the properties it claims. Immutable; validated when built.
 *
 * @param name the canonical name, lowercase snake_case ({@code sigmoid}, {@code binary_step})
 * @param aliases other names it answers to, also snake_case ({@code logistic})
 * @param description one line saying what the function is
 * @param function the formula of f(x)
 * @param derivative the formula of f'(x) in terms of the input x
 * @param derivativeFromOutput the formula of f' in terms of the output y = f(x), if there is one
 * @param range the declared image f(ℝ)
 * @param specialPoints where f or f' is not continuous, sorted by x
 * @param declared the properties the provider claims
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record ActivationInfo(
    String name,
    List<String> aliases,
    String description,
    Formula function,
    Formula derivative,
    Optional<Formula> derivativeFromOutput,
    Range range,
    List<SpecialPoint> specialPoints,
    DeclaredProperties declared) {

  /**
   * Validates and copies the metadata.
   *
   * @param name the canonical name, lowercase snake_case ({@code sigmoid}, {@code binary_step})
   * @param aliases other names it answers to, also snake_case ({@code logistic})
   * @param description one line saying what the function is
   * @param function the formula of f(x)
   * @param derivative the formula of f'(x) in terms of the input x
   * @param derivativeFromOutput the formula of f' in terms of the output y = f(x), if there is one
   * @param range the declared image f(ℝ)
   * @param specialPoints where f or f' is not continuous, sorted by x
   * @param declared the properties the provider claims
   * @throws IllegalArgumentException if a name is not lowercase snake_case, an alias repeats the
   *     name, or the description is blank
   * @throws NullPointerException if any component is null
   */
  public ActivationInfo {
    NameRule.checkCanonical(name, "name");
    Objects.requireNonNull(aliases, "aliases");
    for (String alias : aliases) {
      NameRule.checkCanonical(alias, "alias");
      if (NameRule.key(alias).equals(NameRule.key(name))) {
        throw new IllegalArgumentException("alias '" + alias + "' repeats the name '" + name
            + "' (names compare ignoring case, '-', '_' and spaces); drop the alias");
      }
    }
    aliases = aliases.stream().distinct().sorted().toList();
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException(name + ": description must not be blank, got '"
          + description + "'; give one line saying what the function is");
    }
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(derivative, "derivative");
    Objects.requireNonNull(derivativeFromOutput, "derivativeFromOutput");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(specialPoints, "specialPoints");
    specialPoints = specialPoints.stream()
        .map(p -> Objects.requireNonNull(p, "special point"))
        .sorted(Comparator.comparingDouble(SpecialPoint::x))
        .toList();
    Objects.requireNonNull(declared, "declared");
  }

  /**
   * True if f' can be computed from the output y alone (the seed's "fast derivative").
   *
   * @return whether derivativeFromOutput is present
   */
  public boolean hasDerivativeFromOutput() {
    return derivativeFromOutput.isPresent();
  }

  /**
   * A builder for the metadata of the function named {@code name}.
   *
   * @param name the canonical name, lowercase snake_case
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds an {@link ActivationInfo}; {@link #build()} validates. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final String name;
    private final List<String> aliases = new ArrayList<>();
    private String description;
    private Formula function;
    private Formula derivative;
    private Formula derivativeFromOutput;
    private Range range;
    private final List<SpecialPoint> specialPoints = new ArrayList<>();
    private DeclaredProperties declared;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds aliases.
     *
     * @param values more names, lowercase snake_case
     * @return this builder
     */
    public Builder aliases(String... values) {
      aliases.addAll(List.of(values));
      return this;
    }

    /**
     * Sets the one-line description.
     *
     * @param value one line saying what the function is
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets the formula of f(x) as plain text and LaTeX.
     *
     * @param text the formula as plain text
     * @param latex the same formula in LaTeX
     * @return this builder
     */
    public Builder function(String text, String latex) {
      this.function = Formula.of(text, latex);
      return this;
    }

    /**
     * Sets the formula of f'(x) in terms of the input, as plain text and LaTeX.
     *
     * @param text the formula as plain text
     * @param latex the same formula in LaTeX
     * @return this builder
     */
    public Builder derivative(String text, String latex) {
      this.derivative = Formula.of(text, latex);
      return this;
    }

    /**
     * Sets the formula of f' in terms of the output y, as plain text and LaTeX.
     *
     * @param text the formula as plain text, in terms of y
     * @param latex the same formula in LaTeX
     * @return this builder
     */
    public Builder derivativeFromOutput(String text, String latex) {
      this.derivativeFromOutput = Formula.of(text, latex);
      return this;
    }

    /**
     * Sets the declared range.
     *
     * @param value the declared image f(ℝ)
     * @return this builder
     */
    public Builder range(Range value) {
      this.range = value;
      return this;
    }

    /**
     * Adds special points.
     *
     * @param values points where f or f' is not continuous
     * @return this builder
     */
    public Builder specialPoints(SpecialPoint... values) {
      specialPoints.addAll(List.of(values));
      return this;
    }

    /**
     * Sets the declared properties.
     *
     * @param value the properties the provider claims
     * @return this builder
     */
    public Builder declared(DeclaredProperties value) {
      this.declared = value;
      return this;
    }

    /**
     * The validated metadata.
     *
     * @return the metadata
     * @throws IllegalArgumentException or NullPointerException as the record's constructor
     */
    public ActivationInfo build() {
      return new ActivationInfo(name, aliases, description, function, derivative,
          Optional.ofNullable(derivativeFromOutput), range, specialPoints, declared);
    }
  }
}
