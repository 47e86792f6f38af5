package org.activations.tools.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.svg.SVGGraphics2D;

/**
 * Figures as files: PNG for slides, SVG for the web and print. One figure is one row of the
 * function and derivative panels; a grid stacks a row per function, as the textbook's 3×2 layout.
 */
public final class FigureImages {
  /** The default width in pixels: at least 1200, as slides need. */
  public static final int WIDTH = 1200;
  /** The height of one row of panels. */
  public static final int ROW_HEIGHT = 450;

  private FigureImages() {}

  /** The rows as a PNG image {@link #WIDTH} pixels wide. */
  public static byte[] png(List<FunctionFigure> rows) {
    return png(rows, null);
  }

  /** The rows as a PNG, with each panel's rendering info added to {@code infos} (for tests). */
  public static byte[] png(List<FunctionFigure> rows, List<ChartRenderingInfo> infos) {
    BufferedImage image = new BufferedImage(WIDTH, ROW_HEIGHT * rows.size(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      FunctionFigure.draw(g, rows, WIDTH, ROW_HEIGHT, infos);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The rows as a standalone SVG document: an XML declaration and the {@code <svg>} element, with no
   * DOCTYPE (whose DTD a parser might try to fetch) and ids that are the same on every run.
   */
  public static String svg(List<FunctionFigure> rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(rows, "figure") + "\n";
  }

  /**
   * The rows as an {@code <svg>} element, for inlining in HTML.
   *
   * @param idPrefix a prefix for the element's ids, unique within the page
   */
  public static String svgElement(List<FunctionFigure> rows, String idPrefix) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, ROW_HEIGHT * rows.size());
    g.setDefsKeyPrefix(idPrefix + "-");
    FunctionFigure.draw(g, rows, WIDTH, ROW_HEIGHT, null);
    return g.getSVGElement();
  }
}
