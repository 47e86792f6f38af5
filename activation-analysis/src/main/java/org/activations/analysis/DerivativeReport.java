package org.activations.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The result of validating one function's derivatives against a numerical derivative of f.
 *
 * @param method how the numerical derivative was computed, in words
 * @param tolerance how a point passes, in words
 * @param forms one result per derivative form checked: from the input, and from the output where
 *     the function has that form
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DerivativeReport(String method, String tolerance, List<Form> forms) {

  /** Copies the forms. */
  public DerivativeReport {
    forms = List.copyOf(forms);
  }

  /** The verdict over every form: wrong if any form is wrong, else cannot verify if any is. */
  public Validation validation() {
    if (forms.stream().anyMatch(f -> f.validation() == Validation.WRONG)) {
      return Validation.WRONG;
    }
    return forms.stream().anyMatch(f -> f.validation() == Validation.CANNOT_VERIFY)
        ? Validation.CANNOT_VERIFY : Validation.VALIDATED;
  }

  /** The result for the named form ({@code input} or {@code output}), if it was checked. */
  public Optional<Form> form(String name) {
    return forms.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Whether a derivative was shown right, shown wrong, or could not be decided. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Validation {
    /** Every checked point agrees. */
    VALIDATED,
    /** At least one point is wrong, with robust evidence. */
    WRONG,
    /** No point is wrong, but some could not be verified. */
    CANNOT_VERIFY
  }

  /**
   * One derivative form's result.
   *
   * @param name {@code input} for f'(x), {@code output} for f' from y = f(x)
   * @param checked the points compared
   * @param wrong the points where the analytic value is shown wrong
   * @param cannotVerify the points where no numerical estimate was reliable, by reason
   * @param skipped the points not compared (at a special point, stencil beyond the doubles, f not
   *     finite), by reason
   * @param maxAbsError the largest |analytic − numerical| over the compared points
   * @param maxRelError the largest part of |analytic − numerical| beyond the numerical estimate's
   *     own error bound, relative to max(|analytic|, |numerical|), over every compared point (zeros
   *     included)
   * @param firstWrong up to five wrong points, those on the window [-6, 6] first, worst first
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Form(String name, int checked, int wrong, Map<String, Integer> cannotVerify,
      Map<String, Integer> skipped, double maxAbsError, double maxRelError, List<Point> firstWrong) {

    /** Copies the collections, sorted. */
    public Form {
      cannotVerify = Map.copyOf(new TreeMap<>(cannotVerify));
      skipped = Map.copyOf(new TreeMap<>(skipped));
      firstWrong = List.copyOf(firstWrong);
    }

    /** The number of points that could not be verified. */
    public int cannotVerifyCount() {
      return cannotVerify.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The number of points skipped. */
    public int skippedCount() {
      return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** This form's verdict. */
    public Validation validation() {
      return wrong > 0 ? Validation.WRONG
          : cannotVerifyCount() > 0 ? Validation.CANNOT_VERIFY : Validation.VALIDATED;
    }
  }

  /**
   * One point where the analytic derivative was compared.
   *
   * @param x the input
   * @param analytic the function's derivative at x (from x, or from y = f(x))
   * @param numerical the numerical derivative at x
   * @param numericalError the bound on the numerical derivative's error
   * @param tolerance the allowed difference at x
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Point(double x, double analytic, double numerical, double numericalError,
      double tolerance) {

    /** |analytic − numerical| / tolerance: above 1 is wrong. */
    public double ratio() {
      return Math.abs(analytic - numerical) / tolerance;
    }

    @Override
    public String toString() {
      return "x = " + Numbers.exact(x) + ": analytic " + Numbers.exact(analytic) + ", numerical "
          + Numbers.exact(numerical) + " ± " + Numbers.show(numericalError) + " (ratio "
          + Numbers.exact(analytic / numerical) + ")";
    }
  }
}
