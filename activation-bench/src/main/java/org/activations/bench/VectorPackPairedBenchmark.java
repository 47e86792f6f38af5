package org.activations.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link PackPairedBenchmark} in a JVM started with {@code --add-modules jdk.incubator.vector}: the
 * pack's smooth float forwards on its vector engine, each in alternation with its naive loop.
 */
@Fork(value = 3, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
    "-Dorg.activations.engine=vector"})
public class VectorPackPairedBenchmark extends PackPairedBenchmark {}
