package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A provider that could not be registered, and why. The registry records one of these and goes on
 * loading the others; it never fails as a whole because of one plugin.
 *
 * @param kind the stable problem code
 * @param providerClass the provider's class name, or {@code "?"} where the error did not name it
 * @param origin where the provider came from ({@code module org.example}, {@code jar /path/x.jar}),
 *     or {@code "?"} where unknown
 * @param message what went wrong and how to fix it, with the cause's message
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record LoadProblem(Kind kind, String providerClass, String origin, String message) {

  /** Stable codes for the ways a provider can fail to load. */
  @API(status = STABLE, since = "0.1")
  public enum Kind {
    /** A {@code META-INF/services} line or a {@code provides} clause names a class that is missing,
     * is not a provider, or cannot be loaded. */
    SERVICE_CONFIGURATION,
    /** The provider's constructor threw or the class is not instantiable. */
    INSTANTIATION,
    /** The provider answered badly: an invalid name or alias, invalid parameters, null or invalid
     * metadata, or {@code create} threw. */
    INVALID_PROVIDER,
    /** The provider claims a name reserved for the built-in functions. */
    RESERVED_NAME,
    /** Two providers claim the same name or alias; neither is registered under it. */
    DUPLICATE_NAME
  }

  /** The order in which problems are listed: by class, then kind, then message. */
  public static final Comparator<LoadProblem> ORDER = Comparator.comparing(LoadProblem::providerClass)
      .thenComparing(LoadProblem::kind)
      .thenComparing(LoadProblem::message);

  /**
   * Validates that every component is present.
   *
   * @param kind the stable problem code
   * @param providerClass the provider's class name, or {@code "?"} where the error did not name it
   * @param origin where the provider came from ({@code module org.example},
   *     {@code jar /path/x.jar}), or {@code "?"} where unknown
   * @param message what went wrong and how to fix it, with the cause's message
   */
  public LoadProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(providerClass, "providerClass");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
  }

  /** One line: {@code kind class (origin): message}. */
  @Override
  public String toString() {
    return kind + " " + providerClass + " (" + origin + "): " + message;
  }
}
