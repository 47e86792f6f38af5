package org.activations.builtin;

import java.util.Locale;

/**
 * The kernels of sigmoid and tanh for this JVM, chosen once from the system property
 * {@value #PROPERTY} ({@code java}, {@code vector} or {@code auto}, the default) and from whether the
 * JVM has {@code jdk.incubator.vector}: the vector kernels are loaded by name, so nothing links them
 * otherwise. A request that cannot be met falls back to the plain-Java kernels, and the description
 * says why.
 */
final class ActiveKernels {
  /** The system property that picks the kernels. */
  static final String PROPERTY = "org.activations.engine";

  private static final Choice CHOICE = choose(System.getProperty(PROPERTY),
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());

  private ActiveKernels() {}

  /** The kernels chosen for this JVM. */
  static Kernels get() {
    return CHOICE.kernels();
  }

  /** Which kernels run, and why, in a few words. */
  static String description() {
    return CHOICE.description();
  }

  /** The kernels and their description. */
  record Choice(Kernels kernels, String description) {}

  /**
   * The choice for a requested engine (null for the default) on a JVM with or without the Vector
   * API module.
   */
  static Choice choose(String requested, boolean vectorPresent) {
    String value = requested == null ? "auto" : requested.strip().toLowerCase(Locale.ROOT);
    String java = "java kernels";
    switch (value) {
      case "java":
        return new Choice(JavaKernels.INSTANCE, java + " (-D" + PROPERTY + "=java)");
      case "vector":
        if (!vectorPresent) {
          return new Choice(JavaKernels.INSTANCE, java + " (-D" + PROPERTY + "=vector asked for"
              + " the vector kernels, but the JVM lacks --add-modules jdk.incubator.vector)");
        }
        return loadVector();
      case "auto":
        return vectorPresent ? loadVector() : new Choice(JavaKernels.INSTANCE, java
            + " (vector kernels: start the JVM with --add-modules jdk.incubator.vector)");
      default:
        Choice fallback = vectorPresent ? loadVector() : new Choice(JavaKernels.INSTANCE, java);
        return new Choice(fallback.kernels(), fallback.description() + "; ignored -D" + PROPERTY
            + "=" + requested + ": the values are java, vector and auto");
    }
  }

  private static Choice loadVector() {
    try {
      Kernels vector = (Kernels) Class.forName("org.activations.builtin.VectorKernels")
          .getDeclaredConstructor().newInstance();
      return new Choice(vector, "vector kernels (jdk.incubator.vector)");
    } catch (ReflectiveOperationException | LinkageError e) {
      return new Choice(JavaKernels.INSTANCE, "java kernels (the vector kernels failed to load: "
          + e + ")");
    }
  }
}
