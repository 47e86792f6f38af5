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
    return NAMES.stream().flatMap(name -> {
      ActivationConformance kit = ActivationConformance.named(name)
          .suppressing("module", "tests run on the class path; the module-info is checked in"
              + " PackRegistrationTest");
      if (name.equals("log_sigmoid")) {
        // The kit's numerical derivative reads 0 ± 0 where f is subnormal (x = 739.6: f = -6.1e-322)
        // and then blames the analytic f' = 6.1e-322, which is correctly rounded (pack-double.csv
        // and PackHighPrecisionTest check it); its monotonicity verdict then falls back on the
        // numerical f'. Reported to the kit's owner; lift when the kit handles subnormal f.
        String reason = "kit false alarm at subnormal f (x > 708), see PackReferenceTest";
        kit = kit.suppressing("derivative", reason).suppressing("declared property", reason);
      }
      return kit.tests();
    });
  }
}
