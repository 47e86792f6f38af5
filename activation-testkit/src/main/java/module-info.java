/**
 * The conformance kit for plugin authors: {@link org.activations.testkit.ActivationConformance}
 * returns the dynamic tests that check a plugin the way the tools do.
 */
module org.activations.testkit {
  requires transitive org.activations;
  requires transitive org.activations.analysis;
  requires static transitive org.apiguardian.api;
  requires transitive org.junit.jupiter.api;

  exports org.activations.testkit;
}
