package org.activations.internal;

/** One-line descriptions of what a provider threw, recognising a missing class wherever it hides. */
public final class Failures {
  private Failures() {}

  /**
   * {@code t} as {@code Type: message}; a missing class (a {@link NoClassDefFoundError} or
   * {@link ClassNotFoundException} anywhere in the cause chain) is named, with the way out.
   *
   * @param t what was thrown
   * @return one line
   */
  public static String describe(Throwable t) {
    String missing = missingClass(t);
    if (missing != null) {
      return "class " + missing + " is missing (" + t.getClass().getSimpleName() + "); put the jar"
          + " that contains it on the plugin path too: a plugin's dependencies go on the plugin path"
          + " beside it";
    }
    String type = t.getClass().getSimpleName();
    return t.getMessage() == null ? type : type + ": " + t.getMessage();
  }

  /**
   * The class that {@code t} or one of its causes says is missing.
   *
   * @param t what was thrown
   * @return the binary name of the missing class, or null if no class is missing
   */
  public static String missingClass(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if ((c instanceof NoClassDefFoundError || c instanceof ClassNotFoundException)
          && c.getMessage() != null && !c.getMessage().startsWith("Could not initialize")) {
        return c.getMessage().replace('/', '.');
      }
    }
    return null;
  }
}
