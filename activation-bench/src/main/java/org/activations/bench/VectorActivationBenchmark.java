package org.activations.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;

/**
 * The same benchmarks and baselines in a JVM started with {@code --add-modules
 * jdk.incubator.vector} and the builtin module's vector engine: the only difference a user sees.
 */
@Fork(value = 3, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
    "-Dorg.activations.engine=vector"})
public class VectorActivationBenchmark extends ActivationBenchmark {

  /** The forward pass under its own name, so that results of both classes can be told apart. */
  @Benchmark
  public Object vectorForward(Data d, Function fn) {
    return forward(d, fn);
  }
}
