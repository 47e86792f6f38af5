package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.flawed;
import static org.activations.corpus.Defect.BATCH;

import java.util.List;
import org.activations.BatchArguments;

/**
 * Functions whose scalar methods are right and whose batch kernels are not: an approximation, a tail
 * past index 1000, an ignored offset, a float overflow, an in-place two-pass kernel.
 */
final class BatchFlaws {
  private BatchFlaws() {}

  static List<CorpusEntry> entries() {
    return List.of(
        flawed(new FastApproximation.Provider(), "tanh whose double batch uses the rational"
            + " approximation x (27 + x^2) / (27 + 9 x^2), clamped to [-1, 1]",
            "apply(double[]) at x = 1.5", BATCH),
        flawed(new TailPast1000.Provider(), "sigmoid whose double batch rounds every element from"
            + " index 1000 on to float precision", "apply(double[]) of 1001 copies of 0.3: the last"
            + " differs", BATCH),
        flawed(new IgnoresOffset.Provider(), "softsign whose double batch reads x[i] instead of"
            + " x[xOffset + i]", "apply(x, 1, y, 0, n) with distinct x", BATCH),
        flawed(new FloatOverflow.Provider(), "sigmoid whose float batch computes exp(-x) in float:"
            + " 1 / (1 + ∞) = 0 for x in [-103.97, -88.72] where applyFloat is a subnormal float",
            "apply(float[]) at x = -95", BATCH),
        flawed(new TwoPassInPlace.Provider(), "tanh whose double batch writes expm1(-2|x|)"
            + " into y and rereads x for the sign: in place, positive inputs come out negative",
            "apply(a, 0, a, 0, n) with a[1] = 2", BATCH),
        flawed(new UnrolledTail.Provider(), "softsign whose double batch is unrolled by 4 and forgets"
            + " the remainder: the last length % 4 elements are left unwritten",
            "apply(double[]) with length 7", BATCH));
  }

  /** tanh with an approximate batch kernel. */
  static final class FastApproximation extends Shapes.TanhWithOutput {
    FastApproximation() {
      super(info("flawed_batch_fast_approximation", "tanh with a fast batch kernel").build());
    }

    @Override
    public void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
      BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y,
          BatchArguments.length(y), yOffset, length);
      for (int i = 0; i < length; i++) {
        double v = x[xOffset + i];
        double r = v * (27 + v * v) / (27 + 9 * v * v);
        y[yOffset + i] = Double.isNaN(v) ? v : Math.max(-1, Math.min(1, r));
      }
    }

    /** Registers {@code flawed_batch_fast_approximation}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FastApproximation::new);
      }
    }
  }

  /** Sigmoid whose batch is rounded to float past index 1000. */
  static final class TailPast1000 extends Shapes.SigmoidWithOutput {
    TailPast1000() {
      super(info("flawed_batch_tail_past_1000", "sigmoid with a blocked batch kernel").build());
    }

    @Override
    public void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
      BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y,
          BatchArguments.length(y), yOffset, length);
      for (int i = 0; i < length; i++) {
        double v = sigmoid(x[xOffset + i]);
        y[yOffset + i] = i < 1000 ? v : (float) v;
      }
    }

    /** Registers {@code flawed_batch_tail_past_1000}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TailPast1000::new);
      }
    }
  }

  /** Softsign whose batch ignores the input offset. */
  static final class IgnoresOffset extends Shapes.SoftsignWithOutput {
    IgnoresOffset() {
      super(info("flawed_batch_ignores_offset", "softsign with a batch kernel").build());
    }

    @Override
    public void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
      BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y,
          BatchArguments.length(y), yOffset, length);
      for (int i = 0; i < length; i++) {
        y[yOffset + i] = apply(x[i]);
      }
    }

    /** Registers {@code flawed_batch_ignores_offset}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(IgnoresOffset::new);
      }
    }
  }

  /** Sigmoid whose float batch overflows exp in float. */
  static final class FloatOverflow extends Shapes.SigmoidWithOutput {
    FloatOverflow() {
      super(info("flawed_batch_float_overflow", "sigmoid with a float batch kernel").build());
    }

    @Override
    public void apply(float[] x, int xOffset, float[] y, int yOffset, int length) {
      BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y,
          BatchArguments.length(y), yOffset, length);
      for (int i = 0; i < length; i++) {
        float e = (float) Math.exp(-x[xOffset + i]);
        y[yOffset + i] = 1f / (1f + e);
      }
    }

    /** Registers {@code flawed_batch_float_overflow}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(FloatOverflow::new);
      }
    }
  }

  /** tanh from expm1 with a two-pass batch kernel that breaks in place. */
  static final class TwoPassInPlace extends Shapes.TanhWithOutput {
    TwoPassInPlace() {
      super(info("flawed_batch_two_pass_in_place", "tanh from expm1, with a two-pass kernel")
          .build());
    }

    /** tanh|x| = -e / (2 + e) with e = expm1(-2|x|), with the sign of x. */
    @Override
    public double apply(double x) {
      return Math.copySign(fromExpm1(Math.expm1(-2 * Math.abs(x))), x);
    }

    private static double fromExpm1(double e) {
      return -e / (2 + e);
    }

    @Override
    public void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
      BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y,
          BatchArguments.length(y), yOffset, length);
      for (int i = 0; i < length; i++) {
        y[yOffset + i] = Math.expm1(-2 * Math.abs(x[xOffset + i]));
      }
      for (int i = 0; i < length; i++) {
        y[yOffset + i] = Math.copySign(fromExpm1(y[yOffset + i]), x[xOffset + i]);
      }
    }

    /** Registers {@code flawed_batch_two_pass_in_place}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(TwoPassInPlace::new);
      }
    }
  }

  /** Softsign with a batch kernel unrolled by four and no remainder loop. */
  static final class UnrolledTail extends Shapes.SoftsignWithOutput {
    UnrolledTail() {
      super(info("flawed_batch_unrolled_tail", "softsign with an unrolled batch kernel").build());
    }

    @Override
    public void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
      BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y,
          BatchArguments.length(y), yOffset, length);
      for (int i = 0; i + 4 <= length; i += 4) {
        y[yOffset + i] = apply(x[xOffset + i]);
        y[yOffset + i + 1] = apply(x[xOffset + i + 1]);
        y[yOffset + i + 2] = apply(x[xOffset + i + 2]);
        y[yOffset + i + 3] = apply(x[xOffset + i + 3]);
      }
    }

    /** Registers {@code flawed_batch_unrolled_tail}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(UnrolledTail::new);
      }
    }
  }
}
