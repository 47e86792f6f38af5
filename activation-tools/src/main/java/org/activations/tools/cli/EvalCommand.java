package org.activations.tools.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.activations.Activation;
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

  @Parameters(index = "0", paramLabel = "NAME", description = "The activation's name or alias.")
  String name;

  @ArgGroup(exclusive = true)
  Mode mode = new Mode();

  static final class Mode {
    @Option(names = "--derivative", description = "Write f'(x), the derivative from the input x.")
    boolean derivative;

    @Option(names = "--derivative-from-output",
        description = "Read outputs y = f(x) and write f' computed from y (the seed's form).")
    boolean fromOutput;
  }

  @Option(names = "--hex", description = "Write exact hex floats (0x1.0p-2) instead of decimals.")
  boolean hex;

  @Option(names = "--float", description = "Read, compute and write in single precision.")
  boolean single;

  @Override
  public Integer call() throws IOException {
    Activation f = discovery.checkedRegistry(spec.commandLine().getErr()).get(name);
    if (mode.fromOutput && !f.hasDerivativeFromOutput()) {
      throw new UserInputException(f.info().name() + " has no output-form derivative (f' cannot be"
          + " computed from y alone); use --derivative with the inputs x instead");
    }
    PrintWriter out = spec.commandLine().getOut();
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

  private String evaluate(Activation f, double x) {
    double y;
    try {
      y = mode.derivative ? f.derivative(x) : mode.fromOutput ? f.derivativeFromOutput(x) : f.apply(x);
    } catch (RuntimeException e) {
      throw new RunFailedException(failure(f, x, e), e);
    }
    return NumberText.format(y, hex);
  }

  private String evaluate(Activation f, float x) {
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
