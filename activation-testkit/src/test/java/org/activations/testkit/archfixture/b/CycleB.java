package org.activations.testkit.archfixture.b;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleB {
  org.activations.testkit.archfixture.a.CycleA partner;
}
