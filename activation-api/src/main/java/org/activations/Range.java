package org.activations;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The image f(ℝ) of an activation: an interval with open or closed ends, or a finite set of values.
 *
 * <p>Ranges are written as mathematicians write them: {@code (0, 1)}, {@code [0, ∞)},
 * {@code (-∞, ∞)}, {@code {0, 1}}. An open end stays open even where floating point reaches it by
 * rounding (the double nearest to sigmoid(40) is 1.0); {@link #containsRounded(double)} accepts those
 * values, {@link #contains(double)} does not.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public sealed interface Range permits Range.Interval, Range.FiniteSet {

  /**
   * The whole real line, {@code (-∞, ∞)}.
   *
   * @return (-∞, ∞)
   */
  static Range reals() {
    return new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
  }

  /**
   * The open interval {@code (lower, upper)}; an infinite end is always open.
   *
   * @param lower the lower end
   * @param upper the upper end
   * @return the open interval (lower, upper)
   */
  static Range open(double lower, double upper) {
    return new Interval(lower, false, upper, false);
  }

  /**
   * An interval with the given ends.
   *
   * @param lower the lower end, -∞ allowed
   * @param lowerClosed whether lower belongs to the range
   * @param upper the upper end, +∞ allowed
   * @param upperClosed whether upper belongs to the range
   * @return the interval
   * @throws IllegalArgumentException if an end is NaN, lower &gt; upper, or an infinite end is closed
   */
  static Range interval(double lower, boolean lowerClosed, double upper, boolean upperClosed) {
    return new Interval(lower, lowerClosed, upper, upperClosed);
  }

  /**
   * The finite set of the given values.
   *
   * @param values the values
   * @return the finite set
   * @throws IllegalArgumentException if there are no values, or a value is not finite
   */
  static Range of(double... values) {
    return new FiniteSet(Arrays.stream(values).boxed().collect(Collectors.toList()));
  }

  /**
   * True if {@code y} lies in this range, exactly as declared. NaN is never contained.
   *
   * @param y a value
   * @return whether y lies in the range
   */
  boolean contains(double y);

  /**
   * True if {@code y} lies in the floating-point closure of this range: an open finite end counts as
   * reached, because rounding may reach it (sigmoid(40) is 1.0 in double).
   *
   * @param y a value
   * @return whether y lies in the range or is an open end that rounding reached
   */
  boolean containsRounded(double y);

  /**
   * The greatest lower bound of the range (may be -∞).
   *
   * @return the lower end, -∞ if unbounded
   */
  double lowerBound();

  /**
   * The least upper bound of the range (may be +∞).
   *
   * @return the upper end, +∞ if unbounded
   */
  double upperBound();

  /**
   * An interval of real numbers with open or closed ends.
   *
   * @param lower the lower end, possibly -∞
   * @param lowerClosed whether the lower end belongs to the interval
   * @param upper the upper end, possibly +∞
   * @param upperClosed whether the upper end belongs to the interval
   */
  @API(status = STABLE, since = "0.1")
  record Interval(double lower, boolean lowerClosed, double upper, boolean upperClosed)
      implements Range {

    /**
     * Validates the ends.
     *
     * @param lower the lower end, possibly -∞
     * @param lowerClosed whether the lower end belongs to the interval
     * @param upper the upper end, possibly +∞
     * @param upperClosed whether the upper end belongs to the interval
     */
    public Interval {
      if (Double.isNaN(lower) || Double.isNaN(upper)) {
        throw new IllegalArgumentException("interval ends must be numbers, got lower " + lower
            + " and upper " + upper + "; write an unbounded end as Double.NEGATIVE_INFINITY or"
            + " Double.POSITIVE_INFINITY");
      }
      if (lower > upper) {
        throw new IllegalArgumentException("interval lower end (" + lower
            + ") must be <= upper end (" + upper + "); swap them");
      }
      if ((lowerClosed && Double.isInfinite(lower)) || (upperClosed && Double.isInfinite(upper))) {
        String end = lowerClosed && Double.isInfinite(lower) ? "lower end " + lower
            : "upper end " + upper;
        throw new IllegalArgumentException("the " + end + " of the interval is closed, but an"
            + " infinite end must be open (no double reaches it); pass false for its closed flag");
      }
    }

    @Override
    public boolean contains(double y) {
      boolean aboveLower = lowerClosed ? y >= lower : y > lower;
      boolean belowUpper = upperClosed ? y <= upper : y < upper;
      return aboveLower && belowUpper;
    }

    @Override
    public boolean containsRounded(double y) {
      if (Double.isNaN(y)) {
        return false;
      }
      boolean aboveLower = Double.isInfinite(lower) || y >= lower;
      boolean belowUpper = Double.isInfinite(upper) || y <= upper;
      return aboveLower && belowUpper;
    }

    @Override
    public double lowerBound() {
      return lower;
    }

    @Override
    public double upperBound() {
      return upper;
    }

    @Override
    public String toString() {
      return (lowerClosed ? "[" : "(") + NumberLiterals.format(lower) + ", " + NumberLiterals.format(upper)
          + (upperClosed ? "]" : ")");
    }
  }

  /**
   * A finite set of values, such as binary step's {@code {0, 1}}.
   *
   * @param values the values, sorted ascending and distinct
   */
  @API(status = STABLE, since = "0.1")
  record FiniteSet(List<Double> values) implements Range {

    /**
     * Validates, sorts and copies the values.
     *
     * @param values the values, sorted ascending and distinct
     */
    public FiniteSet {
      Objects.requireNonNull(values, "values");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a finite range needs at least one value, got none;"
            + " list the values f takes, for example Range.of(0, 1)");
      }
      for (Double v : values) {
        if (v == null || !Double.isFinite(v)) {
          throw new IllegalArgumentException("finite range values must be finite numbers, got " + v
              + "; an unbounded range is an interval, for example Range.interval(0, true,"
              + " Double.POSITIVE_INFINITY, false)");
        }
      }
      values = values.stream().map(v -> v + 0.0).distinct().sorted().toList();
    }

    @Override
    public boolean contains(double y) {
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) == y) { // no boxing of y: this is called for every value analysed
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean containsRounded(double y) {
      return contains(y);
    }

    @Override
    public double lowerBound() {
      return values.get(0);
    }

    @Override
    public double upperBound() {
      return values.get(values.size() - 1);
    }

    @Override
    public String toString() {
      return values.stream().map(NumberLiterals::format).collect(Collectors.joining(", ", "{", "}"));
    }
  }
}
