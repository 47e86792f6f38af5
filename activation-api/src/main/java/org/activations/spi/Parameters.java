package org.activations.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The validated parameter values handed to {@link ActivationProvider#create(Parameters)}: one finite
 * value per declared parameter, in declaration order.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Parameters {
  private static final Parameters NONE = new Parameters(Map.of());

  private final Map<String, Double> values;

  private Parameters(Map<String, Double> values) {
    this.values = values;
  }

  /**
   * No parameters: what a provider without parameters receives.
   *
   * @return the empty parameters
   */
  public static Parameters none() {
    return NONE;
  }

  /**
   * The given values, in the given iteration order.
   *
   * @param values the values by parameter name
   * @return the parameters
   * @throws NullPointerException if a name or value is null
   */
  public static Parameters of(Map<String, Double> values) {
    Map<String, Double> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, () -> "value of parameter '" + k + "' is null")));
    return new Parameters(Collections.unmodifiableMap(copy));
  }

  /**
   * The value of the parameter {@code name}.
   *
   * @param name the parameter name
   * @return its value
   * @throws IllegalArgumentException if there is no such parameter
   */
  public double get(String name) {
    Double v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "no parameter '" + name + "'; the parameters are " + values.keySet()
              + "; read only the parameters that parameters() declares");
    }
    return v;
  }

  /**
   * The canonical spec of the function {@code name} with these values: the bare name without
   * parameters, else {@code name(a=0.01, b=2.0)} in declaration order with each value written as
   * {@link Double#toString(double)} (which reads back to the same double). A parameterised function's
   * {@link org.activations.Activation#spec()} returns this.
   *
   * @param name the function name
   * @return the canonical spec
   */
  public String spec(String name) {
    if (values.isEmpty()) {
      return name;
    }
    StringBuilder s = new StringBuilder(name).append('(');
    values.forEach((k, v) -> s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ")
        .append(k).append('=').append(v));
    return s.append(')').toString();
  }

  /**
   * All values by name, in declaration order.
   *
   * @return an unmodifiable view
   */
  public Map<String, Double> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameters p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
