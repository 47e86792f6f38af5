package org.activations.tools.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.activations.Activation;
import org.activations.Range;
import org.activations.analysis.Discontinuity;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The textbook's pair of panels for one activation: f in red with its bounds as thin black lines,
 * and f' in blue, on the same axes ranges, with major and minor grid lines.
 *
 * <p>Jumps are drawn honestly: each continuous piece is its own line (nothing joins the two sides
 * of a jump), with a filled dot at the value the function takes and an open dot at the limit it
 * does not. The derivative is plotted against x (the textbook labels that axis x_out, but its code
 * plots against x); where the function has an output form, that is what is evaluated, from y = f(x).
 */
public final class FunctionFigure {
  /** The red of the function, as in the textbook. */
  public static final Color FUNCTION_COLOR = new Color(255, 0, 0);
  /** The blue of the derivative, as in the textbook. */
  public static final Color DERIVATIVE_COLOR = new Color(0, 0, 255);
  private static final int SAMPLES = 1200;
  private static final double DOT = 9;

  private final Activation f;
  private final List<Discontinuity> discontinuities;
  private final Window window;

  /**
   * The axes ranges of both panels.
   *
   * @param xMin left end of the x axis
   * @param xMax right end
   * @param yMin bottom of the y axis
   * @param yMax top
   */
  public record Window(double xMin, double xMax, double yMin, double yMax) {
    /** The textbook's [-3, 3] × [-3, 3]. */
    public static final Window TEXTBOOK = new Window(-3, 3, -3, 3);

    /** Validates the ranges. */
    public Window {
      if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && xMin < xMax)) {
        throw new IllegalArgumentException(
            "x range must be finite with min < max, got " + xMin + ":" + xMax);
      }
      if (!(Double.isFinite(yMin) && Double.isFinite(yMax) && yMin < yMax)) {
        throw new IllegalArgumentException(
            "y range must be finite with min < max, got " + yMin + ":" + yMax);
      }
    }
  }

  /**
   * A figure of {@code f}, split at the given measured discontinuities.
   *
   * @param discontinuities jumps of f (order 0) and f' (order 1), as measured
   */
  public FunctionFigure(Activation f, List<Discontinuity> discontinuities, Window window) {
    this.f = f;
    this.discontinuities = List.copyOf(discontinuities);
    this.window = window;
  }

  /** The function's name. */
  public String name() {
    return f.spec();
  }

  /** The left panel: f(x) in red. */
  public JFreeChart functionPanel() {
    List<Double> breaks = breaks(0);
    XYPlot plot = plot(f::apply, breaks, FUNCTION_COLOR, "x", "x_out = f(x)");
    Range range = f.info().range();
    List<Double> bounds = new ArrayList<>();
    if (range instanceof Range.FiniteSet set) {
      bounds.addAll(set.values());
    } else {
      for (double end : new double[] {range.lowerBound(), range.upperBound()}) {
        if (Double.isFinite(end)) {
          bounds.add(end);
        }
      }
    }
    bounds.forEach(b -> plot.addRangeMarker(line(b), Layer.BACKGROUND));
    return chart(f.spec() + " activation", plot);
  }

  /** The right panel: f' in blue. */
  public JFreeChart derivativePanel() {
    DoubleUnaryOperator d = f.hasDerivativeFromOutput()
        ? x -> f.derivativeFromOutput(f.apply(x))
        : f::derivative;
    String label = f.hasDerivativeFromOutput() ? "f'(x), computed from x_out" : "f'(x)";
    XYPlot plot = plot(d, breaks(1), DERIVATIVE_COLOR, "x", label);
    return chart(f.spec() + " activation derivative", plot);
  }

  /** The x of the discontinuities of f (order 0) or of f and f' (order 1) inside the window. */
  private List<Double> breaks(int maxOrder) {
    TreeSet<Double> xs = new TreeSet<>();
    for (Discontinuity d : discontinuities) {
      if (d.order() <= maxOrder && d.x() > window.xMin() && d.x() < window.xMax()) {
        xs.add(d.x());
      }
    }
    return List.copyOf(xs);
  }

  private XYPlot plot(DoubleUnaryOperator g, List<Double> breaks, Color color, String xLabel,
      String yLabel) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setDrawSeriesLineAsPath(true); // one SVG path per piece, not a line per segment
    List<Double> edges = new ArrayList<>();
    edges.add(window.xMin());
    edges.addAll(breaks);
    edges.add(window.xMax());
    double width = window.xMax() - window.xMin();
    for (int piece = 0; piece + 1 < edges.size(); piece++) {
      double a = edges.get(piece);
      double b = edges.get(piece + 1);
      XYSeries series = new XYSeries("piece " + piece, false, true);
      double ea = piece == 0 ? 0 : nudge(a);
      double eb = piece + 2 == edges.size() ? 0 : nudge(b);
      int n = Math.max(2, (int) Math.ceil(SAMPLES * (b - a) / width));
      for (int i = 0; i <= n; i++) {
        double x = i == 0 ? a + ea : i == n ? b - eb : a + (b - a) * i / n;
        series.add(x, finiteOrNaN(g.applyAsDouble(x)));
      }
      int index = data.getSeriesCount();
      data.addSeries(series);
      renderer.setSeriesPaint(index, color);
      renderer.setSeriesStroke(index, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      renderer.setSeriesShapesVisible(index, false);
    }
    for (double x : breaks) {
      addDots(data, renderer, g, x, color);
    }
    NumberAxis xAxis = axis(xLabel, window.xMin(), window.xMax());
    NumberAxis yAxis = axis(yLabel, window.yMin(), window.yMax());
    XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(170, 170, 170));
    plot.setRangeGridlinePaint(new Color(170, 170, 170));
    plot.setDomainMinorGridlinesVisible(true);
    plot.setRangeMinorGridlinesVisible(true);
    plot.setDomainMinorGridlinePaint(new Color(225, 225, 225));
    plot.setRangeMinorGridlinePaint(new Color(225, 225, 225));
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainMinorGridlineStroke(new BasicStroke(0.5f));
    plot.setRangeMinorGridlineStroke(new BasicStroke(0.5f));
    plot.addRangeMarker(line(0), Layer.BACKGROUND);
    return plot;
  }

  /** Filled dot at the value g takes at x, open dots at the one-sided limits it does not take. */
  private static void addDots(XYSeriesCollection data, XYLineAndShapeRenderer renderer,
      DoubleUnaryOperator g, double x, Color color) {
    double at = g.applyAsDouble(x);
    double left = g.applyAsDouble(x - nudge(x));
    double right = g.applyAsDouble(x + nudge(x));
    XYSeries filled = new XYSeries("value at " + x, false, true);
    XYSeries open = new XYSeries("limits at " + x, false, true);
    filled.add(x, finiteOrNaN(at));
    for (double limit : new double[] {left, right}) {
      if (!close(limit, at)) {
        open.add(x, finiteOrNaN(limit));
      }
    }
    for (XYSeries s : List.of(filled, open)) {
      if (s.getItemCount() == 0) {
        continue;
      }
      int index = data.getSeriesCount();
      data.addSeries(s);
      renderer.setSeriesPaint(index, color);
      renderer.setSeriesLinesVisible(index, false);
      renderer.setSeriesShapesVisible(index, true);
      renderer.setSeriesShape(index, new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
      renderer.setSeriesShapesFilled(index, s == filled);
      renderer.setUseOutlinePaint(false);
      renderer.setSeriesOutlineStroke(index, new BasicStroke(2f));
      renderer.setDrawOutlines(true);
    }
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static double nudge(double x) {
    return 1e-9 * Math.max(1, Math.abs(x));
  }

  private static double finiteOrNaN(double v) {
    return Double.isFinite(v) ? v : Double.NaN;
  }

  private static ValueMarker line(double y) {
    ValueMarker m = new ValueMarker(y, Color.BLACK, new BasicStroke(1f));
    return m;
  }

  private static NumberAxis axis(String label, double min, double max) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(min, max);
    double span = max - min;
    double unit = span <= 8 ? 1 : Math.pow(10, Math.floor(Math.log10(span / 2)));
    axis.setTickUnit(new NumberTickUnit(unit));
    axis.setMinorTickCount(4);
    axis.setMinorTickMarksVisible(true);
    axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    return axis;
  }

  private static JFreeChart chart(String title, XYPlot plot) {
    JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    return chart;
  }

  /**
   * Draws figures as rows of two panels (function, derivative) onto {@code g}.
   *
   * @param infos if not null, receives each panel's rendering info, row by row, left then right
   */
  static void draw(Graphics2D g, List<FunctionFigure> rows, int width, int rowHeight,
      List<ChartRenderingInfo> infos) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, width, (double) rowHeight * rows.size()));
    for (int r = 0; r < rows.size(); r++) {
      FunctionFigure figure = rows.get(r);
      JFreeChart[] panels = {figure.functionPanel(), figure.derivativePanel()};
      for (int c = 0; c < 2; c++) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        panels[c].draw(g, new Rectangle2D.Double(c * width / 2.0, (double) r * rowHeight,
            width / 2.0, rowHeight), info);
        if (infos != null) {
          infos.add(info);
        }
      }
    }
  }
}
