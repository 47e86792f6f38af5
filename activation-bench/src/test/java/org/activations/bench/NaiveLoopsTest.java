package org.activations.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The naive baselines refuse a function they have no loop for, naming it. */
class NaiveLoopsTest {
  @Test
  void aFunctionWithoutANaiveLoopIsNamed() {
    IllegalArgumentException floats = assertThrows(IllegalArgumentException.class,
        () -> NaiveLoops.run("frob", new float[1], new float[1]));
    assertEquals("no naive loop for frob", floats.getMessage());
    IllegalArgumentException doubles = assertThrows(IllegalArgumentException.class,
        () -> NaiveLoops.run("frob", new double[1], new double[1]));
    assertEquals("no naive loop for frob", doubles.getMessage());
  }
}
