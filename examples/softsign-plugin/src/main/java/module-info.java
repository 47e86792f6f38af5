/**
 * The example plugin: softsign and isrlu, provided to the activation registry.
 *
 * @provides org.activations.spi.ActivationProvider softsign and isrlu(alpha)
 */
module com.example.softsign {
  requires org.activations;

  provides org.activations.spi.ActivationProvider with
      com.example.softsign.Softsign.Provider,
      com.example.softsign.Isrlu.Provider;
}
