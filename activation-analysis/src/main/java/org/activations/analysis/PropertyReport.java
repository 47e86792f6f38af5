package org.activations.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything the verification engine found about one function: a verdict per {@link Property},
 * the located discontinuities, the derivative validation and the findings. The same report feeds
 * {@code check}, {@code table}, the HTML report and the conformance kit, so they cannot disagree.
 *
 * @param function the function's spec
 * @param origin where its provider came from
 * @param verdicts one verdict per property, in {@link Property} order; empty if the analysis did not
 *     complete (it timed out or the plugin failed before any measurement)
 * @param discontinuities the jumps of f, f' and f'' that were located
 * @param derivatives the derivative validation, if the analysis got that far
 * @param farSweep what the dense screen of |x| &gt; 1e10 and |x| &lt; 1e-10 covered, if it got that far
 * @param findings the findings: failures first, then "cannot verify"; on the window [-6, 6] first
 * @param settings the sampling and tolerances used, in words
 * @param elapsed how long the analysis took
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PropertyReport(String function, String origin, List<Verdict> verdicts,
    List<Discontinuity> discontinuities, Optional<DerivativeReport> derivatives,
    Optional<FarSweepReport> farSweep, List<Finding> findings, String settings, Duration elapsed) {

  /** Copies the lists. */
  public PropertyReport {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(origin, "origin");
    verdicts = List.copyOf(verdicts);
    discontinuities = List.copyOf(discontinuities);
    Objects.requireNonNull(derivatives, "derivatives");
    Objects.requireNonNull(farSweep, "farSweep");
    findings = List.copyOf(findings);
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * The verdict for {@code property}.
   *
   * @throws java.util.NoSuchElementException if the analysis did not complete
   */
  public Verdict verdict(Property property) {
    return find(property).orElseThrow();
  }

  /** The verdict for {@code property}, if it was measured. */
  public Optional<Verdict> find(Property property) {
    return verdicts.stream().filter(v -> v.property() == property).findFirst();
  }

  /** The failures: proven defects. */
  public List<Finding> failures() {
    return findings.stream().filter(Finding::failed).toList();
  }

  /** The number of points or checks that could not be verified. */
  public int cannotVerifyCount() {
    return findings.stream().filter(f -> !f.failed()).mapToInt(Finding::count).sum();
  }

  /** True if the analysis completed with no failure ("cannot verify" findings allowed). */
  public boolean passed() {
    return !verdicts.isEmpty() && failures().isEmpty();
  }

  /** True if every property was measured (the analysis neither timed out nor stopped). */
  public boolean complete() {
    return !verdicts.isEmpty();
  }
}
