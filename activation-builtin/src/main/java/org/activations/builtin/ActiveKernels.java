package org.activations.builtin;

import org.activations.Engine;

/** Picks the kernels of the active {@link Engine}; the vector ones are loaded by name on first use. */
final class ActiveKernels {
  private ActiveKernels() {}

  /** The kernels of the active engine. */
  static Kernels get() {
    return Engine.active() == Engine.VECTOR ? VectorHolder.VECTOR : JavaKernels.INSTANCE;
  }

  /** Initialised only when the vector engine is first asked for, so nothing links it otherwise. */
  private static final class VectorHolder {
    static final Kernels VECTOR = load();

    private static Kernels load() {
      try {
        return (Kernels) Class.forName("org.activations.builtin.VectorKernels")
            .getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        return JavaKernels.INSTANCE; // the module is not there after all: stay exact and plain
      }
    }
  }
}
