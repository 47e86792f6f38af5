package org.activations.corpus.archfixture.a;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleA {
  org.activations.corpus.archfixture.b.CycleB partner;
}
