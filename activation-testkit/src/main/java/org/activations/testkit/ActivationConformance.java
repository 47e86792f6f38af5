package org.activations.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.registry.ActivationRegistry;
import org.activations.LoadProblem;
import org.activations.analysis.DerivativeChecker;
import org.activations.analysis.DerivativeReport;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.analysis.PropertyReport;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.junit.jupiter.api.DynamicTest;

/**
 * The conformance suite for an activation plugin, in the spirit of Guava's testlib: one call in the
 * plugin author's own JUnit 5 tests runs every check the tools run, and fails with the same findings
 * as {@code activations check}.
 *
 * <pre>{@code
 * class SoftsignConformanceTest {
 *   @TestFactory
 *   Stream<DynamicTest> conformance() {
 *     return ActivationConformance.named("softsign").tests();
 *   }
 * }
 * }</pre>
 *
 * <p>The tests: {@code discovery} (the registry of the class loader finds the provider, with no load
 * problem), {@code module} (the provider's jar or folder has a module-info that {@code provides} it,
 * for the module path), {@code metadata} (complete and consistent with the provider),
 * {@code names} (valid, and no other provider claims them), {@code spec round trip} (for the defaults
 * and for each parameter at the ends of its interval), {@code derivatives} (both forms against a
 * numerical derivative), {@code declared properties} (every declaration matches its measurement),
 * {@code special values} (NaN gives NaN, ±∞ give limits inside the range) and {@code thread safety}.
 * Any test can be suppressed with a reason: {@code .suppressing("module", "class path only")}.
 *
 * @since 0.1
 */
public final class ActivationConformance {
  /** The names of the tests, for {@link #suppressing(String, String)}. */
  public static final List<String> TESTS = List.of("discovery", "module", "metadata", "names",
      "spec round trip", "derivatives", "declared properties", "special values", "thread safety");

  private final String name;
  private ClassLoader loader;
  private int points = DerivativeChecker.DEFAULT_POINTS;
  private final Map<String, String> suppressed = new LinkedHashMap<>();

  private ActivationConformance(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The suite for the activation registered under {@code name}. */
  public static ActivationConformance named(String name) {
    return new ActivationConformance(name);
  }

  /** Discovers through {@code loader} instead of the context class loader. */
  public ActivationConformance loadedBy(ClassLoader loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
    return this;
  }

  /**
   * Checks derivatives at {@code points} points instead of 10,000.
   *
   * @throws IllegalArgumentException if points is below 100
   */
  public ActivationConformance points(int points) {
    if (points < 100) {
      throw new IllegalArgumentException("points (" + points + ") must be >= 100");
    }
    this.points = points;
    return this;
  }

  /**
   * Leaves out the test {@code test} (one of {@link #TESTS}), for the given reason.
   *
   * @throws IllegalArgumentException if there is no such test or the reason is blank
   */
  public ActivationConformance suppressing(String test, String reason) {
    if (!TESTS.contains(test)) {
      throw new IllegalArgumentException("no conformance test '" + test + "'; the tests are " + TESTS);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("suppressing '" + test + "' needs a reason");
    }
    suppressed.put(test, reason);
    return this;
  }

  /** The tests, for a {@code @TestFactory}. */
  public Stream<DynamicTest> tests() {
    ActivationRegistry registry = loader == null ? ActivationRegistry.load()
        : ActivationRegistry.load(loader);
    List<DynamicTest> tests = new ArrayList<>();
    add(tests, "discovery", () -> discovery(registry));
    add(tests, "module", () -> module(registry));
    add(tests, "metadata", () -> metadata(registry));
    add(tests, "names", () -> names(registry));
    add(tests, "spec round trip", () -> specRoundTrip(registry));
    add(tests, "derivatives", () -> derivatives(registry));
    add(tests, "declared properties", () -> declaredProperties(registry));
    add(tests, "special values", () -> specialValues(registry));
    add(tests, "thread safety", () -> threadSafety(registry));
    return tests.stream();
  }

  private void add(List<DynamicTest> tests, String test, Runnable body) {
    String reason = suppressed.get(test);
    tests.add(DynamicTest.dynamicTest(name + ": " + test
        + (reason == null ? "" : " (suppressed: " + reason + ")"), () -> {
          if (reason == null) {
            body.run();
          }
        }));
  }

  private ActivationProvider provider(ActivationRegistry registry) {
    Optional<ActivationProvider> p = registry.find(name);
    if (p.isEmpty()) {
      fail("'" + name + "' is not discovered through ServiceLoader; registered: " + registry.names()
          + "; load problems: " + registry.problems()
          + ". List the provider in META-INF/services/org.activations.spi.ActivationProvider");
    }
    return p.get();
  }

  private void discovery(ActivationRegistry registry) {
    ActivationProvider p = provider(registry);
    List<LoadProblem> mine = registry.problems().stream()
        .filter(lp -> lp.providerClass().startsWith(p.getClass().getPackageName())).toList();
    assertEquals(List.of(), mine, "load problems in the plugin's package");
  }

  private void module(ActivationRegistry registry) {
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

  private void metadata(ActivationRegistry registry) {
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

  private void names(ActivationRegistry registry) {
    ActivationProvider p = provider(registry);
    List<LoadProblem> clashes = registry.problems().stream()
        .filter(lp -> lp.kind() == LoadProblem.Kind.DUPLICATE_NAME
            || lp.kind() == LoadProblem.Kind.RESERVED_NAME)
        .filter(lp -> lp.providerClass().equals(p.getClass().getName())).toList();
    assertEquals(List.of(), clashes, "names claimed twice or reserved");
  }

  private void specRoundTrip(ActivationRegistry registry) {
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

  private PropertyReport report(ActivationRegistry registry) {
    Activation f = registry.get(name);
    return new PropertyAnalyzer(new DerivativeChecker(points, DerivativeChecker.DEFAULT_SEED,
        DerivativeChecker.DEFAULT_RELATIVE_TOLERANCE))
        .analyze(f, registry.registration(f.info().name()).origin());
  }

  private void derivatives(ActivationRegistry registry) {
    DerivativeReport d = report(registry).derivatives();
    List<String> failures = new ArrayList<>();
    for (DerivativeReport.Form form : d.forms()) {
      if (!form.passed()) {
        failures.add("derivative from the " + form.name() + " is wrong at " + form.failures() + " of "
            + form.checked() + " points; worst at " + form.firstFailures().get(0));
      }
    }
    assertEquals(List.of(), failures, "numerical derivative: " + d.method());
  }

  private void declaredProperties(ActivationRegistry registry) {
    PropertyReport r = report(registry);
    List<String> findings = r.verdicts().stream().filter(v -> !v.agrees()).map(v -> v.finding())
        .toList();
    assertEquals(List.of(), findings, "declared versus measured");
  }

  private void specialValues(ActivationRegistry registry) {
    Activation f = registry.get(name);
    assertTrue(Double.isNaN(f.apply(Double.NaN)), "f(NaN) must be NaN");
    assertTrue(Double.isNaN(f.derivative(Double.NaN)), "f'(NaN) must be NaN");
    for (double x : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, 0.0, -0.0}) {
      double y = f.apply(x);
      assertTrue(f.info().range().containsRounded(y),
          "f(" + x + ") = " + y + " must lie in the declared range " + f.info().range());
      assertTrue(!Double.isNaN(f.derivative(x)), "f'(" + x + ") must not be NaN");
    }
  }

  private void threadSafety(ActivationRegistry registry) {
    Activation f = registry.get(name);
    double[] xs = new double[2000];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = (i - 1000) / 100.0;
    }
    long[] expected = new long[xs.length];
    for (int i = 0; i < xs.length; i++) {
      expected[i] = Double.doubleToLongBits(f.apply(xs[i])) ^ Double.doubleToLongBits(f.derivative(xs[i]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          int mismatches = 0;
          for (int round = 0; round < 50; round++) {
            for (int i = 0; i < xs.length; i++) {
              long bits = Double.doubleToLongBits(f.apply(xs[i]))
                  ^ Double.doubleToLongBits(f.derivative(xs[i]));
              mismatches += bits == expected[i] ? 0 : 1;
            }
          }
          return mismatches;
        }));
      }
      for (Future<Integer> r : results) {
        assertEquals(0, r.get(), "results differ between threads: the function keeps mutable state");
      }
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      fail("thread safety check failed to run: " + e);
    } finally {
      pool.shutdownNow();
    }
  }
}
