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
  private final Budget parent;
  /** Whether {@link #at} also records the input in the parent, for its "timed out at x". */
  private final boolean echo;
  private long cpuStart = -1;
  private volatile boolean abandoned;
  /** Written opaquely on every call, read by the thread that gives up waiting. */
  @SuppressWarnings("unused") // through LAST_X
  private double lastX = Double.NaN;
  private static final java.lang.invoke.VarHandle LAST_X;

  static {
    try {
      LAST_X = java.lang.invoke.MethodHandles.lookup().findVarHandle(Budget.class, "lastX", double.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * A budget of {@code nanos} of the analysing thread's CPU time (so that a loaded machine does not
   * time out a function that is merely waiting for a core), counted from the first tick.
   */
  Budget(long nanos) {
    this(nanos, null, false);
  }

  private Budget(long nanos, Budget parent, boolean echo) {
    this.nanos = nanos;
    this.parent = parent;
    this.echo = echo;
  }

  /**
   * A budget of {@code nanos} of CPU time for a helper thread of this analysis, abandoned with this
   * one.
   */
  Budget child(long nanos) {
    return new Budget(nanos, this, false);
  }

  /**
   * A budget of {@code nanos} of CPU time for a part of this analysis on its own thread, abandoned
   * with this one, whose inputs this one records too: if that part hangs, the analysis times out
   * at its x.
   */
  Budget part(long nanos) {
    return new Budget(nanos, this, true);
  }

  /**
   * Records that the plugin is about to be called at x (cheap: no clock is read), for the "timed
   * out at x" finding.
   */
  void at(double x) {
    LAST_X.setOpaque(this, x);
    if (echo) {
      parent.at(x);
    }
  }

  /**
   * Records that the plugin is about to be called at x and reads the clock.
   *
   * @throws Exhausted if the time is up
   */
  void tick(double x) {
    at(x);
    long cpu = cpuTime();
    if (cpuStart < 0) {
      cpuStart = cpu;
    }
    if (abandoned || parent != null && parent.abandoned || cpu - cpuStart > nanos) {
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
    return (double) LAST_X.getOpaque(this);
  }
}
