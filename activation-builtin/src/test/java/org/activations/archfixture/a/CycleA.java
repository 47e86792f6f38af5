package org.activations.archfixture.a;

import org.activations.archfixture.b.CycleB;

/** One half of a package cycle, for the rule that forbids them. */
public final class CycleA {
  CycleB partner;
}
