package org.activations.corpus;

import java.util.Objects;
import org.activations.Activation;
import org.activations.ActivationInfo;

/** The common part of every corpus function: the metadata it declares. */
abstract class Fixture implements Activation {
  private final ActivationInfo info;

  Fixture(ActivationInfo info) {
    this.info = Objects.requireNonNull(info, "info");
  }

  @Override
  public final ActivationInfo info() {
    return info;
  }
}
