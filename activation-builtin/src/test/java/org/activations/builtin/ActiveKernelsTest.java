package org.activations.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The engine choice from the system property, and the reason given when it falls back. */
class ActiveKernelsTest {

  @Test
  void javaIsTakenWhenAskedFor() {
    ActiveKernels.Choice choice = ActiveKernels.choose(" Java ", true);
    assertSame(JavaKernels.INSTANCE, choice.kernels());
    assertEquals("java kernels (-Dorg.activations.engine=java)", choice.description());
  }

  @Test
  void vectorWithoutTheModuleFallsBackAndSaysWhy() {
    ActiveKernels.Choice choice = ActiveKernels.choose("vector", false);
    assertSame(JavaKernels.INSTANCE, choice.kernels());
    assertEquals("java kernels (-Dorg.activations.engine=vector asked for the vector kernels, but"
        + " the JVM lacks --add-modules jdk.incubator.vector)", choice.description());
  }

  @Test
  void theDefaultWithoutTheModuleSaysHowToGetTheVectorKernels() {
    ActiveKernels.Choice choice = ActiveKernels.choose(null, false);
    assertSame(JavaKernels.INSTANCE, choice.kernels());
    assertEquals("java kernels (vector kernels: start the JVM with --add-modules"
        + " jdk.incubator.vector)", choice.description());
  }

  @Test
  void anUnknownValueIsIgnoredWithTheValuesThatExist() {
    ActiveKernels.Choice choice = ActiveKernels.choose("fast", false);
    assertSame(JavaKernels.INSTANCE, choice.kernels());
    assertEquals("java kernels; ignored -Dorg.activations.engine=fast: the values are java, vector"
        + " and auto", choice.description());
  }
}
