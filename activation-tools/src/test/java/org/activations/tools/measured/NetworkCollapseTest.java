package org.activations.tools.measured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activations.Activation;
import org.activations.analysis.NetworkCollapse;
import org.activations.analysis.Property;
import org.activations.analysis.PropertyAnalyzer;
import org.activations.registry.ActivationRegistry;
import org.junit.jupiter.api.Test;

/** The collapse demonstration agrees with the table's "Nonlinear" verdict for every function. */
class NetworkCollapseTest {
  private static final ActivationRegistry REGISTRY = ActivationRegistry.load();

  @Test
  void collapsesExactlyWhenTheTableSaysLinear() {
    PropertyAnalyzer analyzer = new PropertyAnalyzer(1, PropertyAnalyzer.DEFAULT_TIMEOUT, 100);
    NetworkCollapse collapse = new NetworkCollapse();
    for (String name : REGISTRY.names()) {
      Activation f = REGISTRY.get(name);
      boolean nonlinear = analyzer.analyze(f, "test").verdict(Property.NONLINEAR).value().equals("yes");
      for (int hidden : new int[] {1, 2, 5}) {
        for (long seed = 1; seed <= 10; seed++) {
          NetworkCollapse.Result r = collapse.run(f, hidden, seed, 10_000);
          assertEquals(!nonlinear, r.collapses(), name + " hidden " + hidden + " seed " + seed);
        }
      }
    }
  }

  @Test
  void theLinearNetworkMatchesTheSeedsCoefficientsToRounding() {
    NetworkCollapse.Result r = new NetworkCollapse().run(REGISTRY.get("linear"), 2, 1, 10_000);
    assertNotNull(r.collapsed());
    assertTrue(r.maxCollapsedDifference() <= 8 * Math.ulp(r.scale()), "" + r.maxCollapsedDifference());
    for (int j = 0; j < 4; j++) {
      assertEquals(r.collapsed()[j], r.regression()[j], 1e-12);
    }
    NetworkCollapse.Network n = r.network();
    double b1 = n.out()[0] * n.w()[0][0] + n.out()[1] * n.w()[1][0];
    assertEquals(b1, r.collapsed()[1], 0.0, "b1 = λ46·λ14 + λ56·λ15, as in the seed");
  }
}
