package org.activations.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.LoadProblem;
import org.activations.NameRule;
import org.activations.internal.ServiceDiscovery.Found;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;

/**
 * The checks a provider passes before it is registered: valid names, no reserved name unless it is
 * a built-in, distinct parameters, and a function from {@code create} whose metadata agrees with the
 * provider and whose output-form derivative is both declared and implemented, or neither.
 */
public final class ProviderCheck {
  private ProviderCheck() {}

  /**
   * The problem that keeps {@code found} out of the registry, if any. Whatever the provider
   * throws becomes the problem's message.
   *
   * @param found the instantiated provider
   * @return the problem, or empty if the provider may be registered
   */
  public static Optional<LoadProblem> check(Found found) {
    ActivationProvider p = found.provider();
    try {
      NameRule.checkCanonical(p.name(), "name");
      List<String> aliases = Objects.requireNonNull(p.aliases(), "aliases() returned null");
      aliases.forEach(alias -> NameRule.checkCanonical(alias, "alias"));
      Optional<LoadProblem> reserved =
          ReservedNames.check(p.getClass(), found.origin(), namesOf(p));
      if (reserved.isPresent()) {
        return reserved;
      }
      checkParameters(p.parameters());
      Activation f = Objects.requireNonNull(p.create(SpecBinding.defaults(p)), "create() returned null");
      checkInfo(p, Objects.requireNonNull(f.info(), "info() returned null"));
      checkOutputForm(f);
      return Optional.empty();
    } catch (RuntimeException | LinkageError e) {
      return Optional.of(new LoadProblem(LoadProblem.Kind.INVALID_PROVIDER, p.getClass().getName(),
          found.origin(), Failures.describe(e)));
    }
  }

  /** The provider's name followed by its aliases. */
  static List<String> namesOf(ActivationProvider provider) {
    List<String> names = new ArrayList<>();
    names.add(provider.name());
    names.addAll(provider.aliases());
    return names;
  }

  private static void checkParameters(List<ParameterDescriptor> parameters) {
    Objects.requireNonNull(parameters, "parameters() returned null");
    Set<String> names = new HashSet<>();
    for (ParameterDescriptor d : parameters) {
      Objects.requireNonNull(d, "parameters() contains null");
      if (!names.add(d.name())) {
        throw new IllegalArgumentException("parameter '" + d.name() + "' is declared twice in"
            + " parameters(); give each parameter one descriptor");
      }
    }
    for (ParameterDescriptor d : parameters) {
      for (String alias : d.aliases()) {
        if (!names.add(alias)) {
          throw new IllegalArgumentException("parameter alias '" + alias + "' of '" + d.name()
              + "' is already a parameter name or alias; give each name to one parameter");
        }
      }
    }
  }

  private static void checkInfo(ActivationProvider p, ActivationInfo info) {
    if (!info.name().equals(p.name())) {
      throw new IllegalArgumentException("provider name '" + p.name()
          + "' differs from the function's info().name() '" + info.name()
          + "'; return the info's name from name()");
    }
    List<String> aliases = p.aliases().stream().distinct().sorted().toList();
    if (!info.aliases().equals(aliases)) {
      throw new IllegalArgumentException("provider aliases " + p.aliases()
          + " differ from the function's info().aliases() " + info.aliases()
          + "; return the info's aliases from aliases()");
    }
  }

  /** The output-form derivative has one source of truth, the declared formula: the code must agree. */
  private static void checkOutputForm(Activation f) {
    ActivationInfo info = f.info();
    Class<?> type = f.getClass();
    boolean implemented = Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals("derivativeFromOutput")
            && Arrays.equals(m.getParameterTypes(), new Class<?>[] {double.class}))
        .anyMatch(m -> m.getDeclaringClass() != Activation.class);
    boolean declared = info.hasDerivativeFromOutput();
    if (declared && !implemented) {
      throw new IllegalArgumentException(info.name() + " declares the output-form derivative '"
          + info.derivativeFromOutput().orElseThrow().text() + "' but " + type.getName()
          + " does not override derivativeFromOutput(double), which would throw at every y;"
          + " implement it or remove derivativeFromOutput(...) from its ActivationInfo");
    }
    if (implemented && !declared) {
      throw new IllegalArgumentException(type.getName() + " overrides derivativeFromOutput(double)"
          + " but " + info.name() + " declares no output-form formula, so the method would never be"
          + " used; add derivativeFromOutput(text, latex) to its ActivationInfo or remove the method");
    }
    if (f.hasDerivativeFromOutput() != declared) {
      throw new IllegalArgumentException(type.getName() + ".hasDerivativeFromOutput() returns "
          + f.hasDerivativeFromOutput() + " but " + info.name() + "'s ActivationInfo says " + declared
          + "; remove the override: the declared formula is the one source of truth");
    }
  }
}
