/**
 * The provider interface, for plugin authors: implement
 * {@link org.activations.spi.ActivationProvider} (nested in the function class it creates), declare
 * its {@link org.activations.spi.ParameterDescriptor parameters}, and register it in
 * {@code META-INF/services} and {@code module-info}. Depends on the root package only.
 *
 * @since 0.1
 */
package org.activations.spi;
