package org.activations.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.activations.LoadProblem;
import org.activations.fixtures.BrokenProviders;
import org.activations.fixtures.Providers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every load rule refuses its provider with the exact problem, and the good provider still loads. */
class LoadRulesTest {
  @TempDir static Path dir;

  record Case(Class<?> provider, LoadProblem.Kind kind, String message) {}

  @TestFactory
  Stream<DynamicTest> eachBrokenProviderIsRefusedWithItsExactProblem() throws IOException {
    String b = BrokenProviders.class.getName() + "$";
    List<Case> cases = List.of(
        new Case(BrokenProviders.MissingDependency.class, LoadProblem.Kind.INSTANTIATION,
            "could not be instantiated: class com.example.MissingDependency is missing"
                + " (NoClassDefFoundError); put the jar that contains it on the plugin path too: a"
                + " plugin's dependencies go on the plugin path beside it"),
        new Case(BrokenProviders.MissingDependencyInCreate.class, LoadProblem.Kind.INVALID_PROVIDER,
            "class org.jblas.DoubleMatrix is missing (NoClassDefFoundError); put the jar that"
                + " contains it on the plugin path too: a plugin's dependencies go on the plugin path"
                + " beside it"),
        new Case(BrokenProviders.UndeclaredOutputForm.class, LoadProblem.Kind.INVALID_PROVIDER,
            "IllegalArgumentException: " + b + "UndeclaredOutputForm$1 overrides"
                + " derivativeFromOutput(double) but undeclared_output_form declares no output-form"
                + " formula, so the method would never be used; add derivativeFromOutput(text, latex)"
                + " to its ActivationInfo or remove the method"),
        new Case(BrokenProviders.UnimplementedOutputForm.class, LoadProblem.Kind.INVALID_PROVIDER,
            "IllegalArgumentException: unimplemented_output_form declares the output-form derivative"
                + " '1' but " + b + "Function does not override derivativeFromOutput(double), which"
                + " would throw at every y; implement it or remove derivativeFromOutput(...) from its"
                + " ActivationInfo"),
        new Case(BrokenProviders.ClaimedOutputForm.class, LoadProblem.Kind.INVALID_PROVIDER,
            "IllegalArgumentException: " + b + "ClaimedOutputForm$1.hasDerivativeFromOutput() returns"
                + " true but claimed_output_form's ActivationInfo says false; remove the override: the"
                + " declared formula is the one source of truth"),
        new Case(BrokenProviders.ParameterTwice.class, LoadProblem.Kind.INVALID_PROVIDER,
            "IllegalArgumentException: parameter 'alpha' is declared twice in parameters(); give each"
                + " parameter one descriptor"),
        new Case(BrokenProviders.NameMismatch.class, LoadProblem.Kind.INVALID_PROVIDER,
            "IllegalArgumentException: provider name 'name_mismatch' differs from the function's"
                + " info().name() 'other_name'; return the info's name from name()"),
        new Case(BrokenProviders.AliasMismatch.class, LoadProblem.Kind.INVALID_PROVIDER,
            "IllegalArgumentException: provider aliases [am] differ from the function's"
                + " info().aliases() []; return the info's aliases from aliases()"),
        new Case(BrokenProviders.NullCreate.class, LoadProblem.Kind.INVALID_PROVIDER,
            "NullPointerException: create() returned null"),
        new Case(BrokenProviders.NullAliases.class, LoadProblem.Kind.INVALID_PROVIDER,
            "NullPointerException: aliases() returned null"),
        new Case(BrokenProviders.NullParameter.class, LoadProblem.Kind.INVALID_PROVIDER,
            "NullPointerException: parameters() contains null"),
        new Case(BrokenProviders.ReservedAlias.class, LoadProblem.Kind.RESERVED_NAME,
            "claims 'logistic', a name reserved for the built-in functions of the module"
                + " org.activations.builtin, which " + b + "ReservedAlias is not part of; rename it"
                + " (for example to 'my_logistic')"));
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    List<String> lines = new java.util.ArrayList<>(
        cases.stream().map(c -> c.provider().getName()).toList());
    lines.add(Providers.AlphaTest.class.getName());
    Files.write(services.resolve("org.activations.spi.ActivationProvider"), lines);
    ActivationRegistry registry = ActivationRegistry.load(
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, Providers.class.getClassLoader()));
    return Stream.concat(
        Stream.of(DynamicTest.dynamicTest("the good provider loads, every broken one is refused",
            () -> {
              assertEquals(List.of("alpha_test"), registry.names());
              assertEquals(cases.size(), registry.problems().size());
            })),
        cases.stream().map(c -> DynamicTest.dynamicTest(c.provider().getSimpleName(), () -> {
          LoadProblem p = registry.problems().stream()
              .filter(q -> q.providerClass().equals(c.provider().getName())).findFirst().orElseThrow();
          Path classes = Path.of(c.provider().getProtectionDomain().getCodeSource().getLocation().toURI());
          assertEquals(new LoadProblem(c.kind(), c.provider().getName(), "folder " + classes,
              c.message()), p);
        })));
  }
}
