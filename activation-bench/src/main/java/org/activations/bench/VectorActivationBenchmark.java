package org.activations.bench;

import org.activations.Engine;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The same benchmarks and baselines in a JVM started with {@code --add-modules
 * jdk.incubator.vector}, with the vector engine forced: the only difference a user sees.
 */
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class VectorActivationBenchmark extends ActivationBenchmark {

  /** The function, on the vector engine. */
  @State(Scope.Thread)
  public static class VectorFunction extends Function {
    @Override
    void engine() {
      Engine.force(Engine.VECTOR);
    }
  }

  @org.openjdk.jmh.annotations.Benchmark
  public Object vectorForward(Data d, VectorFunction fn) {
    return forward(d, fn);
  }
}
