package org.activations.analysis;

import java.util.function.Supplier;
import org.activations.Activation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.SingleInstanceProvider;
import org.apiguardian.api.API;

/**
 * New instances of a spec's function, never called yet, for the first-calls race of
 * {@link PropertyAnalyzer#analyze(Activation, Supplier, String)}: what the registry returns, except
 * for a provider that shares one instance ({@link SingleInstanceProvider}), whose shared instance
 * is warmed up by the time of the race; a new provider of its class makes a new instance as it is
 * constructed. If that provider cannot be constructed here (a plugin module that does not open
 * its package), the shared instance is returned, and its first calls are not raced.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FreshInstances {
  private FreshInstances() {}

  /**
   * A supplier of new instances of a function: {@code registered}'s, or, if {@code provider} shares
   * one instance, that of a new provider of its class.
   *
   * @param provider the function's provider
   * @param registered what the registry returns for the function's spec, as for
   *     {@code () -> registry.get(spec)}
   * @return a supplier whose every call makes a new instance where one can be made
   */
  public static Supplier<Activation> of(ActivationProvider provider,
      Supplier<? extends Activation> registered) {
    if (!(provider instanceof SingleInstanceProvider)) {
      return registered::get;
    }
    return () -> {
      try {
        // a parameterless function: the new provider's create ignores its argument
        return ((ActivationProvider) provider.getClass().getConstructor().newInstance()).create(null);
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        return registered.get();
      }
    };
  }
}
