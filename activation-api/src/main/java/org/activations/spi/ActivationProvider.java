package org.activations.spi;

import java.util.List;
import org.activations.Activation;

/**
 * The factory that a plugin registers so that {@link java.util.ServiceLoader} can find its
 * activation: a name, aliases, the parameters it accepts, and {@link #create(Parameters)}.
 *
 * <p>A complete minimal plugin is one provider class, one function class and one registration:
 *
 * <pre>{@code
 * public final class SoftsignProvider implements ActivationProvider {
 *   public String name() { return "softsign"; }
 *   public Activation create(Parameters parameters) { return new Softsign(); }
 * }
 *
 * final class Softsign implements Activation {
 *   private static final ActivationInfo INFO = ActivationInfo.builder("softsign")
 *       .description("x / (1 + |x|), a cheap sigmoid-shaped function")
 *       .function("x / (1 + |x|)", "\\frac{x}{1 + |x|}")
 *       .derivative("1 / (1 + |x|)^2", "\\frac{1}{(1 + |x|)^2}")
 *       .derivativeFromOutput("(1 - |y|)^2", "(1 - |y|)^2")
 *       .range(Range.open(-1, 1))
 *       .declared(DeclaredProperties.builder().nonlinear(true).continuityOrder(1)
 *           .monotonic(true).zeroCentred(true).identityAtOrigin(true)
 *           .saturation(Saturation.BOTH).build())
 *       .build();
 *   public ActivationInfo info() { return INFO; }
 *   public double apply(double x) { return x / (1 + Math.abs(x)); }
 *   public double derivative(double x) { double d = 1 + Math.abs(x); return 1 / (d * d); }
 *   public double derivativeFromOutput(double y) { double d = 1 - Math.abs(y); return d * d; }
 * }
 * }</pre>
 *
 * <p>registered in {@code META-INF/services/org.activations.spi.ActivationProvider} (one line:
 * the provider's class name) for the class path, and with
 * {@code provides org.activations.spi.ActivationProvider with com.example.SoftsignProvider;} in
 * {@code module-info.java} for the module path.
 *
 * <p>Rules the registry enforces when it loads a provider: the class is public with a public no-arg
 * constructor; the name and aliases are lowercase snake_case and unique across all providers; names of
 * the built-in functions are reserved; {@code create} with the defaults returns a function whose
 * {@link org.activations.ActivationInfo#name()} is the provider's name. A provider that breaks a rule
 * is reported as a {@link org.activations.LoadProblem} and left out; the others still load.
 *
 * @since 0.1
 */
public interface ActivationProvider {

  /** The canonical name, lowercase snake_case, for example {@code leaky_relu}. */
  String name();

  /** Other names the function answers to, lowercase snake_case; none by default. */
  default List<String> aliases() {
    return List.of();
  }

  /** The parameters {@link #create(Parameters)} accepts, with defaults and valid ranges; none by default. */
  default List<ParameterDescriptor> parameters() {
    return List.of();
  }

  /**
   * Creates the function for the given parameter values.
   *
   * @param parameters one value for each of {@link #parameters()}, already validated against the
   *     declared ranges; defaults filled in
   */
  Activation create(Parameters parameters);
}
