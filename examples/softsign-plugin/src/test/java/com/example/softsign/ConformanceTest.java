package com.example.softsign;

import java.util.stream.Stream;
import org.activations.testkit.ActivationConformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The plugin checked exactly as the tools check it: one call per function. */
class ConformanceTest {

  @TestFactory
  Stream<DynamicTest> softsign() {
    return ActivationConformance.named("softsign").tests();
  }

  @TestFactory
  Stream<DynamicTest> isrlu() {
    return ActivationConformance.named("isrlu").tests();
  }
}
