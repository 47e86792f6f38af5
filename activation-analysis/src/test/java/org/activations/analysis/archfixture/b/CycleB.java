package org.activations.analysis.archfixture.b;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleB {
  org.activations.analysis.archfixture.a.CycleA partner;
}
