/**
 * Activation functions for neural networks: the function type, its metadata, the provider SPI and
 * the registry that discovers providers with {@link java.util.ServiceLoader}.
 *
 * <p>Users who only evaluate functions need the root package {@code org.activations} and the
 * registry in {@code org.activations.registry}; plugin authors implement
 * {@link org.activations.spi.ActivationProvider} and {@code provides} it. The packages depend one
 * way: the root API, then the SPI, then the (unexported) internals, then the registry.
 *
 * @uses org.activations.spi.ActivationProvider the registry discovers every activation through it
 */
module org.activations {
  // The @API stability marks only: needed to compile against this module, never at run time.
  requires static transitive org.apiguardian.api;

  exports org.activations;
  exports org.activations.spi;
  exports org.activations.registry;

  uses org.activations.spi.ActivationProvider;
}
