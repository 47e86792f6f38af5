package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.THREAD_SAFETY;

import java.util.List;
import org.activations.BatchArguments;

/** Functions that are right on one thread and wrong when one instance is shared between threads. */
final class ThreadSafetyFlaws {
  private ThreadSafetyFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new CachedLastInput.Provider(), "sigmoid that caches its last input and exp(-|x|) in"
            + " (volatile) fields: another thread's exponential leaks into the result",
            "two threads calling apply on different inputs", THREAD_SAFETY),
        flawed(new SharedBatchBuffer.Provider(), "tanh whose batch kernel keeps its intermediates in"
            + " an instance buffer; the scalar methods are thread-safe",
            "two threads calling apply(double[]) on different arrays", THREAD_SAFETY),
        flawed(new LazyTableRace.Provider(), "sigmoid from a lazily built table of exp(-k/64) that is"
            + " published before it is filled: a second thread's first calls read zeros",
            "a fresh instance, first calls from two threads at once", THREAD_SAFETY));
  }

  /** Sigmoid with a last-input cache in fields. */
  static final class CachedLastInput extends Shapes.SigmoidWithOutput {
    private volatile double lastInput = Double.NaN;
    private volatile double lastExp = Double.NaN;

    CachedLastInput() {
      super(info("flawed_cached_last_input", "sigmoid that remembers its last input").build());
    }

    @Override
    public double apply(double x) {
      if (Double.doubleToLongBits(x) != Double.doubleToLongBits(lastInput)) {
        lastInput = x;
        lastExp = Math.exp(-Math.abs(x));
      }
      double e = lastExp;
      return x >= 0 ? 1 / (1 + e) : Double.isNaN(x) ? x : e / (1 + e);
    }

    /** Registers {@code flawed_cached_last_input}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(CachedLastInput::new);
      }
    }
  }

  /** tanh with a batch kernel that shares its scratch buffer. */
  static final class SharedBatchBuffer extends Shapes.TanhWithOutput {
    private double[] scratch = new double[0];

    SharedBatchBuffer() {
      super(info("flawed_shared_batch_buffer", "tanh with a buffered batch kernel").build());
    }

    @Override
    public void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
      BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y,
          BatchArguments.length(y), yOffset, length);
      if (scratch.length < length) {
        scratch = new double[length];
      }
      double[] buffer = scratch;
      for (int i = 0; i < length; i++) {
        buffer[i] = x[xOffset + i];
      }
      for (int i = 0; i < length; i++) {
        y[yOffset + i] = Math.tanh(buffer[i]);
      }
    }

    /** Registers {@code flawed_shared_batch_buffer}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(SharedBatchBuffer::new);
      }
    }
  }

  /** Sigmoid from a table that is built on first use without synchronisation. */
  static final class LazyTableRace extends Shapes.SigmoidWithOutput {
    private static final int STEPS_PER_UNIT = 64;
    private static final int SIZE = 64 * STEPS_PER_UNIT;
    private double[] table;

    LazyTableRace() {
      super(info("flawed_lazy_table_race", "sigmoid from a lazily built table of exponentials")
          .build());
    }

    private double[] table() {
      double[] t = table;
      if (t == null) {
        t = new double[SIZE];
        table = t;
        for (int k = 0; k < SIZE; k++) {
          t[k] = Math.exp(-(double) k / STEPS_PER_UNIT);
        }
      }
      return t;
    }

    /** exp(-a) for a >= 0: a table entry times a short exp inside the table, exp itself beyond. */
    private double expMinus(double a) {
      if (a < 64) {
        int k = (int) (a * STEPS_PER_UNIT);
        return table()[k] * Math.exp(-(a - (double) k / STEPS_PER_UNIT));
      }
      return Math.exp(-a);
    }

    @Override
    public double apply(double x) {
      double e = expMinus(Math.abs(x));
      return x >= 0 ? 1 / (1 + e) : Double.isNaN(x) ? x : e / (1 + e);
    }

    /** Registers {@code flawed_lazy_table_race}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(LazyTableRace::new);
      }
    }
  }
}
