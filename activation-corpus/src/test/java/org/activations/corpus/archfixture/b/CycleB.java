package org.activations.corpus.archfixture.b;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleB {
  org.activations.corpus.archfixture.a.CycleA partner;
}
