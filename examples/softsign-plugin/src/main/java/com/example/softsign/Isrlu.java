package com.example.softsign;

import java.util.List;
import org.activations.Activation;
import org.activations.ActivationInfo;
import org.activations.DeclaredProperties;
import org.activations.Range;
import org.activations.Saturation;
import org.activations.spi.ActivationProvider;
import org.activations.spi.ParameterDescriptor;
import org.activations.spi.Parameters;

/**
 * The inverse square root linear unit (Carlile et al., 2017): f(x) = x for x ≥ 0 and
 * x / sqrt(1 + α·x²) below, f'(x) = 1 and (1 / sqrt(1 + α·x²))³. C^2 at 0 (f'' is 0 from both
 * sides), range (−1/sqrt(α), ∞). No output-form derivative is declared: from y < 0,
 * f' = (1 − α·y²)^(3/2) would need a power, not arithmetic only.
 */
final class Isrlu implements Activation {
  /** The name, written once: the metadata of every instance and the provider use it. */
  static final String NAME = "isrlu";

  private final double alpha;
  private final double lowerBound;
  private final ActivationInfo info;
  private final String spec;

  Isrlu(Parameters parameters) {
    this.alpha = parameters.get("alpha");
    this.lowerBound = -1 / Math.sqrt(alpha);
    this.spec = parameters.spec(NAME);
    this.info = ActivationInfo.builder(NAME)
        .description("x for x >= 0, x / sqrt(1 + alpha x^2) below: smooth, ELU-like, no exp")
        .function("x >= 0 ? x : x / sqrt(1 + alpha x^2)",
            "\\begin{cases} x & x \\ge 0 \\\\ \\frac{x}{\\sqrt{1 + \\alpha x^2}} & x < 0 \\end{cases}")
        .derivative("x >= 0 ? 1 : (1 / sqrt(1 + alpha x^2))^3",
            "\\begin{cases} 1 & x \\ge 0 \\\\ (1 + \\alpha x^2)^{-3/2} & x < 0 \\end{cases}")
        .range(Range.interval(lowerBound, false, Double.POSITIVE_INFINITY, false))
        .declared(DeclaredProperties.builder()
            .nonlinear(true)
            .continuityOrder(2)
            .monotonic(true)
            .monotonicDerivative(true) // rises from 0 to 1 on x < 0, then stays 1
            .zeroCentred(true)
            .identityAtOrigin(true)
            .saturation(Saturation.NEGATIVE)
            .build())
        .build();
  }

  @Override
  public ActivationInfo info() {
    return info;
  }

  @Override
  public double apply(double x) {
    if (!(x < 0)) {
      return x; // x >= 0 and NaN
    }
    if (x < -1e150) {
      return lowerBound; // x^2 would overflow; the asymptote is reached to within rounding anyway
    }
    // Rounding can overshoot the asymptote by an ulp for large |x|: `activations table` found that
    // for alpha = 0.5, so the result is kept inside the declared (open) range.
    return Math.max(x / Math.sqrt(1 + alpha * x * x), lowerBound);
  }

  @Override
  public double derivative(double x) {
    if (!(x < 0)) {
      return x == x ? 1 : x;
    }
    if (Math.abs(x) > 1e150) {
      return 0; // (1 + a x^2)^(-3/2) underflows
    }
    double r = 1 / Math.sqrt(1 + alpha * x * x);
    return r * r * r;
  }

  @Override
  public String spec() {
    return spec;
  }

  /** Registers isrlu(alpha) with the {@link java.util.ServiceLoader}. */
  public static final class Provider implements ActivationProvider {
    /** Called by the {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<ParameterDescriptor> parameters() {
      return List.of(new ParameterDescriptor("alpha",
          "how far the negative side reaches: f(x) → -1/sqrt(alpha) as x → -∞", 1.0, 0, false, 100,
          true));
    }

    @Override
    public Activation create(Parameters parameters) {
      return new Isrlu(parameters);
    }
  }
}
