package org.activations.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.activations.DeclaredProperties;
import org.activations.SpecialPoint;

/**
 * The continuity properties: the located jumps and kinks against the declared special points
 * (an undeclared one, or a declared one that is not there, is a {@link Concern#CONTINUITY}
 * finding), the order of continuity, and the derivative's value at each kink.
 *
 * <p>A measured order contradicts a declared one only when a discontinuity of order at most the
 * declared one was located: not finding a small jump of f'' proves nothing, so "no jump found" never
 * contradicts a declared C^1.
 */
final class ContinuityVerdicts {
  /** The highest order of continuity that can be measured. */
  static final int MEASURABLE_ORDER = 2;
  /** How close a located discontinuity must be to a declared special point, relative. */
  static final double MATCH = 1e-6;

  private final Evaluations ev;
  private final DeclaredProperties declared;
  private final List<SpecialPoint> specials;

  ContinuityVerdicts(Evaluations ev) {
    this.ev = ev;
    this.declared = ev.function().info().declared();
    this.specials = ev.function().info().specialPoints();
  }

  /**
   * Compares the located jumps and kinks with the declared special points; returns the located
   * list with each declared point that a direct probe confirms added.
   */
  List<Discontinuity> reconcile(List<Discontinuity> located, Discontinuities search) {
    List<Discontinuity> all = new ArrayList<>(located);
    for (SpecialPoint p : specials) {
      int order = p.kind() == SpecialPoint.Kind.JUMP ? 0 : 1;
      if (all.stream().anyMatch(d -> d.order() == order && at(d, p.x()))) {
        continue;
      }
      double w = 1e-6 * Math.max(1, Math.abs(p.x()));
      var probed = search.around(p.x(), w, 0);
      if (probed.isPresent() && probed.get().order() == order && at(probed.get(), p.x())) {
        all.add(new Discontinuity(p.x(), order, probed.get().left(), probed.get().right()));
      } else {
        ev.log().add("continuity/declared/" + p.x(), Finding.fail(Concern.CONTINUITY, p.x(),
            "declared " + p + ", but " + (probed.isPresent() ? "the nearest is: " + probed.get()
                : "f and f' are continuous there")));
      }
    }
    for (Discontinuity d : located) {
      if (d.order() <= 1 && specials.stream().noneMatch(p -> at(d, p.x()))) {
        ev.log().add("continuity/undeclared/" + d.order(), Finding.fail(Concern.CONTINUITY, d.x(),
            d + ", not declared as a special point"));
      }
    }
    all.sort(java.util.Comparator.comparingDouble(Discontinuity::x));
    return all;
  }

  /**
   * True if the located discontinuity is at p itself: a jump is located to adjacent doubles, so it
   * must be within a few ulps (a jump at 1e-200 is not the declared one at 0); a kink is located to
   * the width where rounding swamps its slope change, so {@link #MATCH} relative is allowed.
   */
  static boolean at(Discontinuity d, double p) {
    return d.order() == 0
        ? Math.abs(d.x() - p) <= 4 * Math.ulp(p) + 4 * Double.MIN_VALUE
        : matches(d.x(), p);
  }

  static boolean matches(double x, double p) {
    return Math.abs(x - p) <= MATCH * Math.max(1, Math.abs(p));
  }

  /** The measured order: one below the lowest order of a located discontinuity. */
  static int order(List<Discontinuity> jumps) {
    return jumps.stream().mapToInt(Discontinuity::order).min().orElse(MEASURABLE_ORDER + 1) - 1;
  }

  private boolean orderAgrees(int measured) {
    int d = declared.continuityOrder();
    return measured < MEASURABLE_ORDER ? measured == d : d >= 1;
  }

  Verdict continuouslyDifferentiable(List<Discontinuity> jumps) {
    int order = order(jumps);
    boolean c1 = order >= 1;
    String evidence = jumps.isEmpty() ? "no jump of f, f' or f'' found: "
        + DeclaredProperties.continuityName(order) + " measured"
        : DeclaredProperties.continuityName(order) + ": " + text(jumps);
    String note = jumps.isEmpty() ? "" : jumps.get(0).what() + " jumps at " + Numbers.exact(jumps.get(0).x());
    boolean agrees = c1 == declared.continuouslyDifferentiable() || orderAgrees(order);
    return new Verdict(Property.CONTINUOUSLY_DIFFERENTIABLE, Mark.of(c1), ShapeVerdicts.yesNo(c1), note,
        evidence, ShapeVerdicts.yesNo(declared.continuouslyDifferentiable()), agrees);
  }

  Verdict continuityOrder(List<Discontinuity> jumps) {
    int order = order(jumps);
    String name = DeclaredProperties.continuityName(order);
    String declaredName = DeclaredProperties.continuityName(declared.continuityOrder());
    String evidence = jumps.isEmpty() ? "f, f' and f'' continuous on the sample; C^" + MEASURABLE_ORDER
        + " is the highest order measured" : text(jumps);
    String note = declared.continuityOrder() != order ? declaredName + " declared, " + name + " measured"
        : name;
    return new Verdict(Property.CONTINUITY_ORDER, Mark.VALUE, name, note, evidence, declaredName,
        orderAgrees(order));
  }

  Verdict derivativeAtKink(List<Discontinuity> jumps) {
    List<Discontinuity> kinks = jumps.stream().filter(d -> d.order() <= 1).toList();
    String value = kinks.isEmpty() ? "no kinks or jumps" : kinks.stream().map(m -> "f'("
        + Numbers.exact(m.x()) + ") = " + Numbers.exact(ev.df(m.x()))).collect(Collectors.joining(", "));
    String evidence = kinks.isEmpty() ? "f and f' continuous on the sample" : text(kinks);
    String declaredText = specials.isEmpty() ? "no kinks or jumps"
        : specials.stream().map(SpecialPoint::toString).collect(Collectors.joining(", "));
    boolean agrees = kinks.size() == specials.size() && kinks.stream().allMatch(k -> specials.stream()
        .anyMatch(p -> matches(k.x(), p.x()) && (p.kind() == SpecialPoint.Kind.JUMP) == (k.order() == 0)));
    return new Verdict(Property.DERIVATIVE_AT_KINK, Mark.VALUE, value, value, evidence, declaredText,
        agrees);
  }

  private static String text(List<Discontinuity> jumps) {
    return jumps.stream().limit(3).map(Discontinuity::toString).collect(Collectors.joining("; "))
        + (jumps.size() > 3 ? "; and " + (jumps.size() - 3) + " more" : "");
  }
}
