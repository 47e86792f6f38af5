package org.activations.analysis;

/**
 * The time budget of one function's analysis: every call into the plugin ticks it, and once the
 * deadline has passed (or the analysis was abandoned) the next tick ends the analysis by throwing
 * {@link Exhausted}. Remembers the last input, for the "timed out at x = …" finding.
 */
final class Budget {
  /** Thrown by {@link #tick(double)} to end an analysis that is out of time. */
  static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("time budget exhausted", null, false, false);
    }
  }

  private final long deadline;
  private volatile boolean abandoned;
  private volatile double lastX = Double.NaN;

  /** A budget of {@code nanos} from now. */
  Budget(long nanos) {
    this.deadline = System.nanoTime() + nanos;
  }

  /**
   * Records that the plugin is about to be called at x.
   *
   * @throws Exhausted if the time is up
   */
  void tick(double x) {
    lastX = x;
    if (abandoned || System.nanoTime() - deadline > 0) {
      abandoned = true;
      throw new Exhausted();
    }
  }

  /** Makes the next tick throw: the caller gave up waiting. */
  void abandon() {
    abandoned = true;
  }

  /** The input of the last call into the plugin (NaN before the first). */
  double lastX() {
    return lastX;
  }
}
