/**
 * The plugin pack of modern activations: an ordinary plugin that {@code provides} its functions and
 * exports nothing. Add it with {@code --plugin-path activation-pack/target/activation-pack.jar}.
 *
 * @provides org.activations.spi.ActivationProvider every function of the pack, through providers
 *     nested in the function classes
 */
module org.activations.pack {
  requires org.activations;
  // Optional: the vector kernels are used only when the JVM adds this module.
  requires static jdk.incubator.vector;

  provides org.activations.spi.ActivationProvider with
      org.activations.pack.Celu.Provider,
      org.activations.pack.Elu.Provider,
      org.activations.pack.Gelu.Provider,
      org.activations.pack.GeluTanh.Provider,
      org.activations.pack.HardSigmoid.Provider,
      org.activations.pack.HardSwish.Provider,
      org.activations.pack.HardTanh.Provider,
      org.activations.pack.Hardshrink.Provider,
      org.activations.pack.LeakyRelu.Provider,
      org.activations.pack.LogSigmoid.Provider,
      org.activations.pack.Mish.Provider,
      org.activations.pack.Prelu.Provider,
      org.activations.pack.Relu6.Provider,
      org.activations.pack.Rrelu.Provider,
      org.activations.pack.Selu.Provider,
      org.activations.pack.Softplus.Provider,
      org.activations.pack.Softshrink.Provider,
      org.activations.pack.Softsign.Provider,
      org.activations.pack.Swish.Provider,
      org.activations.pack.Tanhshrink.Provider,
      org.activations.pack.Threshold.Provider;
}
