package org.activations.pack.archfixture.b;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleB {
  org.activations.pack.archfixture.a.CycleA partner;
}
