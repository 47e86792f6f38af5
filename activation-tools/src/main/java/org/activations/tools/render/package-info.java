/**
 * Rendering measured reports and figures: the comparison table as Markdown, CSV, JSON or HTML text,
 * and function figures drawn with JFreeChart into SVG text or PNG bytes. Functions from
 * {@link org.activations.analysis.PropertyReport}s and functions to text or image bytes; writing them
 * to files is the command line's job.
 */
package org.activations.tools.render;
