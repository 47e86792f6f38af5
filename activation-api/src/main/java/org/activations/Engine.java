package org.activations;

import java.util.Locale;

/**
 * Which implementation the built-in batch kernels use: plain Java, or the JDK's Vector API
 * ({@code jdk.incubator.vector}) when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}.
 *
 * <p>The choice is automatic ({@link #VECTOR} when the module is present, else {@link #JAVA}); it
 * can be forced with the system property {@code activations.engine} ({@code java}, {@code vector}
 * or {@code auto}) or with {@link #force(Engine)}. Functions without kernels of their own (most
 * plugins) use a scalar loop whatever the engine.
 *
 * @since 0.1
 */
public enum Engine {
  /** Plain Java 17 loops, written so that HotSpot vectorises the memory-bound ones. */
  JAVA,
  /** Kernels on {@code jdk.incubator.vector}, for sigmoid and tanh. */
  VECTOR;

  /** The system property that forces an engine. */
  public static final String PROPERTY = "activations.engine";

  /** The boot layer is fixed for the life of the JVM, so this is looked up once. */
  private static final boolean VECTOR_AVAILABLE =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private static volatile Engine forced = fromProperty();

  /** True if the JVM was started with {@code --add-modules jdk.incubator.vector}. */
  public static boolean vectorAvailable() {
    return VECTOR_AVAILABLE;
  }

  /** The engine in use: the forced one, or the best available. */
  public static Engine active() {
    Engine f = forced;
    if (f != null) {
      return f == VECTOR && !vectorAvailable() ? JAVA : f;
    }
    return vectorAvailable() ? VECTOR : JAVA;
  }

  /**
   * Forces {@code engine} for the whole JVM, or restores the automatic choice with null.
   *
   * @throws IllegalStateException if {@code engine} is {@link #VECTOR} and the Vector API module is
   *     not present
   */
  public static void force(Engine engine) {
    if (engine == VECTOR && !vectorAvailable()) {
      throw new IllegalStateException("the vector engine needs the JVM option"
          + " --add-modules jdk.incubator.vector");
    }
    forced = engine;
  }

  private static Engine fromProperty() {
    String value = System.getProperty(PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "java" -> JAVA;
      case "vector" -> VECTOR;
      default -> null;
    };
  }

  /** The engine's name in lowercase. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
