package org.activations.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the findings of one analysis. Findings with the same key (one kind of defect) are merged
 * into one with a count; the point kept is on the everyday window if any is, else the first seen.
 * Thread-safe: a timed-out analysis is read while its worker may still write.
 */
final class FindingLog {
  /** The most (defect, input) pairs remembered by {@link #counted}. */
  private static final int REMEMBERED = 1 << 12;
  private final Map<String, Finding> byKey = new LinkedHashMap<>();
  private final Set<Seen> seen = new HashSet<>();

  /** A defect met at an input. */
  record Seen(String key, double x) {}

  /** The findings and the inputs they have counted, as {@link #snapshot} took them. */
  record Snapshot(Map<String, Finding> findings, Set<Seen> seen) {}

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
   * True if the caller need not add a finding for the defect {@code key} at x: this input met the
   * defect before (an input evaluated again counts once; up to {@value #REMEMBERED} pairs are
   * remembered, beyond which it counts twice), or a finding is kept under key already and x would
   * not replace its point, which then counts one more. False if the caller must build and
   * {@link #add} the finding. Spares the message of a defect seen a million times.
   */
  synchronized boolean counted(String key, double x) {
    Seen pair = new Seen(key, x);
    if (seen.contains(pair)) {
      return true;
    }
    if (seen.size() < REMEMBERED) {
      seen.add(pair);
    }
    Finding old = byKey.get(key);
    if (old == null || !old.onWindow() && Math.abs(x) <= SamplePoints.WINDOW) {
      return false;
    }
    byKey.put(key, new Finding(old.concern(), old.outcome(), old.x(), old.message(), old.count() + 1));
    return true;
  }

  /** A copy of the findings so far and of the inputs they counted, for {@link #restore}. */
  synchronized Snapshot snapshot() {
    return new Snapshot(new LinkedHashMap<>(byKey), new HashSet<>(seen));
  }

  /** Puts the findings, and the inputs they counted, back as they were in {@code snapshot}. */
  synchronized void restore(Snapshot snapshot) {
    byKey.clear();
    byKey.putAll(snapshot.findings());
    seen.clear();
    seen.addAll(snapshot.seen());
  }

  /** Adds every finding of {@code other} under its key. */
  void addAll(FindingLog other) {
    other.snapshot().findings().forEach(this::add);
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
