package org.activations.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activations.InvalidSpecException;
import org.activations.NameRule;
import org.activations.NumberLiterals;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * Binds a parsed {@link Spec} to a provider's declared parameters: the defaults, overridden by the
 * spec's values (under their names or their aliases), each read with the one number grammar ({@link NumberLiterals}) and checked against
 * its interval (no clamping, no NaN).
 */
public final class SpecBinding {
  private SpecBinding() {}

  /**
   * The parameters the spec gives {@code provider}.
   *
   * @param provider the provider the spec names
   * @param spec the parsed spec
   * @return the validated values, defaults filled in
   * @throws InvalidSpecException if the spec names a parameter the provider lacks, or a value is not
   *     a number or lies outside its interval
   */
  public static Parameters bind(ActivationProvider provider, Spec spec) {
    List<ParameterDescriptor> declared = provider.parameters();
    Map<String, ParameterDescriptor> byName = new LinkedHashMap<>();
    declared.forEach(d -> byName.put(d.name(), d));
    Map<String, ParameterDescriptor> byAlias = new LinkedHashMap<>();
    declared.forEach(d -> d.aliases().forEach(a -> byAlias.put(a, d)));
    Map<String, String> given = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : spec.values().entrySet()) {
      ParameterDescriptor d = byName.containsKey(e.getKey()) ? byName.get(e.getKey())
          : byAlias.get(e.getKey());
      if (d != null && given.put(d.name(), e.getValue()) != null) {
        throw new InvalidSpecException(spec.text(), provider.name() + ": parameter '" + d.name()
            + "' is given twice (once as '" + e.getKey() + "', its alias or name); give it once");
      }
    }
    for (String key : spec.values().keySet()) {
      if (!byName.containsKey(key) && !byAlias.containsKey(key)) {
        String has = declared.isEmpty() ? "it has none; write just " + provider.name()
            : "its parameters are " + String.join(", ", byName.keySet());
        String suggestion = NameRule.nearest(key, byName.keySet())
            .map(n -> "did you mean '" + n + "'? ").orElse("");
        throw new InvalidSpecException(spec.text(), provider.name() + " has no parameter '" + key
            + "'; " + suggestion + has);
      }
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (ParameterDescriptor d : declared) {
      String text = given.get(d.name());
      double v = text == null ? d.defaultValue() : number(spec, provider, d, text);
      if (!d.accepts(v)) {
        throw new InvalidSpecException(spec.text(), provider.name() + ": " + d.name()
            + " must be in " + d.validInterval() + ", got " + text);
      }
      values.put(d.name(), v);
    }
    return values.isEmpty() ? Parameters.none() : Parameters.of(values);
  }

  /**
   * The default parameter values of {@code provider}.
   *
   * @param provider a provider
   * @return each declared parameter at its default
   */
  public static Parameters defaults(ActivationProvider provider) {
    return bind(provider, Spec.parse(provider.name()));
  }

  private static double number(Spec spec, ActivationProvider provider, ParameterDescriptor d,
      String text) {
    try {
      return NumberLiterals.parseDouble(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidSpecException(spec.text(), provider.name() + ": " + d.name() + " must be a"
          + " number in " + d.validInterval() + ", got '" + text + "'; " + NumberLiterals.EXPECTED);
    }
  }
}
