package org.activations.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.activations.Activation;
import org.activations.analysis.Concern;
import org.activations.analysis.Finding;
import org.activations.analysis.FreshInstances;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.analysis.PropertyReport;
import org.activations.registry.ActivationRegistry;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DynamicTest;

/**
 * The conformance suite for an activation plugin, in the spirit of Guava's testlib: one call in the
 * plugin author's own JUnit 5 tests runs the same verification engine as {@code activations check}
 * and turns each of its concerns into a dynamic test, so the kit and the tools cannot disagree.
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
 * <p>The tests: the registration checks {@code discovery} (the registry of the class loader finds
 * the provider, with no load problem), {@code module} (its jar or folder has a module-info that
 * {@code provides} it), {@code metadata}, {@code names} and {@code spec round trip}; then one test
 * per {@link Concern} of the engine ({@code special input}, {@code range}, {@code continuity},
 * {@code derivative}, … {@code timeout}), which fails with the engine's findings about that concern.
 * The engine's report is computed once per suite. A "cannot verify" never fails a test. Any test can
 * be suppressed with a reason: {@code .suppressing("module", "class path only")}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivationConformance {
  /** The names of the tests, for {@link #suppressing(String, String)}. */
  public static final List<String> TESTS = testNames();

  private final String name;
  private ClassLoader loader;
  private Duration timeout = PropertyAnalyzer.DEFAULT_TIMEOUT;
  private final Map<String, String> suppressed = new LinkedHashMap<>();

  private ActivationConformance(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  private static List<String> testNames() {
    List<String> all = new ArrayList<>(List.of("discovery", "module", "metadata", "names",
        "spec round trip"));
    for (Concern c : Concern.values()) {
      all.add(testName(c));
    }
    return List.copyOf(all);
  }

  /** The test that reports the engine's findings about {@code concern}: its name in words. */
  public static String testName(Concern concern) {
    return concern.name().toLowerCase(Locale.ROOT).replace('_', ' ');
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
   * Gives the engine {@code timeout} for the function instead of the default.
   *
   * @throws IllegalArgumentException if the timeout is not positive
   */
  public ActivationConformance timeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout (" + timeout + ") must be positive");
    }
    this.timeout = timeout;
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
    RegistrationChecks registration = new RegistrationChecks(name);
    List<DynamicTest> tests = new ArrayList<>();
    add(tests, "discovery", () -> registration.discovery(registry));
    add(tests, "module", () -> registration.module(registry));
    add(tests, "metadata", () -> registration.metadata(registry));
    add(tests, "names", () -> registration.names(registry));
    add(tests, "spec round trip", () -> registration.specRoundTrip(registry));
    Supplier<PropertyReport> report = once(() -> {
      registration.provider(registry);
      Activation f = registry.get(name);
      return new PropertyAnalyzer(PropertyAnalyzer.DEFAULT_SEED, timeout)
          .analyze(f, FreshInstances.of(registry.provider(name), () -> registry.get(name)),
              registry.registration(f.info().name()).origin());
    });
    for (Concern concern : Concern.values()) {
      add(tests, testName(concern), () -> {
        List<String> failures = report.get().failures().stream()
            .filter(f -> f.concern() == concern).map(Finding::toString).toList();
        assertEquals(List.of(), failures, name + ": " + testName(concern));
      });
    }
    return tests.stream();
  }

  private static <T> Supplier<T> once(Supplier<T> compute) {
    Object[] cell = new Object[1];
    return () -> {
      synchronized (cell) {
        if (cell[0] == null) {
          cell[0] = compute.get();
        }
        @SuppressWarnings("unchecked")
        T t = (T) cell[0];
        return t;
      }
    };
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
}
