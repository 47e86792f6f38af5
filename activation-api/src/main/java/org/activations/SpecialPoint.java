package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A point where an activation or its derivative is not continuous: a jump of f or a kink (f
 * continuous, f' jumps).
 *
 * @param x where it is
 * @param kind what happens there
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record SpecialPoint(double x, Kind kind) {

  /** What is not continuous at a special point. */
  @API(status = STABLE, since = "0.1")
  public enum Kind {
    /** f itself jumps (binary step at 0); f' is undefined there. */
    JUMP,
    /** f is continuous but f' jumps (ReLU at 0); f' is undefined there. */
    KINK
  }

  /**
   * Validates the point.
   *
   * @param x where it is
   * @param kind what happens there
   */
  public SpecialPoint {
    Objects.requireNonNull(kind, "kind");
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("a special point must be finite, got " + x
          + "; describe behaviour at ±∞ by the range and the saturation instead");
    }
    x = x + 0.0; // one zero: -0.0 and 0.0 are the same point
  }

  /**
   * A jump of f at {@code x}.
   *
   * @param x where f jumps
   * @return the special point
   */
  public static SpecialPoint jump(double x) {
    return new SpecialPoint(x, Kind.JUMP);
  }

  /**
   * A kink at {@code x}: f continuous, f' jumps.
   *
   * @param x where f' jumps
   * @return the special point
   */
  public static SpecialPoint kink(double x) {
    return new SpecialPoint(x, Kind.KINK);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " at x = " + NumberLiterals.format(x);
  }
}
