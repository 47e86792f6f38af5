package org.activations.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activations.Activation;
import org.activations.InvalidSpecException;
import org.activations.UnknownActivationException;
import org.activations.fixtures.Providers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specs select a function and its parameters; every bad spec gets its own clear message. */
class SpecTest {
  @TempDir Path dir;
  ActivationRegistry registry;

  @BeforeEach
  void load() throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.write(services.resolve("org.activations.spi.ActivationProvider"),
        List.of(Providers.LeakyTest.class.getName(), Providers.AlphaTest.class.getName()));
    registry = ActivationRegistry.load(new URLClassLoader(new URL[] {dir.toUri().toURL()},
        Providers.class.getClassLoader()));
  }

  @Test
  void aBareNameUsesTheDefaults() {
    Activation f = registry.get("leaky_test");
    assertEquals(-0.01, f.apply(-1));
    assertEquals("leaky_test(alpha=0.01, scale=1.0)", f.spec());
  }

  @Test
  void parametersOverrideDefaultsAndTheSpecRoundTrips() {
    for (String spec : List.of("leaky_test(alpha=0.2)", " Leaky-Test ( alpha = 0.2 ) ",
        "leaky_test(alpha=0x1.999999999999ap-3)", "leaky_test(scale=1, alpha=.2)")) {
      Activation f = registry.get(spec);
      assertEquals(-0.2, f.apply(-1), spec);
      assertEquals("leaky_test(alpha=0.2, scale=1.0)", f.spec(), spec);
      assertEquals(f.spec(), registry.get(f.spec()).spec(), "round trip of " + spec);
    }
    assertEquals("alpha_test", registry.get("alpha_test()").spec());
  }

  private String message(String spec) {
    return assertThrows(InvalidSpecException.class, () -> registry.get(spec)).getMessage();
  }

  @Test
  void malformedSpecsAreRefusedWithTheProblemAndTheForm() {
    String form = "; write NAME or NAME(param=value, ...), for example leaky_relu(alpha=0.01)";
    assertEquals("malformed activation spec 'relu(': missing ')' at the end" + form, message("relu("));
    assertEquals("malformed activation spec 'leaky_test(alpha=)': parameter 'alpha' has no value;"
        + " write alpha=VALUE" + form, message("leaky_test(alpha=)"));
    assertEquals("malformed activation spec 'leaky_test(alpha)': parameter 'alpha' has no value;"
        + " write alpha=VALUE" + form, message("leaky_test(alpha)"));
    assertEquals("malformed activation spec 'leaky_test(0.2)': value 0.2 has no parameter name;"
        + " write NAME=0.2" + form, message("leaky_test(0.2)"));
    assertEquals("malformed activation spec '(alpha=1)': missing the function name before '('" + form,
        message("(alpha=1)"));
    assertEquals("malformed activation spec 'leaky_test(alpha=1,,)': empty parameter between commas"
        + form, message("leaky_test(alpha=1,,)"));
    assertEquals("malformed activation spec 'leaky_test(=1)': a value without a parameter name"
        + form, message("leaky_test(=1)"));
    assertEquals("malformed activation spec 'leaky_test(alpha=0.1, alpha=0.2)': parameter 'alpha'"
        + " is given twice" + form, message("leaky_test(alpha=0.1, alpha=0.2)"));
    assertEquals("malformed activation spec 'leaky_test)': unexpected ')'" + form,
        message("leaky_test)"));
    assertEquals("malformed activation spec 'f((a=1))': nested or unbalanced parentheses" + form,
        message("f((a=1))"));
  }

  @Test
  void badParametersAndValuesNameTheProblem() {
    assertEquals("leaky_test: alpha must be in [0, 1), got -2", message("leaky_test(alpha=-2)"));
    assertEquals("leaky_test: alpha must be in [0, 1), got 1", message("leaky_test(alpha=1)"));
    assertEquals("leaky_test: alpha must be in [0, 1), got nan", message("leaky_test(alpha=nan)"));
    assertEquals("leaky_test: scale must be in (0, ∞), got Infinity",
        message("leaky_test(scale=Infinity)"));
    assertEquals("leaky_test: alpha must be a number in [0, 1), got 'abc'; expected a decimal (-1.5,"
            + " 2e-3), a hex float (0x1.8p1), NaN or Infinity",
        message("leaky_test(alpha=abc)"));
    assertEquals("leaky_test: alpha must be a number in [0, 1), got '1d'; expected a decimal (-1.5,"
            + " 2e-3), a hex float (0x1.8p1), NaN or Infinity",
        message("leaky_test(alpha=1d)"));
    assertEquals("leaky_test has no parameter 'alpa'; did you mean 'alpha'? its parameters are"
        + " alpha, scale", message("leaky_test(alpa=0.1)"));
    assertEquals("alpha_test has no parameter 'alpha'; it has none; write just alpha_test", message("alpha_test(alpha=0.1)"));
    assertThrows(UnknownActivationException.class, () -> registry.get("nope(alpha=1)"));
  }
}
