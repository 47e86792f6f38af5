package org.activations.pack;

import java.util.Locale;

/**
 * The engine of the pack's float forwards for this JVM, chosen once, by the same system
 * property as the built-ins' ({@value #PROPERTY}: {@code java}, {@code vector} or {@code auto}, the
 * default): the Vector API kernels when the JVM has {@code jdk.incubator.vector} and the request
 * allows them, loaded by name so that nothing links them otherwise; the plain-Java loops otherwise,
 * with the reason in the description.
 */
final class PackEngine {
  /** The system property that picks the engine. */
  static final String PROPERTY = "org.activations.engine";

  private static final PackEngine ACTIVE = choose(System.getProperty(PROPERTY),
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());

  private final FloatKernels kernels;
  private final String description;

  private PackEngine(FloatKernels kernels, String description) {
    this.kernels = kernels;
    this.description = description;
  }

  /** This JVM's engine. */
  static PackEngine active() {
    return ACTIVE;
  }

  /** The engine's kernels. */
  FloatKernels kernels() {
    return kernels;
  }

  /** Which engine runs the smooth float forwards, and why, in a few words. */
  String description() {
    return description;
  }

  /** The engine for a requested value (null: the default) on a JVM with or without the module. */
  static PackEngine choose(String requested, boolean vectorPresent) {
    String value = requested == null ? "auto" : requested.strip().toLowerCase(Locale.ROOT);
    boolean wanted = !value.equals("java");
    String why = value.equals("java") ? " (-D" + PROPERTY + "=java)"
        : value.equals("vector") || value.equals("auto") ? ""
        : " (ignored -D" + PROPERTY + "=" + requested + ": the values are java, vector and auto)";
    if (wanted && vectorPresent) {
      try {
        FloatKernels vector = (FloatKernels) Class.forName(
            "org.activations.pack.VectorSmoothKernels").getDeclaredConstructor().newInstance();
        return new PackEngine(vector, "vector kernels for float forwards (jdk.incubator.vector)"
            + why);
      } catch (ReflectiveOperationException | LinkageError e) {
        return new PackEngine(FloatKernels.JAVA,
            "java kernels (the vector kernels failed to load: " + e + ")" + why);
      }
    }
    return new PackEngine(FloatKernels.JAVA, "java kernels" + (wanted
        ? " (vector kernels for float forwards: start the JVM with --add-modules"
            + " jdk.incubator.vector)" + why
        : why));
  }
}
