/**
 * JMH benchmarks of the activations as users get them from the registry, each reported as a ratio
 * to a baseline measured in the same run. Not published.
 */
package org.activations.bench;
