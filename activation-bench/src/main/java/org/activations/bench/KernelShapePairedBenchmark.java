package org.activations.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The diagnosis of {@link KernelShapeBenchmark} in the paired form of {@link PairedBenchmark}: the
 * old kernel shape (two offsets, {@code y[yOffset + i] = f(x[xOffset + i])}) and the new one (one
 * offset), and the reference loop over whole arrays without offsets ({@code plain}), each
 * timed in alternation with {@code System.arraycopy} of the same arrays, for relu and the binary
 * step on floats. Only the shape differs; both are static methods compiled on their own,
 * as the library's kernels are for long arrays.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class KernelShapePairedBenchmark {

  /** Two float arrays; inputs in [-8, 8]. */
  @State(Scope.Thread)
  public static class Arrays {
    @Param({"8388608"})
    public int size;

    @Param({"relu", "binary_step"})
    public String function;

    @Param({"twoOffsets", "oneOffset", "plain"})
    public String shape;

    float[] x;
    float[] y;

    @Setup
    public void fill() {
      BatchArrays arrays = BatchArrays.uniform("float", size, 8);
      x = arrays.xf;
      y = arrays.yf;
    }
  }

  @Benchmark
  public float[] forward(Arrays a, PairedBenchmark.Times t) {
    t.pair(() -> kernel(a), () -> System.arraycopy(a.x, 0, a.y, 0, a.size));
    return a.y;
  }

  private static void kernel(Arrays a) {
    boolean relu = a.function.equals("relu");
    if (a.shape.equals("plain")) {
      if (relu) {
        reluPlain(a.x, a.y);
      } else {
        stepPlain(a.x, a.y);
      }
    } else if (a.shape.equals("twoOffsets")) {
      if (relu) {
        reluTwoOffsets(a.x, 0, a.y, 0, a.size);
      } else {
        stepTwoOffsets(a.x, 0, a.y, 0, a.size);
      }
    } else if (relu) {
      reluOneOffset(a.x, a.y, 0, a.size);
    } else {
      stepOneOffset(a.x, a.y, 0, a.size);
    }
  }

  static void reluPlain(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.max(0f, x[i]);
    }
  }

  static void stepPlain(float[] x, float[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.min(Math.max(x[i] * 0x1p126f * 0x1p23f, 0f), 1f);
    }
  }

  static void reluTwoOffsets(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Math.max(x[xOffset + i], 0f);
    }
  }

  static void reluOneOffset(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Math.max(x[i], 0f);
    }
  }

  static void stepTwoOffsets(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Math.min(Math.max(x[xOffset + i] * 0x1p126f * 0x1p23f, 0f), 1f);
    }
  }

  static void stepOneOffset(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Math.min(Math.max(x[i] * 0x1p126f * 0x1p23f, 0f), 1f);
    }
  }
}
