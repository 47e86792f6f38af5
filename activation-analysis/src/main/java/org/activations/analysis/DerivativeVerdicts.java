package org.activations.analysis;

import org.activations.Activation;

/** The verdicts about the derivative itself: validated, and the fast (output-form) derivative. */
final class DerivativeVerdicts {
  private DerivativeVerdicts() {}

  /** "Derivative validated": yes, no with the point, or cannot verify with the count. */
  static Verdict validated(DerivativeReport r) {
    StringBuilder evidence = new StringBuilder();
    String note = "";
    for (DerivativeReport.Form form : r.forms()) {
      evidence.append(evidence.length() == 0 ? "" : "; ").append("f' from the ").append(form.name())
          .append(": ").append(form.checked()).append(" points compared, ").append(form.wrong())
          .append(" wrong, ").append(form.cannotVerifyCount()).append(" not verifiable; max relative error ")
          .append(Numbers.show(form.maxRelError()));
      if (form.wrong() > 0 && note.isEmpty()) {
        note = "wrong at x = " + Numbers.exact(form.firstWrong().get(0).x());
      }
    }
    DerivativeReport.Validation v = r.validation();
    Mark mark = v == DerivativeReport.Validation.VALIDATED ? Mark.YES
        : v == DerivativeReport.Validation.WRONG ? Mark.NO : Mark.UNKNOWN;
    String value = switch (v) {
      case VALIDATED -> "yes";
      case WRONG -> "no";
      case CANNOT_VERIFY -> "cannot verify";
    };
    if (v == DerivativeReport.Validation.CANNOT_VERIFY) {
      note = r.forms().stream().mapToInt(DerivativeReport.Form::cannotVerifyCount).sum() + " points not verifiable";
    }
    return new Verdict(Property.DERIVATIVE_VALIDATED, mark, value, note, evidence.toString(), "yes",
        v != DerivativeReport.Validation.WRONG);
  }

  static Verdict fastDerivative(Activation f, DerivativeReport derivatives) {
    var formula = f.info().derivativeFromOutput();
    if (formula.isEmpty()) {
      return Verdict.compared(Property.FAST_DERIVATIVE, Mark.NO, "no", "needs x",
          "no output-form derivative: f' needs the input x", "no");
    }
    DerivativeReport.Form form = derivatives.form("output").orElseThrow();
    boolean ok = form.wrong() == 0;
    String evidence = "f'(y) = " + formula.get().text() + (ok
        ? ", matches the numerical derivative at " + form.checked() + " points"
        : ", wrong at " + form.wrong() + " of " + form.checked() + " points");
    String note = ok ? "f'(y) = " + formula.get().text() : "f'(y) wrong";
    return new Verdict(Property.FAST_DERIVATIVE, Mark.of(ok), ok ? "yes" : "no", note, evidence, "yes", ok);
  }

  /**
   * The concern a disagreement about {@code p} belongs to: range, continuity, monotonicity and the
   * derivatives have their own; the rest are wrong declarations.
   */
  static Concern concernOf(Property p) {
    return switch (p) {
      case NONLINEAR, SMOOTH_MONOTONIC_DERIVATIVE, IDENTITY_AT_ORIGIN, ZERO_CENTRED, SATURATION ->
          Concern.DECLARED_PROPERTY;
      case MONOTONIC -> Concern.MONOTONIC;
      case RANGE -> Concern.RANGE;
      case CONTINUOUSLY_DIFFERENTIABLE, CONTINUITY_ORDER, DERIVATIVE_AT_KINK -> Concern.CONTINUITY;
      case FAST_DERIVATIVE -> Concern.DERIVATIVE_FROM_OUTPUT;
      case DERIVATIVE_VALIDATED -> Concern.DERIVATIVE;
    };
  }
}
