package org.activations.builtin;

import java.util.stream.Stream;
import org.activations.testkit.ActivationConformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The five built-ins through the same conformance kit that plugin authors use. */
class ConformanceTest {

  private static Stream<DynamicTest> kit(String name) {
    return ActivationConformance.named(name).tests();
  }

  @TestFactory
  Stream<DynamicTest> sigmoid() {
    return kit("sigmoid");
  }

  @TestFactory
  Stream<DynamicTest> tanh() {
    return kit("tanh");
  }

  @TestFactory
  Stream<DynamicTest> relu() {
    return kit("relu");
  }

  @TestFactory
  Stream<DynamicTest> linear() {
    return kit("linear");
  }

  @TestFactory
  Stream<DynamicTest> binaryStep() {
    return kit("binary_step");
  }
}
