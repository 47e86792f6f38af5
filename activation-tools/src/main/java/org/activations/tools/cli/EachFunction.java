package org.activations.tools.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.activations.analysis.FunctionFailedException;

/**
 * The one loop for "do this for every selected function" that every command goes through: runs the
 * action per function, turns a plugin's failure into a reported problem (function, class, x where
 * known) and goes on with the next, and shows "function k of n" on standard error when it is a
 * terminal. An exception thrown by the tools' own code is not a plugin's failure: it propagates and
 * ends the run as an internal error.
 */
final class EachFunction {
  private final PrintWriter err;
  private final boolean progress;

  /**
   * @param err standard error, for the progress line
   * @param progress whether standard error is a terminal that should show progress
   */
  EachFunction(PrintWriter err, boolean progress) {
    this.err = err;
    this.progress = progress;
  }

  /** What to do with one function. */
  @FunctionalInterface
  interface Action<R> {
    /** The result for {@code s}; may throw whatever the function under test throws. */
    R apply(Selection.Selected s);
  }

  /**
   * The results, in order, of the functions for which the action succeeded, and one line per
   * function whose code failed.
   */
  record Results<R>(List<R> results, List<String> failures) {
    Results {
      results = Collections.unmodifiableList(results);
      failures = Collections.unmodifiableList(failures);
    }
  }

  /** Runs {@code action} for each of {@code selected}, in order. */
  <R> Results<R> run(List<Selection.Selected> selected, Action<R> action) {
    List<R> results = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int n = selected.size();
    int width = 0;
    try {
      for (int k = 0; k < n; k++) {
        Selection.Selected s = selected.get(k);
        if (progress) {
          String line = "activations: function " + (k + 1) + " of " + n + ": " + s.function().spec();
          err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
          err.flush();
          width = line.length();
        }
        try {
          results.add(action.apply(s));
        } catch (FunctionFailedException e) {
          failures.add(e.getMessage());
        } catch (RuntimeException | LinkageError e) {
          if (!thrownByPluginCode(e)) {
            throw e;
          }
          failures.add(s.function().spec() + " (" + s.function().getClass().getName() + ") threw: "
              + e);
        }
      }
    } finally {
      if (progress && width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
      }
    }
    return new Results<>(results, failures);
  }

  /** Packages of the tools themselves and the libraries they call: a failure there is our bug. */
  private static final List<String> OURS = List.of("org.activations.tools.",
      "org.activations.analysis.", "picocli.", "org.jfree.", "com.fasterxml.", "com.google.",
      "org.apache.commons.");

  /**
   * True if the first frame outside the JDK that {@code e} passed through is not the tools' own
   * code (nor a library they call): the function's code, or the API code it runs on, failed.
   */
  static boolean thrownByPluginCode(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String c = frame.getClassName();
      if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
        continue;
      }
      return OURS.stream().noneMatch(c::startsWith);
    }
    return false;
  }

  /**
   * Reports each failure on standard error and ends the run: status 0 if there were none.
   *
   * @param done what happened to the others, for the summary ("drawn", "measured")
   * @throws RunFailedException if any function failed, after reporting each
   */
  static int finish(PrintWriter err, List<String> failures, String done) {
    if (failures.isEmpty()) {
      return ExitCodes.OK;
    }
    failures.forEach(f -> err.println("activations: left out: " + f));
    throw new RunFailedException(failures.size() + " function" + (failures.size() == 1 ? "" : "s")
        + " failed and " + (failures.size() == 1 ? "was" : "were") + " left out (listed above); the"
        + " others were " + done);
  }
}
