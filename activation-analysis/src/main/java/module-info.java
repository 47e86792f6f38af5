/**
 * Measuring activations: their properties, compared with what their providers declare, and their
 * derivatives, validated against a numerical derivative. Depends on the API alone.
 */
module org.activations.analysis {
  requires transitive org.activations;
  requires static transitive org.apiguardian.api;
  requires java.management;

  exports org.activations.analysis;
}
