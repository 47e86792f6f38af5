package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a provider believes about its function, in the terms of the project's property definitions.
 * The tools measure every one of these and flag a disagreement; a declaration is a claim, not a fact.
 *
 * <p>The "fast derivative" property is not declared here: it holds exactly when the function has an
 * output-form derivative ({@link ActivationInfo#derivativeFromOutput()}).
 *
 * @param nonlinear f is not affine
 * @param continuityOrder the order k of continuity C^k: {@link #DISCONTINUOUS} (-1), 0 for a kink,
 *     1, 2, … or {@link #SMOOTH} for C^∞
 * @param monotonic f is non-decreasing or non-increasing on ℝ
 * @param monotonicDerivative f' is non-decreasing or non-increasing wherever it is defined
 * @param zeroCentred f(0) = 0 and f takes both signs
 * @param identityAtOrigin f(0) = 0, f is differentiable at 0 and f'(0) = 1
 * @param saturation where f' vanishes
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record DeclaredProperties(
    boolean nonlinear,
    int continuityOrder,
    boolean monotonic,
    boolean monotonicDerivative,
    boolean zeroCentred,
    boolean identityAtOrigin,
    Saturation saturation) {

  /** Continuity order of a function that jumps (C^-1). */
  public static final int DISCONTINUOUS = -1;

  /** Continuity order of an infinitely differentiable function (C^∞). */
  public static final int SMOOTH = Integer.MAX_VALUE;

  /**
   * Validates the declaration.
   *
   * @param nonlinear f is not affine
   * @param continuityOrder the order k of continuity C^k: {@link #DISCONTINUOUS} (-1), 0 for a
   *     kink, 1, 2, … or {@link #SMOOTH} for C^∞
   * @param monotonic f is non-decreasing or non-increasing on ℝ
   * @param monotonicDerivative f' is non-decreasing or non-increasing wherever it is defined
   * @param zeroCentred f(0) = 0 and f takes both signs
   * @param identityAtOrigin f(0) = 0, f is differentiable at 0 and f'(0) = 1
   * @param saturation where f' vanishes
   */
  public DeclaredProperties {
    Objects.requireNonNull(saturation, "saturation");
    if (continuityOrder < DISCONTINUOUS) {
      throw new IllegalArgumentException(
          "continuityOrder (" + continuityOrder + ") must be >= -1 (DISCONTINUOUS); use -1 for a"
              + " jump, 0 for a kink, k for C^k, or SMOOTH");
    }
  }

  /**
   * True if the function is at least C^1, as the seed's "continuously differentiable".
   *
   * @return whether continuityOrder is at least 1
   */
  public boolean continuouslyDifferentiable() {
    return continuityOrder >= 1;
  }

  /**
   * The continuity order as text: {@code C^-1}, {@code C^0}, … {@code C^∞}.
   *
   * @param order a continuity order, -1 for discontinuous
   * @return its name
   */
  public static String continuityName(int order) {
    return order == SMOOTH ? "C^∞" : "C^" + order;
  }

  /**
   * A builder that starts from the most conservative declaration (nothing claimed).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeclaredProperties} one named property at a time. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private boolean nonlinear;
    private int continuityOrder = DISCONTINUOUS;
    private boolean monotonic;
    private boolean monotonicDerivative;
    private boolean zeroCentred;
    private boolean identityAtOrigin;
    private Saturation saturation = Saturation.NONE;

    private Builder() {}

    /**
     * Declares whether f is nonlinear.
     *
     * @param value the claim
     * @return this builder
     */
    public Builder nonlinear(boolean value) {
      this.nonlinear = value;
      return this;
    }

    /**
     * Declares the continuity order ({@link #DISCONTINUOUS}, 0, 1, … {@link #SMOOTH}).
     *
     * @param value the order, -1 for discontinuous
     * @return this builder
     */
    public Builder continuityOrder(int value) {
      this.continuityOrder = value;
      return this;
    }

    /**
     * Declares whether f is monotonic.
     *
     * @param value the claim
     * @return this builder
     */
    public Builder monotonic(boolean value) {
      this.monotonic = value;
      return this;
    }

    /**
     * Declares whether f' is monotonic where defined.
     *
     * @param value the claim
     * @return this builder
     */
    public Builder monotonicDerivative(boolean value) {
      this.monotonicDerivative = value;
      return this;
    }

    /**
     * Declares whether f is zero-centred.
     *
     * @param value the claim
     * @return this builder
     */
    public Builder zeroCentred(boolean value) {
      this.zeroCentred = value;
      return this;
    }

    /**
     * Declares whether f approximates the identity at the origin.
     *
     * @param value the claim
     * @return this builder
     */
    public Builder identityAtOrigin(boolean value) {
      this.identityAtOrigin = value;
      return this;
    }

    /**
     * Declares where f' vanishes.
     *
     * @param value where f saturates
     * @return this builder
     */
    public Builder saturation(Saturation value) {
      this.saturation = value;
      return this;
    }

    /**
     * The declaration.
     *
     * @return the properties
     */
    public DeclaredProperties build() {
      return new DeclaredProperties(nonlinear, continuityOrder, monotonic, monotonicDerivative,
          zeroCentred, identityAtOrigin, saturation);
    }
  }
}
