/**
 * Tools that discover every activation at run time and measure it: {@code activations list},
 * {@code eval}, and the analyses behind them. They never name a function in code: everything they
 * show, they discovered through {@code org.activations.registry.ActivationRegistry}.
 */
module org.activations.tools {
  requires org.activations;
  requires transitive org.activations.analysis;
  requires info.picocli;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;
  // The render package's public signatures use JFreeChart and AWT types.
  requires transitive org.jfree.jfreechart;
  requires org.jfree.svg;
  requires transitive java.desktop;
  requires jmh.core;
  requires commons.math3;

  exports org.activations.tools.render;
  exports org.activations.tools.cli;

  opens org.activations.tools.cli to info.picocli;
}
