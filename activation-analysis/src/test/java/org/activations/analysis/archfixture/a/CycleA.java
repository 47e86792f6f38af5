package org.activations.analysis.archfixture.a;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleA {
  org.activations.analysis.archfixture.b.CycleB partner;
}
