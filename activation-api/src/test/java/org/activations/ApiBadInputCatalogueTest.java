package org.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.activations.fixtures.Providers;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/** Every bad argument to the API in one catalogue: the exact exception type and message. */
class ApiBadInputCatalogueTest {
  @TempDir static Path dir;
  private static int cases;

  record Case(String name, Class<? extends Throwable> type, String message, Executable call) {}

  private static ActivationRegistry registry() throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.write(services.resolve("org.activations.spi.ActivationProvider"),
        List.of(Providers.LeakyTest.class.getName(), Providers.AlphaTest.class.getName()));
    return ActivationRegistry.load(new URLClassLoader(new URL[] {dir.toUri().toURL()},
        Providers.class.getClassLoader()));
  }

  @TestFactory
  Stream<DynamicTest> everyBadArgumentGetsItsExactException() throws IOException {
    ActivationRegistry r = registry();
    String form = "; write NAME or NAME(param=value, ...), for example leaky_relu(alpha=0.01)";
    String unknownTail = " known: alpha_test, leaky_test. If it comes from a plugin, put the plugin's"
        + " jar on the class path or module path";
    List<Case> c = new ArrayList<>();
    c.add(new Case("null name", NullPointerException.class, "activation name must not be null",
        () -> r.get(null)));
    c.add(new Case("null provider name", NullPointerException.class,
        "activation name must not be null", () -> r.provider(null)));
    c.add(new Case("null find", NullPointerException.class, "activation name must not be null",
        () -> r.find(null)));
    c.add(new Case("empty name", IllegalArgumentException.class,
        "activation name must not be empty; known: alpha_test, leaky_test", () -> r.get("")));
    c.add(new Case("blank name", IllegalArgumentException.class,
        "activation name must not be empty; known: alpha_test, leaky_test", () -> r.get(" \t")));
    c.add(new Case("unknown name with a suggestion", UnknownActivationException.class,
        "unknown activation 'leaky_tset'; did you mean 'leaky_test'?" + unknownTail,
        () -> r.get("leaky_tset")));
    c.add(new Case("unknown name without one", UnknownActivationException.class,
        "unknown activation 'softmax';" + unknownTail, () -> r.get("softmax")));
    c.add(new Case("spec without ')'", InvalidSpecException.class,
        "malformed activation spec 'leaky_test(': missing ')' at the end" + form,
        () -> r.get("leaky_test(")));
    c.add(new Case("parameter without value", InvalidSpecException.class,
        "malformed activation spec 'leaky_test(alpha=)': parameter 'alpha' has no value; write"
            + " alpha=VALUE" + form, () -> r.get("leaky_test(alpha=)")));
    c.add(new Case("NaN parameter", InvalidSpecException.class,
        "leaky_test: alpha must be in [0, 1), got nan", () -> r.get("leaky_test(alpha=nan)")));
    c.add(new Case("parameter out of range", InvalidSpecException.class,
        "leaky_test: alpha must be in [0, 1), got -2", () -> r.get("leaky_test(alpha=-2)")));
    c.add(new Case("parameter the provider lacks", InvalidSpecException.class,
        "leaky_test has no parameter 'beta'; its parameters are alpha, scale",
        () -> r.get("leaky_test(beta=1)")));
    c.add(new Case("unknown function in a spec", UnknownActivationException.class,
        "unknown activation 'nope';" + unknownTail, () -> r.get("nope(alpha=1)")));
    c.add(new Case("output form that does not exist", UnsupportedOperationException.class,
        "alpha_test has no output-form derivative: f' cannot be computed from y alone; call"
            + " derivative(x) with the input instead", () -> r.get("alpha_test").derivativeFromOutput(1)));
    c.add(new Case("null class loader", NullPointerException.class, "loader",
        () -> ActivationRegistry.load((ClassLoader) null)));
    c.add(new Case("null module layer", NullPointerException.class, "layer",
        () -> ActivationRegistry.load((ModuleLayer) null)));
    c.add(new Case("name not snake_case", IllegalArgumentException.class, "name 'Leaky ReLU' must be"
        + " lowercase snake_case: a letter, then letters, digits and single underscores (for example"
        + " leaky_relu)", () -> ActivationInfo.builder("Leaky ReLU").build()));
    c.add(new Case("interval with NaN", IllegalArgumentException.class,
        "interval ends must be numbers, got lower NaN and upper 1.0; write an unbounded end as"
            + " Double.NEGATIVE_INFINITY or Double.POSITIVE_INFINITY",
        () -> Range.interval(Double.NaN, false, 1, true)));
    c.add(new Case("interval ends swapped", IllegalArgumentException.class,
        "interval lower end (1.0) must be <= upper end (0.0); swap them",
        () -> Range.interval(1, true, 0, true)));
    c.add(new Case("closed infinite end", IllegalArgumentException.class,
        "the upper end Infinity of the interval is closed, but an infinite end must be open (no"
            + " double reaches it); pass false for its closed flag",
        () -> Range.interval(0, true, Double.POSITIVE_INFINITY, true)));
    c.add(new Case("closed infinite lower end", IllegalArgumentException.class,
        "the lower end -Infinity of the interval is closed, but an infinite end must be open (no"
            + " double reaches it); pass false for its closed flag",
        () -> Range.interval(Double.NEGATIVE_INFINITY, true, 0, false)));
    c.add(new Case("empty finite range", IllegalArgumentException.class,
        "a finite range needs at least one value, got none; list the values f takes, for example"
            + " Range.of(0, 1)", () -> Range.of()));
    c.add(new Case("infinite value in a finite range", IllegalArgumentException.class,
        "finite range values must be finite numbers, got Infinity; an unbounded range is an"
            + " interval, for example Range.interval(0, true, Double.POSITIVE_INFINITY, false)",
        () -> Range.of(0, Double.POSITIVE_INFINITY)));
    c.add(new Case("blank formula text", IllegalArgumentException.class,
        "formula text must not be blank, got ' '; give the formula both as plain text and as LaTeX,"
            + " for example Formula.of(\"x^2\", \"x^2\")", () -> Formula.of(" ", "x")));
    c.add(new Case("blank formula latex", IllegalArgumentException.class,
        "formula latex must not be blank, got ''; give the formula both as plain text and as LaTeX,"
            + " for example Formula.of(\"x^2\", \"x^2\")", () -> Formula.of("x", "")));
    c.add(new Case("alias repeating the name", IllegalArgumentException.class,
        "alias 'leakyrelu' repeats the name 'leaky_relu' (names compare ignoring case, '-', '_' and"
            + " spaces); drop the alias", () -> ActivationInfo.builder("leaky_relu")
            .aliases("leakyrelu").build()));
    c.add(new Case("blank description", IllegalArgumentException.class,
        "leaky_relu: description must not be blank, got ' '; give one line saying what the function"
            + " is", () -> ActivationInfo.builder("leaky_relu").description(" ").build()));
    c.add(new Case("parameter alias repeating its name", IllegalArgumentException.class,
        "parameter alpha: alias 'alpha' repeats the name; drop the alias",
        () -> new ParameterDescriptor("alpha", "slope", 0.5, 0, true, 1, false).withAliases("alpha")));
    c.add(new Case("empty parameter interval", IllegalArgumentException.class,
        "parameter alpha: invalid interval [1, 0]; min and max must be numbers with min <= max (-∞"
            + " and ∞ allowed)", () -> new ParameterDescriptor("alpha", "slope", 0.5, 1, true, 0, true)));
    c.add(new Case("parameter a provider did not declare", IllegalArgumentException.class,
        "no parameter 'beta'; the parameters are [alpha]; read only the parameters that parameters()"
            + " declares", () -> Parameters.of(java.util.Map.of("alpha", 0.5)).get("beta")));
    c.add(new Case("null parameter value", NullPointerException.class,
        "value of parameter 'alpha' is null", () -> Parameters.of(nullAlpha())));
    c.add(new Case("empty number", IllegalArgumentException.class, "empty number; expected a decimal"
        + " (-1.5, 2e-3), a hex float (0x1.8p1), NaN or Infinity", () -> NumberLiterals.parseDouble(" ")));
    c.add(new Case("not a number", IllegalArgumentException.class, "'1d' is not a number; expected a"
        + " decimal (-1.5, 2e-3), a hex float (0x1.8p1), NaN or Infinity",
        () -> NumberLiterals.parseDouble("1d")));
    c.add(new Case("number too large for a float", IllegalArgumentException.class, "'1e39' is outside"
        + " the float range (largest finite value 3.4028235E38); write Infinity for infinity",
        () -> NumberLiterals.parseFloat("1e39")));
    c.add(new Case("name that is not snake_case", IllegalArgumentException.class, "alias 'Leaky'"
        + " must be lowercase snake_case: a letter, then letters, digits and single underscores (for"
        + " example leaky_relu)", () -> NameRule.checkCanonical("Leaky", "alias")));
    c.add(new Case("default outside the interval", IllegalArgumentException.class,
        "parameter alpha: default 2.0 lies outside [0, 1); choose a default inside the valid interval",
        () -> new ParameterDescriptor("alpha", "slope", 2, 0, true, 1, false)));
    c.add(new Case("continuity below -1", IllegalArgumentException.class,
        "continuityOrder (-2) must be >= -1 (DISCONTINUOUS); use -1 for a jump, 0 for a kink, k for"
            + " C^k, or SMOOTH",
        () -> DeclaredProperties.builder().continuityOrder(-2).build()));
    c.add(new Case("non-finite special point", IllegalArgumentException.class,
        "a special point must be finite, got Infinity; describe behaviour at ±∞ by the range and the"
            + " saturation instead", () -> SpecialPoint.kink(Double.POSITIVE_INFINITY)));
    Activation f = r.get("alpha_test");
    double[] x = {1, 2, 3};
    double[] y = {7, 7, 7};
    c.add(new Case("null input array", NullPointerException.class, "input array",
        () -> f.apply(null, 0, y, 0, 1)));
    c.add(new Case("null output array", NullPointerException.class, "output array",
        () -> f.apply(x, 0, (double[]) null, 0, 1)));
    c.add(new Case("negative offset", IndexOutOfBoundsException.class,
        "Range [-1, -1 + 1) out of bounds for length 3", () -> f.apply(x, -1, y, 0, 1)));
    c.add(new Case("negative length", IndexOutOfBoundsException.class,
        "Range [0, 0 + -2) out of bounds for length 3", () -> f.apply(x, 0, y, 0, -2)));
    c.add(new Case("overflowing offset and length", IndexOutOfBoundsException.class,
        "Range [2147483647, 2147483647 + 2) out of bounds for length 3",
        () -> f.apply(x, Integer.MAX_VALUE, y, 0, 2)));
    c.add(new Case("output too short", IndexOutOfBoundsException.class,
        "Range [1, 1 + 3) out of bounds for length 3", () -> f.apply(x, 0, y, 1, 3)));
    c.add(new Case("float output too short", IndexOutOfBoundsException.class,
        "Range [0, 0 + 2) out of bounds for length 1",
        () -> f.apply(new float[] {1, 2}, 0, new float[] {7}, 0, 2)));
    c.add(new Case("overlapping in place", IllegalArgumentException.class, "input and output overlap"
        + " at different offsets (1 and 0); for in place, give the same array and offset",
        () -> f.apply(y, 1, y, 0, 2)));
    c.add(new Case("backward without inputs", NullPointerException.class,
        "inputs array x (this function's backward reads x)",
        () -> f.backward(null, x, x, y, 0, 3)));
    c.add(new Case("backward gradient too short", IndexOutOfBoundsException.class,
        "Range [0, 0 + 3) out of bounds for length 2",
        () -> f.backward(x, null, x, new double[2], 0, 3)));
    return Stream.concat(c.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
      Throwable t = assertThrows(k.type(), k.call());
      assertEquals(k.type(), t.getClass(), k.name());
      assertEquals(k.message(), t.getMessage(), k.name());
      cases++;
    })), Stream.of(DynamicTest.dynamicTest("refused calls wrote nothing", () -> {
      assertEquals(List.of(7.0, 7.0, 7.0), List.of(y[0], y[1], y[2]));
      assertEquals(List.of(1.0, 2.0, 3.0), List.of(x[0], x[1], x[2]));
    })));
  }

  private static java.util.Map<String, Double> nullAlpha() {
    java.util.Map<String, Double> values = new java.util.HashMap<>();
    values.put("alpha", null);
    return values;
  }

  @AfterAll
  static void report() {
    System.out.printf("[catalogue] API: %d bad arguments tried%n", cases);
  }
}
