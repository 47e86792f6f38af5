package org.activations.bench.archfixture.b;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleB {
  org.activations.bench.archfixture.a.CycleA partner;
}
