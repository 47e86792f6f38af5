package org.activations.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The running counts of one derivative form's careful checks, turned into its report at the end. */
final class FormTally {
  private static final int SHOWN = 5;

  final String name;
  private int checked;
  private final List<DerivativeReport.Point> wrong = new ArrayList<>();
  private final Map<String, Integer> unverified = new HashMap<>();
  private final Map<String, Integer> skipped = new HashMap<>();
  private double maxAbs;
  private double maxRel;
  /** The first point that could not be verified (NaN before one). */
  double firstUnverified = Double.NaN;
  /** The point being checked. */
  double current = Double.NaN;

  FormTally(String name) {
    this.name = name;
  }

  void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  void agree(double analytic, double numerical, double error) {
    checked++;
    double diff = Math.abs(analytic - numerical);
    maxAbs = Math.max(maxAbs, diff);
    double scale = Math.max(Math.abs(analytic), Math.abs(numerical));
    double excess = Math.max(0, diff - error);
    maxRel = Math.max(maxRel, scale == 0 ? 0 : excess / scale);
  }

  void wrong(DerivativeReport.Point p) {
    agree(p.analytic(), p.numerical(), p.numericalError());
    wrong.add(p);
  }

  void cannotVerify(String reason) {
    checked++;
    unverified.merge(reason, 1, Integer::sum);
    if (Double.isNaN(firstUnverified)) {
      firstUnverified = current;
    }
  }

  DerivativeReport.Form form() {
    List<DerivativeReport.Point> shown = new ArrayList<>(wrong);
    shown.sort(Comparator.comparing((DerivativeReport.Point p) -> Math.abs(p.x()) > SamplePoints.WINDOW)
        .thenComparing(Comparator.comparingDouble(DerivativeReport.Point::ratio).reversed()));
    return new DerivativeReport.Form(name, checked, wrong.size(), unverified, skipped, maxAbs, maxRel,
        shown.subList(0, Math.min(SHOWN, shown.size())));
  }
}
