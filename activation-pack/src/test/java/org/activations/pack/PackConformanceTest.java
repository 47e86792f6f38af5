package org.activations.pack;

import java.util.List;
import java.util.stream.Stream;
import org.activations.testkit.ActivationConformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every function of the pack through the conformance kit. */
class PackConformanceTest {
  static final List<String> NAMES = List.of("celu", "elu", "gelu", "gelu_tanh", "hard_sigmoid",
      "hard_swish", "hard_tanh", "hardshrink", "leaky_relu", "log_sigmoid", "mish", "prelu",
      "relu6", "rrelu", "selu", "softplus", "softshrink", "softsign", "swish", "tanhshrink",
      "threshold");

  @TestFactory
  Stream<DynamicTest> everyFunctionConforms() {
    return NAMES.stream().flatMap(name -> ActivationConformance.named(name).tests());
  }
}
