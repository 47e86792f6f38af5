package org.activations.corpus;

import static org.activations.corpus.CorpusEntry.correct;

import java.util.List;
import org.activations.BatchArguments;

/**
 * Correct functions with machinery of their own that a verifier must not mistake for a flaw: batch
 * and backward kernels written differently from the interface's loops (but bit for bit the same,
 * offsets and in place included), and a per-thread cache.
 */
final class CorrectKernels {
  private CorrectKernels() {}

  static List<CorpusEntry> entries() {
    return List.of(
        correct(new CustomKernels.Provider(), "tanh with its own batch and backward kernels (reverse"
            + " order, unrolled by two), bit for bit the scalar results, offsets and in place"
            + " right"),
        correct(new ThreadLocalCache.Provider(), "sigmoid that caches its last input per thread"
            + " (ThreadLocal): state, but no shared state"));
  }

  /** tanh with hand-written kernels. */
  static final class CustomKernels extends Shapes.TanhWithOutput {
    CustomKernels() {
      super(info("tricky_custom_kernels", "tanh with hand-written batch and backward kernels")
          .build());
    }

    @Override
    public void apply(double[] x, int xOffset, double[] y, int yOffset, int length) {
      BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y,
          BatchArguments.length(y), yOffset, length);
      for (int i = length - 1; i >= 0; i--) {
        y[yOffset + i] = apply(x[xOffset + i]);
      }
    }

    @Override
    public void apply(float[] x, int xOffset, float[] y, int yOffset, int length) {
      BatchArguments.checkForward(x, BatchArguments.length(x), xOffset, y,
          BatchArguments.length(y), yOffset, length);
      for (int i = length - 1; i >= 0; i--) {
        y[yOffset + i] = applyFloat(x[xOffset + i]);
      }
    }

    @Override
    public void backward(double[] x, double[] y, double[] upstream, double[] gradIn, int offset,
        int length) {
      BatchArguments.checkBackward(true, x, BatchArguments.length(x), y, BatchArguments.length(y),
          upstream, BatchArguments.length(upstream), gradIn, BatchArguments.length(gradIn), offset,
          length);
      int end = offset + length;
      int i = offset;
      for (; i + 2 <= end; i += 2) {
        double g0 = upstream[i] * derivativeFromOutput(y[i]);
        double g1 = upstream[i + 1] * derivativeFromOutput(y[i + 1]);
        gradIn[i] = g0;
        gradIn[i + 1] = g1;
      }
      for (; i < end; i++) {
        gradIn[i] = upstream[i] * derivativeFromOutput(y[i]);
      }
    }

    @Override
    public void backward(float[] x, float[] y, float[] upstream, float[] gradIn, int offset,
        int length) {
      BatchArguments.checkBackward(true, x, BatchArguments.length(x), y, BatchArguments.length(y),
          upstream, BatchArguments.length(upstream), gradIn, BatchArguments.length(gradIn), offset,
          length);
      for (int i = offset + length - 1; i >= offset; i--) {
        gradIn[i] = upstream[i] * derivativeFromOutputFloat(y[i]);
      }
    }

    /** Registers {@code tricky_custom_kernels}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(CustomKernels::new);
      }
    }
  }

  /** Sigmoid with a per-thread cache of its last input. */
  static final class ThreadLocalCache extends Shapes.SigmoidWithOutput {
    private final ThreadLocal<double[]> last =
        ThreadLocal.withInitial(() -> new double[] {Double.NaN, Double.NaN});

    ThreadLocalCache() {
      super(info("tricky_thread_local_cache", "sigmoid that remembers its last input per thread")
          .build());
    }

    @Override
    public double apply(double x) {
      double[] cache = last.get();
      if (Double.doubleToLongBits(x) != Double.doubleToLongBits(cache[0])) {
        cache[0] = x;
        cache[1] = sigmoid(x);
      }
      return cache[1];
    }

    /** Registers {@code tricky_thread_local_cache}. */
    public static final class Provider extends FixtureProvider {
      /** The provider. */
      public Provider() {
        super(ThreadLocalCache::new);
      }
    }
  }
}
