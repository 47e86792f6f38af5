package org.activations.bench;

import java.util.concurrent.TimeUnit;
import org.activations.Activation;
import org.activations.registry.ActivationRegistry;
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
 * The diagnosis of the relu and binary-step gap (issue 14): the same float loop in several shapes,
 * next to {@code System.arraycopy} in the same run, so that the one change that closes the gap shows
 * as the one variant that reaches the copy. Each variant differs from its neighbour in one thing: the
 * offsets, the order of {@code Math.max}'s arguments, a call through a method that takes offsets, the
 * library's interface, and the library's interface after other functions polluted its profile.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class KernelShapeBenchmark {

  /** Two float arrays; inputs in [-8, 8]. */
  @State(Scope.Thread)
  public static class Arrays {
    @Param({"4096", "8388608"})
    public int size;

    float[] x;
    float[] y;
    Activation relu;
    Activation step;

    @Setup
    public void fill() {
      BatchArrays arrays = BatchArrays.uniform("float", size, 8);
      x = arrays.xf;
      y = arrays.yf;
      ActivationRegistry registry = ActivationRegistry.load();
      relu = registry.get("relu");
      step = registry.get("binary_step");
    }
  }

  /**
   * The library's relu after every discovered function ran its float forward through the same
   * interface call site, as in a program that uses several functions.
   */
  @State(Scope.Thread)
  public static class Polluted {
    Activation relu;

    @Setup
    public void pollute(Arrays a) {
      ActivationRegistry registry = ActivationRegistry.load();
      float[] small = new float[256];
      float[] out = new float[256];
      for (int round = 0; round < 20_000; round++) {
        for (String name : registry.names()) {
          registry.get(name).apply(small, 0, out, 0, small.length);
        }
      }
      relu = registry.get("relu");
    }
  }

  @Benchmark
  public float[] arraycopy(Arrays a) {
    System.arraycopy(a.x, 0, a.y, 0, a.size);
    return a.y;
  }

  /** The reference loop: whole arrays, no offsets, {@code Math.max(0f, x)}. */
  @Benchmark
  public float[] reluPlain(Arrays a) {
    float[] x = a.x;
    float[] y = a.y;
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.max(0f, x[i]);
    }
    return y;
  }

  /** The same with the kernel's argument order, {@code Math.max(x, 0f)}. */
  @Benchmark
  public float[] reluPlainKernelOrder(Arrays a) {
    float[] x = a.x;
    float[] y = a.y;
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.max(x[i], 0f);
    }
    return y;
  }

  /** The kernel's loop: two independent offsets, called with zeros. */
  @Benchmark
  public float[] reluTwoOffsets(Arrays a) {
    twoOffsets(a.x, 0, a.y, 0, a.size);
    return a.y;
  }

  /** One offset shared by both arrays. */
  @Benchmark
  public float[] reluOneOffset(Arrays a) {
    oneOffset(a.x, a.y, 0, a.size);
    return a.y;
  }

  /** Two offsets, but the loop runs over array indices (the offsets fold into the bounds). */
  @Benchmark
  public float[] reluIndexLoop(Arrays a) {
    indexLoop(a.x, 0, a.y, 0, a.size);
    return a.y;
  }

  /** The library through {@code Activation.apply(float[], ...)}. */
  @Benchmark
  public float[] reluLibrary(Arrays a) {
    a.relu.apply(a.x, 0, a.y, 0, a.size);
    return a.y;
  }

  /** The library with different offsets (input from 0, output from 1): the copy-then-in-place path. */
  @Benchmark
  public float[] reluLibraryShifted(Arrays a) {
    a.relu.apply(a.x, 0, a.y, 1, a.size - 1);
    return a.y;
  }

  /** The library after the call site saw every function. */
  @Benchmark
  public float[] reluLibraryPolluted(Arrays a, Polluted p) {
    p.relu.apply(a.x, 0, a.y, 0, a.size);
    return a.y;
  }

  /** The binary-step kernel's arithmetic, whole arrays, no offsets. */
  @Benchmark
  public float[] stepPlain(Arrays a) {
    float[] x = a.x;
    float[] y = a.y;
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.min(Math.max(x[i] * 0x1p126f * 0x1p23f, 0f), 1f);
    }
    return y;
  }

  /** The binary-step kernel's loop: two independent offsets. */
  @Benchmark
  public float[] stepTwoOffsets(Arrays a) {
    stepTwoOffsets(a.x, 0, a.y, 0, a.size);
    return a.y;
  }

  /** The library's binary step through the interface. */
  @Benchmark
  public float[] stepLibrary(Arrays a) {
    a.step.apply(a.x, 0, a.y, 0, a.size);
    return a.y;
  }

  static void twoOffsets(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Math.max(x[xOffset + i], 0f);
    }
  }

  static void oneOffset(float[] x, float[] y, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      y[i] = Math.max(x[i], 0f);
    }
  }

  static void indexLoop(float[] x, int xOffset, float[] y, int yOffset, int length) {
    int shift = yOffset - xOffset;
    for (int i = xOffset; i < xOffset + length; i++) {
      y[i + shift] = Math.max(x[i], 0f);
    }
  }

  static void stepTwoOffsets(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Math.min(Math.max(x[xOffset + i] * 0x1p126f * 0x1p23f, 0f), 1f);
    }
  }
}
