/**
 * The conformance kit, for plugin authors' tests: {@link org.activations.testkit.ActivationConformance}
 * returns the dynamic tests that check a function the way the tools do, and
 * {@link org.activations.testkit.ServiceRegistrationCheck} checks that a plugin's {@code module-info}
 * and {@code META-INF/services} register the same providers.
 */
package org.activations.testkit;
