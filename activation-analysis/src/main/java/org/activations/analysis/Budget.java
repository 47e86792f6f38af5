package org.activations.analysis;

/**
 * The time budget of one function's analysis: every call into the plugin ticks it, and once the
 * analysing thread has used up its CPU time (or the analysis was abandoned) the next tick ends the analysis by throwing
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

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private final long nanos;
  private long cpuStart = -1;
  private volatile boolean abandoned;
  private volatile double lastX = Double.NaN;

  /**
   * A budget of {@code nanos} of the analysing thread's CPU time (so that a loaded machine does not
   * time out a function that is merely waiting for a core), counted from the first tick.
   */
  Budget(long nanos) {
    this.nanos = nanos;
  }

  /**
   * Records that the plugin is about to be called at x.
   *
   * @throws Exhausted if the time is up
   */
  void tick(double x) {
    lastX = x;
    long cpu = cpuTime();
    if (cpuStart < 0) {
      cpuStart = cpu;
    }
    if (abandoned || cpu - cpuStart > nanos) {
      abandoned = true;
      throw new Exhausted();
    }
  }

  private static long cpuTime() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
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
