package org.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** This JVM runs without jdk.incubator.vector: the engine is plain Java, whatever is asked. */
class EngineTest {
  @AfterEach
  void automatic() {
    Engine.force(null);
  }

  @Test
  void withoutTheModuleTheEngineIsJavaAndVectorCannotBeForced() {
    assertFalse(Engine.vectorAvailable());
    assertEquals(Engine.JAVA, Engine.active());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Engine.force(Engine.VECTOR));
    assertEquals("the vector engine needs the JVM option --add-modules jdk.incubator.vector",
        e.getMessage());
    Engine.force(Engine.JAVA);
    assertEquals(Engine.JAVA, Engine.active());
    assertEquals("java", Engine.JAVA.toString());
  }
}
