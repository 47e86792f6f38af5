package org.activations.tools.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.activations.ActivationInfo;
import org.activations.registry.ActivationRegistry;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.tools.render.Origins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code activations list}: every discovered activation, and every provider that failed to load. */
@Command(name = "list", mixinStandardHelpOptions = true,
    header = "List every discovered activation and every plugin that failed to load.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED,
        ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  activations list", "  activations list --with-pack", "  activations list --plugin-path my-plugin.jar --strict"},
    description = "List every activation found on the class path and the plugin path, with its"
        + " aliases, parameters, formulas and origin, and every provider that failed to load.")
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;

  @picocli.CommandLine.Option(names = "--engines",
      description = "Say how each function computes its batch operations (for the built-ins: which"
          + " kernels run, and why), and stop.")
  boolean engines;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (engines) {
      ActivationRegistry registry = discovery.registry();
      registry.names().forEach(n -> out.println(n + ": " + registry.get(n).describeImplementation()));
      out.flush();
      return ExitCodes.OK;
    }
    ActivationRegistry registry = discovery.registry();
    List<ActivationRegistry.Registration> all = registry.registrations();
    out.printf("%d activation%s found%n", all.size(), all.size() == 1 ? "" : "s");
    for (ActivationRegistry.Registration r : all) {
      ActivationProvider provider = r.provider();
      ActivationInfo info = registry.get(r.name()).info();
      out.println();
      out.println(info.name() + (info.aliases().isEmpty() ? "" : " (alias " + String.join(", ", info.aliases()) + ")")
          + " - " + info.description());
      out.println("  f(x)  = " + info.function().text());
      out.println("  f'(x) = " + info.derivative().text());
      out.println("  f'(y) = " + info.derivativeFromOutput().map(Object::toString)
          .orElse("none (f' cannot be computed from the output alone)"));
      out.println("  range:      " + info.range());
      if (!info.specialPoints().isEmpty()) {
        out.println("  special:    " + info.specialPoints().stream().map(Object::toString)
            .collect(Collectors.joining(", ")));
      }
      out.println("  parameters: " + parameters(provider.parameters()));
      out.println("  from:       " + Origins.local(r.origin()));
    }
    List<String> problems = discovery.problems(registry);
    out.println();
    if (problems.isEmpty()) {
      out.println("No load problems.");
    } else {
      out.printf("%d load problem%s:%n", problems.size(), problems.size() == 1 ? "" : "s");
      problems.forEach(p -> out.println("  " + p));
    }
    out.flush();
    discovery.failIfStrict(problems);
    return ExitCodes.OK;
  }

  private static String parameters(List<ParameterDescriptor> parameters) {
    if (parameters.isEmpty()) {
      return "none";
    }
    return parameters.stream()
        .map(p -> p.name() + "=" + p.defaultValue() + " in " + p.validInterval() + " (" + p.description() + ")")
        .collect(Collectors.joining("; "));
  }

}
