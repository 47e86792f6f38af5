/**
 * The seed's five activations and their providers. Not exported: reach them through
 * {@code ActivationRegistry.load().get("sigmoid")}.
 */
package org.activations.builtin;
