package org.activations.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.activations.NameRule;
import org.activations.NumberLiterals;
import org.apiguardian.api.API;

/**
 * One parameter that a provider accepts: its name, default, valid interval and meaning.
 *
 * @param name the parameter's name, lowercase snake_case ({@code alpha})
 * @param description what the parameter means
 * @param defaultValue the value used when a spec does not give one
 * @param min the lower end of the valid interval (may be -∞)
 * @param minInclusive whether {@code min} itself is valid
 * @param max the upper end of the valid interval (may be +∞)
 * @param maxInclusive whether {@code max} itself is valid
 * @param aliases other names a spec may use for this parameter, lowercase snake_case (PyTorch's
 *     {@code negative_slope} for {@code alpha}); none by default
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record ParameterDescriptor(
    String name,
    String description,
    double defaultValue,
    double min,
    boolean minInclusive,
    double max,
    boolean maxInclusive,
    List<String> aliases) {

  /**
   * Validates the descriptor.
   *
   * @param name the parameter's name, lowercase snake_case ({@code alpha})
   * @param description what the parameter means
   * @param defaultValue the value used when a spec does not give one
   * @param min the lower end of the valid interval (may be -∞)
   * @param minInclusive whether {@code min} itself is valid
   * @param max the upper end of the valid interval (may be +∞)
   * @param maxInclusive whether {@code max} itself is valid
   * @param aliases other names a spec may use for this parameter, lowercase snake_case
   * @throws IllegalArgumentException if the name or an alias is not snake_case, an alias repeats the
   *     name, the interval is empty or has a NaN end, or the default lies outside it
   */
  public ParameterDescriptor {
    NameRule.checkCanonical(name, "parameter name");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    for (String alias : aliases) {
      NameRule.checkCanonical(alias, "parameter alias");
      if (alias.equals(name)) {
        throw new IllegalArgumentException("parameter " + name + ": alias '" + alias
            + "' repeats the name; drop the alias");
      }
    }
    Objects.requireNonNull(description, "description");
    if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw new IllegalArgumentException(
          "parameter " + name + ": invalid interval " + interval(min, minInclusive, max, maxInclusive)
              + "; min and max must be numbers with min <= max (-∞ and ∞ allowed)");
    }
    if (!accepts(defaultValue, min, minInclusive, max, maxInclusive)) {
      throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue
          + " lies outside " + interval(min, minInclusive, max, maxInclusive)
          + "; choose a default inside the valid interval");
    }
  }

  /**
   * A descriptor without aliases; see the canonical constructor.
   *
   * @param name the parameter's name, lowercase snake_case ({@code alpha})
   * @param description what the parameter means
   * @param defaultValue the value used when a spec does not give one
   * @param min the lower end of the valid interval (may be -∞)
   * @param minInclusive whether {@code min} itself is valid
   * @param max the upper end of the valid interval (may be +∞)
   * @param maxInclusive whether {@code max} itself is valid
   * @throws IllegalArgumentException as the canonical constructor
   */
  public ParameterDescriptor(String name, String description, double defaultValue, double min,
      boolean minInclusive, double max, boolean maxInclusive) {
    this(name, description, defaultValue, min, minInclusive, max, maxInclusive, List.of());
  }

  /**
   * This descriptor with the given aliases in place of its own.
   *
   * @param names the aliases, lowercase snake_case
   * @return a new descriptor
   * @throws IllegalArgumentException if an alias is not snake_case or repeats the name
   */
  public ParameterDescriptor withAliases(String... names) {
    return new ParameterDescriptor(name, description, defaultValue, min, minInclusive, max,
        maxInclusive, List.of(names));
  }

  /**
   * True if {@code value} is a valid value of this parameter (finite, inside the interval).
   *
   * @param value a candidate value
   * @return whether it is finite and inside the interval
   */
  public boolean accepts(double value) {
    return accepts(value, min, minInclusive, max, maxInclusive);
  }

  /**
   * The valid interval as text, for example {@code [0, 1)}.
   *
   * @return the interval
   */
  public String validInterval() {
    return interval(min, minInclusive, max, maxInclusive);
  }

  private static boolean accepts(double v, double min, boolean minIn, double max, boolean maxIn) {
    return Double.isFinite(v) && (minIn ? v >= min : v > min) && (maxIn ? v <= max : v < max);
  }

  private static String interval(double min, boolean minIn, double max, boolean maxIn) {
    return (minIn ? "[" : "(") + NumberLiterals.format(min) + ", " + NumberLiterals.format(max) + (maxIn ? "]" : ")");
  }
}
