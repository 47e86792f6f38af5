/**
 * Activation functions for neural networks: the function type, its metadata, the provider SPI and
 * the registry that discovers providers with {@link java.util.ServiceLoader}.
 *
 * <p>Users who only evaluate functions need the root package {@code org.activations}; plugin authors
 * implement {@link org.activations.spi.ActivationProvider} and {@code provides} it.
 */
module org.activations {
  exports org.activations;
  exports org.activations.spi;
  exports org.activations.registry;

  uses org.activations.spi.ActivationProvider;
}
