/**
 * The five activations of the textbook chapter: sigmoid, tanh, relu, linear and binary_step.
 *
 * <p>No package is exported: users reach the functions only through the registry of
 * {@code org.activations}, which finds them through the {@code provides} clause below.
 *
 * @provides org.activations.spi.ActivationProvider sigmoid, tanh, relu, linear and binary_step,
 *     each through the {@code Provider} nested in its function class
 */
module org.activations.builtin {
  requires org.activations;
  // Optional: the vector engine is used only when the JVM adds this module.
  requires static jdk.incubator.vector;

  provides org.activations.spi.ActivationProvider with
      org.activations.builtin.BinaryStep.Provider,
      org.activations.builtin.Linear.Provider,
      org.activations.builtin.Relu.Provider,
      org.activations.builtin.Sigmoid.Provider,
      org.activations.builtin.Tanh.Provider;
}
