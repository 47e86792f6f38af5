package org.activations.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of validating one function's derivatives against the numerical derivative.
 *
 * @param function the function's spec
 * @param method how the numerical derivative was computed
 * @param tolerance how a point passes, in words
 * @param forms the result for each derivative form checked: from the input, and from the output
 *     where the function has that form
 */
public record DerivativeReport(String function, String method, String tolerance, List<Form> forms) {

  /** Copies the forms. */
  public DerivativeReport {
    forms = List.copyOf(forms);
  }

  /** True if every form passed at every point checked. */
  public boolean passed() {
    return forms.stream().allMatch(Form::passed);
  }

  /** The result for the named form ({@code input} or {@code output}), if it was checked. */
  public Optional<Form> form(String name) {
    return forms.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * One derivative form's result.
   *
   * @param name {@code input} for f'(x), {@code output} for f' from y = f(x)
   * @param checked the number of points compared
   * @param skipped the number of points skipped, by reason
   * @param maxAbsError the largest |analytic − numerical|
   * @param maxRelError the largest |analytic − numerical| / |numerical| over the points where the
   *     numerical estimate is accurate to 1e-6 relative (in the far tails it is not)
   * @param worst the point where the error was largest relative to its tolerance
   * @param failures the number of points beyond tolerance
   * @param firstFailures up to five failing points, worst first
   */
  public record Form(String name, int checked, Map<String, Integer> skipped, double maxAbsError,
      double maxRelError, Point worst, int failures, List<Point> firstFailures) {

    /** Copies the collections. */
    public Form {
      skipped = Map.copyOf(skipped);
      firstFailures = List.copyOf(firstFailures);
    }

    /** True if no point failed. */
    public boolean passed() {
      return failures == 0;
    }

    /** The total number of points skipped. */
    public int skippedCount() {
      return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * One compared point.
   *
   * @param x the input
   * @param analytic the function's derivative at x (from x, or from y = f(x))
   * @param numerical the numerical derivative at x
   * @param tolerance the allowed difference at x
   * @param error a message if evaluating threw, else null
   */
  public record Point(double x, double analytic, double numerical, double tolerance, String error) {

    /** |analytic − numerical| / tolerance: above 1 fails. */
    public double ratio() {
      return error != null ? Double.POSITIVE_INFINITY : Math.abs(analytic - numerical) / tolerance;
    }

    @Override
    public String toString() {
      if (error != null) {
        return "x = " + x + ": " + error;
      }
      return "x = " + x + ": analytic " + analytic + ", numerical " + numerical + " (difference "
          + Numbers.show(Math.abs(analytic - numerical)) + ", tolerance " + Numbers.show(tolerance) + ")";
    }
  }
}
