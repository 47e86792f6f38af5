package org.activations.analysis;

import org.apiguardian.api.API;

/**
 * Hears what the engine is doing, for progress displays. Called on the analysis's worker thread;
 * an implementation must be quick and must not throw.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface AnalysisListener {
  /** A listener that ignores everything. */
  AnalysisListener NONE = (function, stage) -> { };

  /**
   * The analysis of {@code function} entered {@code stage} (for example {@code "derivatives"}).
   */
  void stage(String function, String stage);
}
