/**
 * The registry of the activations found at run time: {@link
 * org.activations.registry.ActivationRegistry#load()} and lookups by name or spec. A thin facade
 * over the internals; nothing in the API depends on it.
 *
 * @since 0.1
 */
package org.activations.registry;
