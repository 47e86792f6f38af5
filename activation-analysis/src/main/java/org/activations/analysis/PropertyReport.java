package org.activations.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Everything measured about one function: a verdict per {@link Property}, the discontinuities
 * found, the derivative validation, and the findings (where the declaration and the measurement
 * disagree, or a derivative is wrong).
 *
 * @param function the function's spec
 * @param origin where its provider came from
 * @param verdicts one verdict per property, in {@link Property} order
 * @param discontinuities the jumps of f, f' and f'' that were located
 * @param derivatives the derivative validation
 * @param settings the sampling and tolerances used, in words
 */
public record PropertyReport(String function, String origin, List<Verdict> verdicts,
    List<Discontinuity> discontinuities, DerivativeReport derivatives, String settings) {

  /** Copies the lists. */
  public PropertyReport {
    verdicts = List.copyOf(verdicts);
    discontinuities = List.copyOf(discontinuities);
  }

  /** The verdict for {@code property}. */
  public Verdict verdict(Property property) {
    return verdicts.stream().filter(v -> v.property() == property).findFirst().orElseThrow();
  }

  /** The verdict for {@code property}, if it was measured. */
  public Optional<Verdict> find(Property property) {
    return verdicts.stream().filter(v -> v.property() == property).findFirst();
  }

  /** Every finding, one line each: disagreements, then derivative failures. */
  public List<String> findings() {
    List<String> lines = new java.util.ArrayList<>();
    verdicts.stream().filter(v -> !v.agrees()).map(Verdict::finding).forEach(lines::add);
    for (DerivativeReport.Form form : derivatives.forms()) {
      if (!form.passed()) {
        lines.add("derivative from the " + form.name() + " is wrong at " + form.failures() + " of "
            + form.checked() + " points; worst at " + form.firstFailures().get(0));
      }
    }
    return lines;
  }

  /** True if there are no findings. */
  public boolean passed() {
    return findings().isEmpty();
  }
}
