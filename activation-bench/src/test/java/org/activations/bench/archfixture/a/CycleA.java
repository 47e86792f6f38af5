package org.activations.bench.archfixture.a;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleA {
  org.activations.bench.archfixture.b.CycleB partner;
}
