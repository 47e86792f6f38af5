/**
 * Reading a JMH JSON result and reporting it as ns per element and as ratios to the baselines
 * measured in the same run, with the targets each function meets or misses.
 */
package org.activations.bench.report;
