package org.activations.pack.archfixture.a;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleA {
  org.activations.pack.archfixture.b.CycleB partner;
}
