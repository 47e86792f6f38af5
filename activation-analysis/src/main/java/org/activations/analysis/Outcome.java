package org.activations.analysis;

import org.apiguardian.api.API;

/**
 * The weight of a {@link Finding}: a proven defect, or an honest "cannot verify".
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Outcome {
  /** A defect, shown by the evidence; the function fails. */
  FAIL,
  /** The analysis could not decide (noise, oscillation, time); never counts as a failure. */
  CANNOT_VERIFY
}
