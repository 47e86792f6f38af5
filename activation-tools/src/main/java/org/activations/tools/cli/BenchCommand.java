package org.activations.tools.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.activations.registry.ActivationRegistry;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code activations bench}: what each function costs, measured with JMH in forked JVMs, in ns per
 * element next to {@code System.arraycopy} and the built-in sigmoid at the same size.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    header = "Measure each function's speed with JMH, in ns per element beside baselines.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK,
        ExitCodes.LIST_FAILED, ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  activations bench --quick --functions relu",
        "  activations bench --with-pack --functions gelu,swish --type double",
        "  activations bench --plugin-path my-plugin.jar --format json > bench.json"},
    description = "Measure each function with JMH in forked JVMs: scalar apply, batch forward and"
        + " fused backward in ns per element, next to System.arraycopy and the built-in sigmoid at"
        + " the same size; says which functions run the interface's default scalar loops."
        + " Progress goes to standard error.")
final class BenchCommand implements Callable<Integer> {
  /** The largest --size: four arrays of doubles of this size take 512 MiB. */
  static final int MAX_SIZE = 1 << 24;

  /** The built-in every function is shown next to, when it is registered. */
  static final String REFERENCE = "sigmoid";

  /** The output formats. */
  enum Format { TABLE, JSON }

  /** The element types. */
  enum ElementType { FLOAT, DOUBLE }

  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;
  @ParentCommand Main main;

  @Option(names = "--functions", paramLabel = "NAME", split = ",",
      description = "The functions (names or specs) to measure; all discovered ones by default.")
  List<String> functions;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "float",
      description = "float or double (default: ${DEFAULT-VALUE}).")
  ElementType type;

  @Option(names = "--size", paramLabel = "N", defaultValue = "65536",
      description = "Elements per call, 1 to " + MAX_SIZE + " (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--quick",
      description = "A rough answer: every function in this JVM (no fork), short iterations"
          + " (under a second per function). The default, three forks of five one-second warm-ups"
          + " and measurements, is the one to trust.")
  boolean quick;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    if (size < 1 || size > MAX_SIZE) {
      throw new UserInputException("--size (" + size + ") must be between 1 and " + MAX_SIZE
          + "; give the number of elements per call");
    }
    PrintWriter err = spec.commandLine().getErr();
    ActivationRegistry registry = discovery.checkedRegistry(err);
    List<Selection.Selected> selected = new ArrayList<>(Selection.of(registry, functions));
    if (registry.names().contains(REFERENCE)
        && selected.stream().noneMatch(s -> s.function().spec().equals(REFERENCE))) {
      selected.addAll(Selection.of(registry, List.of(REFERENCE)));
    }
    String typeName = type.name().toLowerCase(Locale.ROOT);
    EachFunction.Results<BenchFigures.Subject> subjects =
        main.eachFunction().run(selected, s -> BenchFigures.Subject.of(s, typeName));
    List<String> specs = subjects.results().stream().map(BenchFigures.Subject::spec).toList();
    if (specs.isEmpty()) {
      return EachFunction.finish(err, subjects.failures(), "measured");
    }
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(FunctionBenchmark.class.getName())
            + "\\.operations$")
        .param("spec", specs.toArray(String[]::new))
        .param("pluginPath", String.join(File.pathSeparator, discovery.pluginPath))
        .param("type", typeName)
        .param("size", Integer.toString(size))
        .shouldFailOnError(false)
        // --quick: no fork, since a JVM's start-up and the plugin's loading cost more than the
        // measurement itself; the functions then share one JVM's profiles, hence "rough"
        .forks(quick ? 0 : 3)
        .warmupIterations(quick ? 2 : 5)
        .warmupTime(quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1))
        .measurementIterations(5)
        .measurementTime(quick ? TimeValue.milliseconds(100) : TimeValue.seconds(1));
    int total = specs.size();
    err.printf("bench: %d functions, %s%n", specs.size(), quick
        ? "in this JVM (--quick: rough figures)"
        : "a forked JVM each (3 forks each: half a minute per fork)");
    Collection<RunResult> results;
    try {
      results = new Runner(options.build(), new BenchProgress(err, total)).run();
    } catch (RunnerException e) {
      String why = String.valueOf(e.getMessage());
      throw new RunFailedException(why.contains("JMH lock")
          ? "another JMH run holds its lock file (" + System.getProperty("java.io.tmpdir")
              + "/jmh.lock): wait until it ends, as two runs distort each other, or start the JVM"
              + " with -Djmh.ignoreLock=true"
          : "the benchmark run failed: " + why);
    }
    BenchFigures figures = BenchFigures.of(results, subjects.results(), typeName, size, quick,
        REFERENCE);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.JSON ? figures.json() : figures.table());
    out.flush();
    List<String> failures = new ArrayList<>(subjects.failures());
    figures.failed().forEach(f -> failures.add(f + ": a benchmark failed in its forked JVM (the"
        + " warning above says why)"));
    return EachFunction.finish(err, failures, "measured");
  }
}
