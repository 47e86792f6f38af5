package org.activations.analysis;

import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One thing the analysis found about a function: a defect with the point that proves it, or a
 * point it could not verify.
 *
 * @param concern what the finding is about
 * @param outcome a failure or a "cannot verify"
 * @param x the input that shows it, if there is one
 * @param message the evidence in words, with every number in enough digits to see the difference
 * @param count how many points showed the same finding (at least 1)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Finding(Concern concern, Outcome outcome, OptionalDouble x, String message, int count) {

  /**
   * Validates the finding.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if count is below 1
   */
  public Finding {
    Objects.requireNonNull(concern, "concern");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(message, "message");
    if (count < 1) {
      throw new IllegalArgumentException("count (" + count + ") must be >= 1");
    }
  }

  /** A failure at x. */
  static Finding fail(Concern concern, double x, String message) {
    return new Finding(concern, Outcome.FAIL, OptionalDouble.of(x), message, 1);
  }

  /** A failure that no single input shows. */
  static Finding fail(Concern concern, String message) {
    return new Finding(concern, Outcome.FAIL, OptionalDouble.empty(), message, 1);
  }

  /** A "cannot verify" at x. */
  static Finding cannotVerify(Concern concern, double x, String message) {
    return new Finding(concern, Outcome.CANNOT_VERIFY, OptionalDouble.of(x), message, 1);
  }

  /** True if this is a proven defect. */
  public boolean failed() {
    return outcome == Outcome.FAIL;
  }

  /** True if the point lies on the everyday window [-6, 6]. */
  public boolean onWindow() {
    return x.isPresent() && Math.abs(x.getAsDouble()) <= SamplePoints.WINDOW;
  }

  @Override
  public String toString() {
    return concern.name().toLowerCase(java.util.Locale.ROOT) + ": " + message
        + (count > 1 ? " (and " + (count - 1) + " more points)" : "");
  }
}
