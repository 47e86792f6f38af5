package org.activations.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link PackBenchmark} in a JVM started with {@code --add-modules jdk.incubator.vector}: the pack's
 * smooth float forwards run on its vector engine, beside the same naive loops as baselines.
 */
@Fork(value = 3, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
    "-Dorg.activations.engine=vector"})
public class VectorPackBenchmark extends PackBenchmark {}
