package org.activations.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one analysis. Findings with the same key (one kind of defect) are merged
 * into one with a count; the point kept is on the everyday window if any is, else the first seen.
 * Thread-safe: a timed-out analysis is read while its worker may still write.
 */
final class FindingLog {
  private final Map<String, Finding> byKey = new LinkedHashMap<>();

  /** Adds {@code finding} under {@code key}. */
  synchronized void add(String key, Finding finding) {
    Finding old = byKey.get(key);
    if (old == null) {
      byKey.put(key, finding);
      return;
    }
    Finding kept = !old.onWindow() && finding.onWindow() ? finding : old;
    byKey.put(key, new Finding(kept.concern(), kept.outcome(), kept.x(), kept.message(),
        old.count() + finding.count()));
  }

  /**
   * Counts one more occurrence under {@code key} if a finding is already kept there and the point
   * x would not replace its point; false if the caller must build and {@link #add} the finding.
   * Spares the message of a defect seen a million times.
   */
  synchronized boolean counted(String key, double x) {
    Finding old = byKey.get(key);
    if (old == null || !old.onWindow() && Math.abs(x) <= SamplePoints.WINDOW) {
      return false;
    }
    byKey.put(key, new Finding(old.concern(), old.outcome(), old.x(), old.message(), old.count() + 1));
    return true;
  }

  /** A copy of the findings so far, for {@link #restore}. */
  synchronized Map<String, Finding> snapshot() {
    return new LinkedHashMap<>(byKey);
  }

  /** Puts the findings back as they were in {@code snapshot}. */
  synchronized void restore(Map<String, Finding> snapshot) {
    byKey.clear();
    byKey.putAll(snapshot);
  }

  /** Adds every finding of {@code other} under its key. */
  void addAll(FindingLog other) {
    Map<String, Finding> theirs = other.snapshot();
    theirs.forEach(this::add);
  }

  /** Adds {@code finding} keyed by its concern and outcome. */
  void add(Finding finding) {
    add(finding.concern() + "/" + finding.outcome(), finding);
  }

  /** True if a failure about {@code concern} was logged. */
  synchronized boolean failed(Concern concern) {
    return byKey.values().stream().anyMatch(f -> f.failed() && f.concern() == concern);
  }

  /** The findings: failures first, then by concern, points on the window before others. */
  synchronized List<Finding> findings() {
    List<Finding> all = new ArrayList<>(byKey.values());
    all.sort(Comparator.comparing(Finding::outcome).thenComparing(Finding::concern)
        .thenComparing(f -> !f.onWindow()));
    return List.copyOf(all);
  }
}
