/**
 * Measuring activations: {@link org.activations.analysis.PropertyAnalyzer} measures the
 * properties of {@code shared/PROPERTIES.md} and compares them with what the provider declared;
 * {@link org.activations.analysis.DerivativeChecker} validates both derivative forms against a
 * numerical derivative. Both work on any {@link org.activations.Activation}, built-in or plugin, and
 * are meant to be called directly by tests and plugin authors as well as by the command line.
 */
package org.activations.analysis;
