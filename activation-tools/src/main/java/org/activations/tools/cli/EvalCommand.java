package org.activations.tools.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.activations.Activation;
import org.activations.Range;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code activations eval NAME}: one result per line of standard input, streamed. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    header = "Evaluate a function or its derivative on numbers read from standard input.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_FAILED,
        ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  printf '0\\n1.5\\n' | activations eval sigmoid", "  echo 0x1.8p1 | activations eval tanh --derivative --hex", "  echo 0.2 | activations eval 'leaky_relu(alpha=0.1)' --with-pack"},
    description = {"Evaluate an activation, or its derivative, on numbers read from standard input,"
        + " one per line (decimal, Java hex float such as 0x1.8p1, NaN, Infinity).",
        "Writes one result per line, in the same order. A bad line stops the run with its line"
            + " number (exit status 2)."})
final class EvalCommand implements Callable<Integer> {
  /** Lines longer than this are refused rather than held in memory. */
  static final int MAX_LINE = 1000;

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin DiscoveryOptions discovery;

  @Parameters(index = "0", paramLabel = "NAME", description = "The activation: a name, an alias, or a spec with parameters such as"
          + " 'leaky_relu(alpha=0.2)' (quoted for the shell).")
  String name;

  @ArgGroup(exclusive = true)
  Mode mode = new Mode();

  static final class Mode {
    @Option(names = "--derivative", description = "Write f'(x), the derivative from the input x.")
    boolean derivative;

    @Option(names = "--derivative-from-output",
        description = "Read outputs y = f(x) and write f' computed from y (the textbook's form).")
    boolean fromOutput;
  }

  @Option(names = "--hex", description = "Write exact hex floats (0x1.0p-2) instead of decimals.")
  boolean hex;

  @Option(names = "--float", description = "Read, compute and write in single precision.")
  boolean single;

  @Override
  public Integer call() throws IOException {
    Activation f = Selection.one(discovery.checkedRegistry(spec.commandLine().getErr()), name);
    if (mode.fromOutput && !f.hasDerivativeFromOutput()) {
      throw new UserInputException(f.info().name() + " has no output-form derivative (f' cannot be"
          + " computed from y alone); use --derivative with the inputs x instead");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (main.typing()) {
      spec.commandLine().getErr().println("activations: type numbers, one per line; each result"
          + " follows its line; Ctrl-D ends (Ctrl-Z then Enter on Windows)");
    }
    LineReader lines = new LineReader(new BufferedReader(
        new InputStreamReader(main.in(), StandardCharsets.UTF_8), 1 << 16), MAX_LINE);
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (line == LineReader.TOO_LONG) {
        throw new UserInputException("line " + lines.lineNumber() + ": longer than " + MAX_LINE
            + " characters (" + lines.tooLongLength() + "); " + NumberText.EXPECTED);
      }
      try {
        out.write(single ? evaluate(f, NumberText.parseFloat(line))
            : evaluate(f, NumberText.parseDouble(line)));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("line " + lines.lineNumber() + ": " + e.getMessage());
      }
      out.write('\n');
      if (lines.lineNumber() % 4096 == 0 && out.checkError()) {
        break; // the output is lost (a full disk, a closed pipe): Main says so and exits 1
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Refuses an output y outside the function's range for the output form: f'(y) of a value f never
   * returns is no derivative of f (sigmoid's y(1 - y) at y = 2 is a number, and a wrong one).
   */
  private static void checkOutput(Activation f, double y, boolean single) {
    Range range = f.info().range();
    boolean infiniteEnd = (y == Double.POSITIVE_INFINITY && range.upperBound() == y)
        || (y == Double.NEGATIVE_INFINITY && range.lowerBound() == y);
    // In floats an end rounds to its nearest float, which may lie just outside (swish's minimum).
    boolean floatEnd = single && (y == (float) range.lowerBound() || y == (float) range.upperBound());
    if (!Double.isNaN(y) && !infiniteEnd && !floatEnd && !range.containsRounded(y)) {
      throw new IllegalArgumentException("y = " + NumberText.format(y, false) + " is outside "
          + f.info().name() + "'s range " + range + "; --derivative-from-output reads outputs"
          + " y = f(x) of the function (use --derivative for inputs x)");
    }
  }

  private String evaluate(Activation f, double x) {
    if (mode.fromOutput) {
      checkOutput(f, x, false);
    }
    double y;
    try {
      y = mode.derivative ? f.derivative(x) : mode.fromOutput ? f.derivativeFromOutput(x) : f.apply(x);
    } catch (RuntimeException e) {
      throw new RunFailedException(failure(f, x, e), e);
    }
    return NumberText.format(y, hex);
  }

  private String evaluate(Activation f, float x) {
    if (mode.fromOutput) {
      checkOutput(f, x, true);
    }
    float y;
    try {
      y = mode.derivative ? f.derivativeFloat(x)
          : mode.fromOutput ? f.derivativeFromOutputFloat(x) : f.applyFloat(x);
    } catch (RuntimeException e) {
      throw new RunFailedException(failure(f, x, e), e);
    }
    return NumberText.format(y, hex);
  }

  private static String failure(Activation f, double x, RuntimeException e) {
    return f.info().name() + " (" + f.getClass().getName() + ") threw at x = " + x + ": " + e;
  }
}
