package org.activations.tools.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;

/** The functions a command works on: all discovered ones, or those named by {@code --functions}. */
final class Selection {
  private Selection() {}

  /**
   * The named functions in the order given (each once), or every registered function by name.
   *
   * @throws org.activations.UnknownActivationException for a name that is not registered
   */
  static List<Selected> of(ActivationRegistry registry, List<String> names) {
    List<String> wanted = names == null || names.isEmpty() ? registry.names() : names;
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    List<Selected> selected = new ArrayList<>();
    for (String name : wanted) {
      Activation f = registry.get(name);
      ActivationRegistry.Registration r = registry.registration(f.info().name());
      if (seen.add(f.spec())) {
        selected.add(new Selected(f, r.origin()));
      }
    }
    return selected;
  }

  /** A selected function and where it came from. */
  record Selected(Activation function, String origin) {}
}
