package org.activations.testkit.archfixture.a;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleA {
  org.activations.testkit.archfixture.b.CycleB partner;
}
