package org.activations.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.activations.Activation;
import org.apiguardian.api.API;

/**
 * The provider of a function without parameters that hands out one shared instance: its name and
 * aliases are the instance's metadata's, so they are written once. The function must be safe to
 * share between threads (the registry hands the same instance to every caller): build any table
 * in the constructor, not lazily on a first call, which several threads may make at once. (The
 * checker races the first calls of new instances, which it makes by constructing a new provider of
 * this class.) Nest a subclass in the function class:
 *
 * <pre>{@code
 * public static final class Provider extends SingleInstanceProvider {
 *   public Provider() {
 *     super(new Softsign());
 *   }
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class SingleInstanceProvider implements ActivationProvider {
  private final Activation instance;

  /**
   * A provider of {@code instance}.
   *
   * @param instance the function every {@link #create} returns
   * @throws NullPointerException if instance is null or its {@code info()} returns null
   */
  protected SingleInstanceProvider(Activation instance) {
    this.instance = Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(instance.info(), () -> instance.getClass().getName()
        + ".info() returned null; return the function's metadata (ActivationInfo.builder(…).build())");
  }

  /** The instance's name, from its metadata. */
  @Override
  public final String name() {
    return instance.info().name();
  }

  /** The instance's aliases, from its metadata. */
  @Override
  public final List<String> aliases() {
    return instance.info().aliases();
  }

  /** None: the function has no parameters. */
  @Override
  public final List<ParameterDescriptor> parameters() {
    return List.of();
  }

  /**
   * The shared instance.
   *
   * @param parameters the defaults (there are no parameters)
   */
  @Override
  public final Activation create(Parameters parameters) {
    return instance;
  }
}
