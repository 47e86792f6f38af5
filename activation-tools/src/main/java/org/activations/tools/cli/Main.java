package org.activations.tools.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code activations} command: discovers every activation on the class path (and the plugin
 * path) and lists, evaluates and measures it.
 *
 * <p>Exit status: 0 success, 1 the run failed (a check found problems, an output could not be
 * written), 2 usage error or bad input. Errors are one line on standard error, without a stack trace
 * unless {@code --debug} is given.
 */
@Command(name = "activations",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Discover, evaluate and measure neural-network activation functions.",
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ExitCodes.LIST_OK,
        ExitCodes.LIST_FAILED, ExitCodes.LIST_USAGE},
    footerHeading = "%nExamples:%n", footer = {"  activations table", "  activations table --with-pack",
        "  echo 0.5 | activations eval sigmoid --derivative", "  activations help eval",
        "%nEvery command discovers the functions on the class path; --plugin-path JAR adds a"
            + " plugin's, --with-pack the plugin pack's."},
    subcommands = {ListCommand.class, EvalCommand.class, TableCommand.class, CheckCommand.class,
        PlotCommand.class, ReportCommand.class, CollapseCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.FAILED)
public final class Main implements Runnable {
  /** picocli's message for {@code help NAME} with an unknown NAME. */
  private static final Pattern UNKNOWN_HELP_TOPIC = Pattern.compile("Unknown subcommand '(.*)'\\.");

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show the stack trace of an error.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream in;
  private final boolean terminal;
  private final boolean typing;

  private Main(InputStream in, boolean terminal, boolean typing) {
    this.in = in;
    this.terminal = terminal;
    this.typing = typing;
  }

  /** Whether standard input is a terminal: a person types the numbers. */
  boolean typing() {
    return typing;
  }

  /** Standard input, as given to {@link #run}. */
  InputStream in() {
    return in;
  }

  /** Whether standard error is a terminal (progress is shown there only then). */
  boolean terminal() {
    return terminal;
  }

  /** The loop over selected functions, with progress on standard error when it is a terminal. */
  EachFunction eachFunction() {
    return new EachFunction(spec.commandLine().getErr(), terminal);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows write errors, and a lost output must not exit 0.
    CommandLine.Help.Ansi.AUTO.enabled(); // picocli reads the terminal state once, before output
    System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out), System.err,
        Terminal.isStandardError(), Terminal.isStandardInput()));
  }

  /**
   * Runs the command line in-process.
   *
   * @param args the arguments, as after {@code activations}
   * @param in standard input
   * @param out standard output; written as UTF-8 and flushed before returning
   * @param err standard error; written as UTF-8 and flushed before returning
   * @return the exit status: 0 success, 1 failure, 2 usage error or bad input
   */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    return run(args, in, out, err, false, false);
  }

  /** As {@link #run(String[], InputStream, OutputStream, OutputStream)}, saying whether to show progress. */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err,
      boolean terminal, boolean typing) {
    StandardOutput checkedOut = new StandardOutput(out);
    PrintWriter stdout = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(checkedOut, StandardCharsets.UTF_8), 1 << 16), false);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Main main = new Main(in, terminal, typing);
    CommandLine cli = new CommandLine(main)
        .setOut(stdout)
        .setErr(stderr)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(usageErrors())
        .setExecutionExceptionHandler(executionErrors(main));
    try {
      int status = cli.execute(args);
      stdout.flush();
      if (checkedOut.failure() != null && status == ExitCodes.OK) {
        stderr.println("activations: " + checkedOut.failure());
        status = ExitCodes.FAILED;
      }
      return status;
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  private static IParameterExceptionHandler usageErrors() {
    return (ParameterException e, String[] args) -> {
      CommandLine cmd = e.getCommandLine();
      // One line: the problem, a suggestion where picocli has one, and where to read more.
      String suggestion = "";
      if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
          && u.getUnmatched().get(0).startsWith("-")) {
        suggestion = "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
      }
      cmd.getErr().println("activations: " + message(e) + suggestion + " (see '"
          + cmd.getCommandSpec().qualifiedName() + " --help')");
      return ExitCodes.USAGE;
    };
  }

  /**
   * A usage error in words: an unknown command, given alone or to {@code help}, is named with the
   * nearest command and the commands that exist.
   */
  private static String message(ParameterException e) {
    CommandLine cmd = e.getCommandLine();
    if (e instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
      return unknownCommand(u.getUnmatched().get(0), cmd);
    }
    // picocli's help command reports an unknown NAME on the top command, in a message of its own
    Matcher help = UNKNOWN_HELP_TOPIC.matcher(String.valueOf(e.getMessage()));
    if (cmd.getParent() == null && help.matches()) {
      return unknownCommand(e.getValue() != null ? e.getValue() : help.group(1), cmd);
    }
    return e.getMessage();
  }

  private static String unknownCommand(String typed, CommandLine top) {
    String nearest = Nearest.of(typed, top.getSubcommands().keySet());
    return "unknown command '" + typed + "'" + (nearest == null ? ";"
        : "; did you mean '" + nearest + "'?") + " the commands are "
        + String.join(", ", top.getSubcommands().keySet());
  }

  private static IExecutionExceptionHandler executionErrors(Main main) {
    return (Exception e, CommandLine cmd, ParseResult parsed) -> {
      PrintWriter err = cmd.getErr();
      cmd.getOut().flush();
      int status;
      String message;
      if (e instanceof UserInputException || e instanceof IllegalArgumentException
          || e instanceof UnsupportedOperationException) {
        status = ExitCodes.USAGE;
        message = e.getMessage();
      } else if (e instanceof RunFailedException) {
        status = ExitCodes.FAILED;
        message = e.getMessage();
      } else if (e instanceof UncheckedIOException || e instanceof IOException) {
        status = ExitCodes.FAILED;
        message = "input/output error: " + (e.getCause() != null ? e.getCause() : e).getMessage();
      } else {
        status = ExitCodes.FAILED;
        message = "internal error: " + e + " (run with --debug for the stack trace)";
      }
      err.println("activations: " + message);
      if (main.debug) {
        e.printStackTrace(err);
      }
      return status;
    };
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream s = Main.class.getResourceAsStream("version.properties")) {
        if (s != null) {
          p.load(s);
        }
      }
      return new String[] {"activations " + p.getProperty("version", "unknown"),
          "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
    }
  }
}
