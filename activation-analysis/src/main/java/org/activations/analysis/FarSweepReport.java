package org.activations.analysis;

import org.apiguardian.api.API;

/**
 * What the dense screen of the outer sweep (|x| from 1e10 to 1e300 and from 1e-300 to 1e-10, both
 * signs) covered for one function: it has a time share, so a slow function is screened more thinly.
 *
 * @param points the points where f and f' were evaluated
 * @param bandWidth the relative width of the band that {@code hitProbability} is about
 * @param hitProbability the probability that a band of relative width {@code bandWidth} anywhere
 *     there contains a screened point
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FarSweepReport(long points, double bandWidth, double hitProbability) {

  /**
   * The report in words, for example "31172304 points: every band of relative width 0.0001 there
   * holds one" or, for a sweep cut short, "… a band … there is hit with probability 0.42".
   */
  @Override
  public String toString() {
    return points + " points: " + (hitProbability >= 1
        ? "every band of relative width " + Numbers.show(bandWidth) + " there holds one"
        : "a band of relative width " + Numbers.show(bandWidth) + " there is hit with probability "
            + Numbers.show(Math.floor(hitProbability * 100) / 100));
  }
}
