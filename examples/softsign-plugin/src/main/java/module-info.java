/** The example plugin: softsign and isrlu, provided to the activation registry. */
module com.example.softsign {
  requires org.activations;

  provides org.activations.spi.ActivationProvider with
      com.example.softsign.Softsign.Provider,
      com.example.softsign.Isrlu.Provider;
}
