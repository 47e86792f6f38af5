/**
 * The conformance kit for plugin authors: {@link org.activations.testkit.ActivationConformance}
 * returns the dynamic tests that check a plugin the way the tools do.
 */
module org.activations.testkit {
  requires transitive org.activations;
  requires org.activations.analysis;
  requires transitive org.junit.jupiter.api;

  exports org.activations.testkit;
}
