package org.activations.tools.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activations.Activation;
import org.activations.InvalidSpecException;
import org.activations.UnknownActivationException;
import org.activations.analysis.FreshInstances;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ActivationProvider;

/**
 * The functions a command works on: all discovered ones, or those named by {@code --functions}; and
 * the command line's answer to a name or spec it cannot give.
 */
final class Selection {
  /** {@code leaky_relu(0.2)}: a value without its parameter's name. */
  private static final Pattern BARE_VALUE =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\(\\s*([-+.0-9][^=,()]*?)\\s*\\)\\s*");

  private Selection() {}

  /**
   * The named functions in the order given (each once), or every registered function by name.
   *
   * @throws UserInputException for a name that is not registered or a malformed spec
   */
  static List<Selected> of(ActivationRegistry registry, List<String> names) {
    List<String> wanted = names == null || names.isEmpty() ? registry.names() : names;
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    List<Selected> selected = new ArrayList<>();
    for (String name : wanted) {
      Activation f = one(registry, name);
      ActivationRegistry.Registration r = registry.registration(f.info().name());
      if (seen.add(f.spec())) {
        selected.add(new Selected(f, r.origin(),
            FreshInstances.of(r.provider(), () -> registry.get(f.spec()))));
      }
    }
    return selected;
  }

  /**
   * The function for {@code spec}.
   *
   * @throws UserInputException for a name that is not registered or a malformed spec, saying how
   *     to add plugins, which jar provides a name of the plugin pack, and how to write a parameter
   */
  static Activation one(ActivationRegistry registry, String spec) {
    try {
      return registry.get(spec);
    } catch (UnknownActivationException e) {
      throw new UserInputException(unknown(e), e);
    } catch (InvalidSpecException e) {
      throw new UserInputException(bareValue(registry, spec).orElse(e.getMessage()), e);
    }
  }

  /** The message for an unknown name: the suggestion, what exists, and how to add more. */
  static String unknown(UnknownActivationException e) {
    String name = e.name().toLowerCase(Locale.ROOT);
    StringBuilder s = new StringBuilder("unknown activation '").append(e.name()).append("'");
    if (PackJar.provides(name)) {
      s.append("; it is in the plugin pack, ").append(PackJar.shown()).append(": add --with-pack");
      if (!java.nio.file.Files.isRegularFile(PackJar.location())) {
        s.append(" after building the jar with: ").append(PackJar.BUILD);
      }
    } else {
      e.suggestion().ifPresent(n -> s.append("; did you mean '").append(n).append("'?"));
    }
    s.append(s.charAt(s.length() - 1) == '?' ? " known: " : "; known: ")
        .append(String.join(", ", e.available()));
    if (!PackJar.provides(name)) {
      s.append("; to use a plugin's functions, give its jar with --plugin-path JAR (the plugin"
          + " pack: --with-pack)");
    }
    return s.toString();
  }

  /** For {@code leaky_relu(0.2)}: "write leaky_relu(alpha=0.2)", with the real parameter's name. */
  private static Optional<String> bareValue(ActivationRegistry registry, String spec) {
    Matcher m = BARE_VALUE.matcher(spec);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<ActivationProvider> provider = registry.find(m.group(1));
    if (provider.isEmpty()) {
      try {
        registry.get(m.group(1));
      } catch (UnknownActivationException e) {
        return Optional.of(unknown(e)); // the missing function first: its parameters are unknown
      }
    }
    if (provider.isEmpty() || provider.get().parameters().isEmpty()) {
      return Optional.empty();
    }
    String parameter = provider.get().parameters().get(0).name();
    return Optional.of("malformed activation spec '" + spec + "': the value " + m.group(2)
        + " has no parameter name; write " + m.group(1) + "(" + parameter + "=" + m.group(2) + ")"
        + (provider.get().parameters().size() > 1 ? " (its parameters are " + String.join(", ",
            provider.get().parameters().stream().map(p -> p.name()).toList()) + ")" : ""));
  }

  /** A selected function and where it came from. */
  /**
   * A selected function, where its provider came from, and new instances of its spec (for the
   * checker's race on a new instance's first calls).
   */
  record Selected(Activation function, String origin, Supplier<Activation> fresh) {}
}
