package org.activations.archfixture.b;

import org.activations.archfixture.a.CycleA;

/** The other half of a package cycle. */
public final class CycleB {
  CycleA partner;
}
