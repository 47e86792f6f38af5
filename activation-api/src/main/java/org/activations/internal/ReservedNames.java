package org.activations.internal;

import java.net.URL;
import java.security.CodeSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.activations.LoadProblem;
import org.activations.NameRule;

/**
 * The names of the built-in functions, bound to the built-in module by identity: on the module path
 * a claimant must be in the module {@value #BUILTIN_MODULE}; on the class path it must come from the
 * same jar or folder as that module's classes. A package name proves nothing: any jar can declare
 * classes in {@code org.activations.builtin}.
 */
public final class ReservedNames {
  /** The module that owns the reserved names. */
  public static final String BUILTIN_MODULE = "org.activations.builtin";
  /** A class of the built-in module; where it was loaded from is the module's code source. */
  private static final String BUILTIN_CLASS = "org.activations.builtin.Sigmoid";
  private static final Set<String> KEYS = Set.of(
      "sigmoid", "logistic", "tanh", "relu", "linear", "identity", "binarystep", "step");

  private ReservedNames() {}

  /**
   * The problem if a provider that is not the built-in module's claims a reserved name.
   *
   * @param type the provider's class
   * @param origin where it came from, for the message
   * @param names its name and aliases
   * @return the problem, or empty if it claims no reserved name or is a built-in
   */
  public static Optional<LoadProblem> check(Class<?> type, String origin, List<String> names) {
    List<String> claimed = names.stream().filter(n -> KEYS.contains(NameRule.key(n))).toList();
    if (claimed.isEmpty() || isBuiltin(type)) {
      return Optional.empty();
    }
    return Optional.of(new LoadProblem(LoadProblem.Kind.RESERVED_NAME, type.getName(), origin,
        "claims '" + claimed.get(0) + "', a name reserved for the built-in functions of the module "
            + BUILTIN_MODULE + ", which " + type.getName() + " is not part of; rename it (for example"
            + " to 'my_" + claimed.get(0) + "')"));
  }

  /** True if {@code type} belongs to the built-in module, by module or by code source. */
  static boolean isBuiltin(Class<?> type) {
    Module module = type.getModule();
    if (module.isNamed()) {
      return module.getName().equals(BUILTIN_MODULE);
    }
    try {
      Class<?> builtin = Class.forName(BUILTIN_CLASS, false, type.getClassLoader());
      URL home = location(builtin);
      return !builtin.getModule().isNamed() && home != null
          && Objects.equals(home.toString(), String.valueOf(location(type)));
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static URL location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null ? null : source.getLocation();
  }
}
