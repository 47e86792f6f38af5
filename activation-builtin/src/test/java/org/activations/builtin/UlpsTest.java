package org.activations.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UlpsTest {
  @Test
  void countsRepresentableNumbersBetween() {
    assertEquals(0, Ulps.between(0.0, -0.0));
    assertEquals(1, Ulps.between(1.0, Math.nextUp(1.0)));
    assertEquals(2, Ulps.between(Double.MIN_VALUE, -Double.MIN_VALUE));
    assertEquals(1, Ulps.between(Double.MAX_VALUE, Double.POSITIVE_INFINITY));
    assertEquals(0, Ulps.between(Double.NaN, Double.NaN));
    assertEquals(Long.MAX_VALUE, Ulps.between(Double.NaN, 1.0));
    assertEquals(3, Ulps.between(1.0f, Math.nextUp(Math.nextUp(Math.nextUp(1.0f)))));
    assertEquals(2, Ulps.between(Float.MIN_VALUE, -Float.MIN_VALUE));
    // The scratch version of this counted through double and lost everything below 512 ulp.
    assertEquals(7, Ulps.between(0.7, 0.7 + 7 * Math.ulp(0.7)));
  }
}
