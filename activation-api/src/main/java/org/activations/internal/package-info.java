/**
 * How the registry loads and checks providers, one concern per class: discovery through
 * {@link java.util.ServiceLoader}, the load checks, reserved names, name claims, spec parsing and
 * binding, and the one-line description of what a provider threw. Not exported: nothing here is API. Depends on the root package and
 * the SPI, never on the registry.
 */
package org.activations.internal;
