package org.activations.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.activations.Activation;
import org.apiguardian.api.API;

/**
 * The factory that a plugin registers so that {@link java.util.ServiceLoader} can find its
 * activation: a name, aliases, the parameters it accepts, and {@link #create(Parameters)}.
 *
 * <p>A complete minimal plugin is one function class that nests its provider, and one registration.
 * The name is written once, in the function's metadata:
 *
 * <pre>{@code
 * final class Softsign implements Activation {
 *   static final ActivationInfo INFO = ActivationInfo.builder("softsign")
 *       .description("x / (1 + |x|), a cheap sigmoid-shaped function")
 *       .function("x / (1 + |x|)", "\\frac{x}{1 + |x|}")
 *       .derivative("1 / (1 + |x|)^2", "\\frac{1}{(1 + |x|)^2}")
 *       .derivativeFromOutput("(1 - |y|)^2", "(1 - |y|)^2")
 *       .range(Range.open(-1, 1))
 *       .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1)
 *           .monotonic(true).zeroCentred(true).identityAtOrigin(true)
 *           .saturation(Saturation.BOTH).build())
 *       .build();
 *
 *   public ActivationInfo info() { return INFO; }
 *   public double apply(double x) { return x / (1 + Math.abs(x)); }
 *   public double derivative(double x) { double d = 1 + Math.abs(x); return 1 / (d * d); }
 *   public double derivativeFromOutput(double y) { double d = 1 - Math.abs(y); return d * d; }
 *
 *   public static final class Provider implements ActivationProvider {
 *     public Provider() {}
 *     public String name() { return INFO.name(); }
 *     public List<String> aliases() { return INFO.aliases(); }
 *     public Activation create(Parameters parameters) { return new Softsign(); }
 *   }
 * }
 * }</pre>
 *
 * <p>(A function without parameters that can be shared, like this one, may extend
 * {@link SingleInstanceProvider} instead: {@code super(new Softsign())} is its whole provider.)
 * The provider is registered in
 * {@code META-INF/services/org.activations.spi.ActivationProvider} (one line:
 * {@code com.example.Softsign$Provider}) for the class path, and with
 * {@code provides org.activations.spi.ActivationProvider with com.example.Softsign.Provider;} in
 * {@code module-info.java} for the module path.
 *
 * <p>Rules the registry enforces when it loads a provider: the class is public with a public no-arg
 * constructor; the name and aliases are lowercase snake_case and unique across all providers; names of
 * the built-in functions are reserved; {@code create} with the defaults returns a function whose
 * {@link org.activations.ActivationInfo#name()} and aliases are the provider's, and whose
 * output-form derivative is declared in its metadata exactly when {@code derivativeFromOutput} is
 * implemented. A provider that breaks a rule
 * is reported as a {@link org.activations.LoadProblem} and left out; the others still load.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public interface ActivationProvider {

  /**
   * The canonical name, lowercase snake_case, for example {@code leaky_relu}.
   *
   * @return the name, equal to {@code create(defaults).info().name()}
   */
  String name();

  /**
   * Other names the function answers to, lowercase snake_case; none by default.
   *
   * @return the aliases, equal to {@code create(defaults).info().aliases()} as a set
   */
  default List<String> aliases() {
    return List.of();
  }

  /**
   * The parameters {@link #create(Parameters)} accepts, with defaults and valid ranges; none by
   * default.
   *
   * @return the parameter descriptors, in the order a spec lists them
   */
  default List<ParameterDescriptor> parameters() {
    return List.of();
  }

  /**
   * Creates the function for the given parameter values.
   *
   * @param parameters one value for each of {@link #parameters()}, already validated against the
   *     declared ranges; defaults filled in
   * @return the function for these values
   */
  Activation create(Parameters parameters);
}
