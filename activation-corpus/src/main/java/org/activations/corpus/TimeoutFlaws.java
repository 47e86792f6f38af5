package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.TIMEOUT;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;

/**
 * Functions that are slow somewhere or never return. A verifier must call them on a thread it can
 * abandon (a daemon thread): {@link HangsOnNan} spins forever at NaN and {@link DeadlocksOnBand}
 * blocks forever on a band, both ignoring interruption.
 */
final class TimeoutFlaws {
  /** How long each slow call takes, in milliseconds. */
  static final long SLOW_MILLIS = 50;

  private TimeoutFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new SlowHugeInputs.Provider(), "tanh that takes 50 ms per call for |x| > 1e200",
            "x = 1e250 (50 ms)", TIMEOUT),
        flawed(new SlowNearZero.Provider(), "softsign that takes 50 ms per call for |x| < 1e-3,"
            + " where a checker samples densely", "x = 1e-5 (50 ms)", TIMEOUT),
        flawed(new HangsOnNan.Provider(), "the inverse of t + t^3 by bisection, whose loop"
            + " condition never becomes false at NaN: an endless loop (never call it there)",
            "x = NaN (never returns)", TIMEOUT),
        flawed(new DeadlocksOnBand.Provider(), "tanh that waits forever for a lock nobody releases"
            + " for x in [4.25, 4.2501] (blocked, no CPU; interrupts are ignored)",
            "x = 4.25005 (never returns)", TIMEOUT));
  }

  /** Waits {@link #SLOW_MILLIS}; an interrupt ends the wait early and is kept for the caller. */
  static void pause() {
    try {
      Thread.sleep(SLOW_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** tanh, slow far out. */
  static final class SlowHugeInputs extends Shapes.TanhWithOutput {
    SlowHugeInputs() {
      super(info("flawed_slow_huge_inputs", "tanh with a slow series for huge inputs").build());
    }

    @Override
    public double apply(double x) {
      if (Math.abs(x) > 1e200) {
        pause();
      }
      return Math.tanh(x);
    }

    /** Registers {@code flawed_slow_huge_inputs}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SlowHugeInputs::new);
      }
    }
  }

  /** Softsign, slow near 0. */
  static final class SlowNearZero extends Shapes.SoftsignWithOutput {
    SlowNearZero() {
      super(info("flawed_slow_near_zero", "softsign with a slow series near 0").build());
    }

    @Override
    public double apply(double x) {
      if (Math.abs(x) < 1e-3) {
        pause();
      }
      return super.apply(x);
    }

    /** Registers {@code flawed_slow_near_zero}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SlowNearZero::new);
      }
    }
  }

  /** The real root t of t + t^3 = x, by bisection; endless at NaN. */
  static final class HangsOnNan extends Fixture {
    HangsOnNan() {
      super(ActivationInfo.builder("flawed_hangs_on_nan")
          .description("the inverse of t + t^3, an odd function growing like cbrt(x)")
          .function("t such that t + t^3 = x", "t:\\ t + t^3 = x")
          .derivative("1 / (1 + 3 t^2)", "\\frac{1}{1 + 3t^2}")
          .derivativeFromOutput("1 / (1 + 3 y^2)", "\\frac{1}{1 + 3y^2}")
          .range(Range.reals())
          .declared(DeclaredProperties.builder().nonlinear(true)
              .continuityOrder(DeclaredProperties.SMOOTH).monotonic(true).zeroCentred(true)
              .identityAtOrigin(true).saturation(Saturation.BOTH).build())
          .build());
    }

    /** True when the bracket [lo, hi] is at most two ulps wide: never for a NaN end. */
    static boolean converged(double lo, double hi) {
      return hi - lo <= 2 * Math.ulp(hi);
    }

    @Override
    public double apply(double x) {
      if (x == 0 || Double.isInfinite(x)) {
        return x;
      }
      double bound = 1 + Math.cbrt(Math.abs(x));
      double lo = -bound;
      double hi = bound;
      while (!converged(lo, hi)) {
        double mid = lo + (hi - lo) / 2;
        if (mid + mid * mid * mid < x) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return lo + (hi - lo) / 2;
    }

    @Override
    public double derivative(double x) {
      return derivativeFromOutput(apply(x));
    }

    @Override
    public double derivativeFromOutput(double y) {
      return 1 / (1 + 3 * y * y);
    }

    /** Registers {@code flawed_hangs_on_nan}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(HangsOnNan::new);
      }
    }
  }

  /** tanh that blocks forever on a narrow band, as a deadlocked plugin would. */
  static final class DeadlocksOnBand extends Shapes.TanhWithOutput {
    /** A latch that is never counted down. */
    private final CountDownLatch neverReleased = new CountDownLatch(1);

    DeadlocksOnBand() {
      super(info("flawed_deadlocks_on_band", "tanh with a lazily loaded table").build());
    }

    /** True where {@link #apply(double)} never returns. */
    static boolean blocks(double x) {
      return x >= 4.25 && x <= 4.2501;
    }

    @Override
    public double apply(double x) {
      while (blocks(x)) {
        try {
          neverReleased.await();
        } catch (InterruptedException e) {
          // a deadlocked plugin does not give up; the verifier must abandon the thread
        }
      }
      return Math.tanh(x);
    }

    /** Registers {@code flawed_deadlocks_on_band}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(DeadlocksOnBand::new);
      }
    }
  }
}
