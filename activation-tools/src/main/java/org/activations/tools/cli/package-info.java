/**
 * The {@code activations} command line: a thin shell over the public analysis and rendering APIs.
 * {@link org.activations.tools.cli.Main#run} runs it in-process, for tests and embedding.
 */
package org.activations.tools.cli;
