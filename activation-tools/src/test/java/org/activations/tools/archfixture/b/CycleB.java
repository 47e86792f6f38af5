package org.activations.tools.archfixture.b;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleB {
  org.activations.tools.archfixture.a.CycleA partner;
}
