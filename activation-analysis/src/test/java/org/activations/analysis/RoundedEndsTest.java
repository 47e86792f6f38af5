package org.activations.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.activations.Range;
import org.junit.jupiter.api.Test;

/**
 * The range evidence explains a finite open end that shows in the sampled span as rounding, and
 * says nothing of closed ends, finite sets or infinite ends (an overflow is not a value just inside).
 */
class RoundedEndsTest {
  @Test
  void anOpenFiniteEndInTheSpanIsExplainedAsRounding() {
    assertEquals("; the open ends 0 and 1 in that span are the floating-point rounding of values"
        + " just inside them, never values of the function itself",
        SampleMeasures.roundedEnds(Range.open(0, 1), 0, 1));
    assertEquals("; the open end 1 in that span is the floating-point rounding of values just"
        + " inside it, never a value of the function itself",
        SampleMeasures.roundedEnds(Range.open(0, 1), 1e-300, 1));
  }

  @Test
  void closedEndsFiniteSetsAndInfiniteEndsNeedNoWord() {
    assertEquals("", SampleMeasures.roundedEnds(Range.interval(0, true, 1, true), 0, 1));
    assertEquals("", SampleMeasures.roundedEnds(Range.of(0, 1), 0, 1));
    assertEquals("", SampleMeasures.roundedEnds(Range.reals(), Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY));
    assertEquals("", SampleMeasures.roundedEnds(Range.open(0, 1), 0.25, 0.25));
  }
}
