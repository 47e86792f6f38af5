/**
 * Rendering measured reports: the comparison table as Markdown, CSV, JSON or HTML. Pure functions
 * from {@link org.activations.analysis.PropertyReport}s to text, with no I/O.
 */
package org.activations.tools.render;
