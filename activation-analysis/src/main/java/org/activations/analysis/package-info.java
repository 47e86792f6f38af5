/**
 * Measuring activations: {@link org.activations.analysis.PropertyAnalyzer}, the one verification
 * engine, measures the properties of {@code shared/PROPERTIES.md}, validates both derivative forms
 * against a numerical derivative, checks special inputs, batch, backward, float and thread safety,
 * and compares everything with what the provider declared. It works on any
 * {@link org.activations.Activation}, built-in or plugin, and is meant to be called directly by
 * tests and plugin authors as well as by the command line.
 */
package org.activations.analysis;
