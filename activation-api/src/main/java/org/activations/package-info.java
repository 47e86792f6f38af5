/**
 * The activation function type and its metadata, for everyone who evaluates functions:
 * {@link org.activations.Activation}, {@link org.activations.ActivationInfo} and the values it holds,
 * the exceptions of lookups, and the one number grammar and name rule. This package depends on no
 * other package of the API; the SPI, the internals and the registry depend on it.
 *
 * @since 0.1
 */
package org.activations;
