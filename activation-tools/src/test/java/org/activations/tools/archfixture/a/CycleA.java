package org.activations.tools.archfixture.a;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleA {
  org.activations.tools.archfixture.b.CycleB partner;
}
