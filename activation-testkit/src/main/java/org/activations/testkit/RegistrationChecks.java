package org.activations.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.LoadProblem;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;

/**
 * The kit's checks of how a plugin is registered: discovered, declared in its module, metadata
 * consistent with its provider, names unclaimed, specs that read back. Everything about the
 * function's values is the verification engine's ({@code PropertyAnalyzer}).
 */
final class RegistrationChecks {
  private final String name;

  RegistrationChecks(String name) {
    this.name = name;
  }

  ActivationProvider provider(ActivationRegistry registry) {
    Optional<ActivationProvider> p = registry.find(name);
    if (p.isEmpty()) {
      fail("'" + name + "' is not discovered through ServiceLoader; registered: " + registry.names()
          + "; load problems: " + registry.problems()
          + ". List the provider in META-INF/services/org.activations.spi.ActivationProvider");
    }
    return p.get();
  }

  void discovery(ActivationRegistry registry) {
    ActivationProvider p = provider(registry);
    List<LoadProblem> mine = registry.problems().stream()
        .filter(lp -> lp.providerClass().startsWith(p.getClass().getPackageName())).toList();
    assertEquals(List.of(), mine, "load problems in the plugin's package");
  }

  void module(ActivationRegistry registry) {
    ActivationProvider p = provider(registry);
    Module module = p.getClass().getModule();
    if (module.isNamed()) {
      assertTrue(module.getDescriptor().provides().stream().anyMatch(pr -> pr.providers()
              .contains(p.getClass().getName())),
          "module " + module.getName() + " must declare: provides "
              + ActivationProvider.class.getName() + " with " + p.getClass().getName());
      return;
    }
    Path location;
    try {
      location = Path.of(p.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      fail("cannot locate the jar or folder of " + p.getClass().getName() + ": " + e);
      return;
    }
    Optional<ModuleDescriptor> descriptor = ModuleFinder.of(location).findAll().stream()
        .map(r -> r.descriptor()).filter(d -> !d.isAutomatic()).findFirst();
    assertTrue(descriptor.isPresent(), location + " has no module-info.class: on the module path"
        + " the provider is found only through 'provides " + ActivationProvider.class.getName()
        + " with " + p.getClass().getName() + ";' in module-info.java");
    assertTrue(descriptor.get().provides().stream().anyMatch(pr -> pr.service()
            .equals(ActivationProvider.class.getName()) && pr.providers().contains(p.getClass().getName())),
        "module " + descriptor.get().name() + " must declare: provides "
            + ActivationProvider.class.getName() + " with " + p.getClass().getName());
  }

  void metadata(ActivationRegistry registry) {
    ActivationProvider p = provider(registry);
    Activation f = registry.get(name);
    ActivationInfo info = f.info();
    assertNotNull(info, "info()");
    assertEquals(p.name(), info.name(), "the function's name is the provider's");
    assertEquals(p.aliases().stream().sorted().toList(), info.aliases(), "aliases");
    assertEquals(info.hasDerivativeFromOutput(), f.hasDerivativeFromOutput(),
        "hasDerivativeFromOutput() agrees with the declared output-form formula");
    if (f.hasDerivativeFromOutput()) {
      f.derivativeFromOutput(0.5); // must not throw
    }
  }

  void names(ActivationRegistry registry) {
    ActivationProvider p = provider(registry);
    List<LoadProblem> clashes = registry.problems().stream()
        .filter(lp -> lp.kind() == LoadProblem.Kind.DUPLICATE_NAME
            || lp.kind() == LoadProblem.Kind.RESERVED_NAME)
        .filter(lp -> lp.providerClass().equals(p.getClass().getName())).toList();
    assertEquals(List.of(), clashes, "names claimed twice or reserved");
  }

  void specRoundTrip(ActivationRegistry registry) {
    ActivationProvider p = provider(registry);
    List<String> specs = new ArrayList<>();
    specs.add(registry.get(name).spec());
    for (ParameterDescriptor d : p.parameters()) {
      for (double v : new double[] {d.min(), d.max()}) {
        double inside = d.accepts(v) ? v
            : Double.isInfinite(v) ? d.defaultValue() + Math.signum(v) : v - Math.signum(v - d.defaultValue()) * 1e-9;
        if (d.accepts(inside)) {
          specs.add(p.name() + "(" + d.name() + "=" + inside + ")");
        }
      }
    }
    for (String spec : specs) {
      Activation f = registry.get(spec);
      String canonical = f.spec();
      Activation again = registry.get(canonical);
      assertEquals(canonical, again.spec(), "spec() of " + spec + " reads back to itself");
      for (double x : new double[] {-3, -0.5, 0, 0.5, 3}) {
        assertEquals(Double.doubleToLongBits(f.apply(x)), Double.doubleToLongBits(again.apply(x)),
            canonical + ": the function read back from its spec differs at x = " + x);
      }
    }
  }

}
