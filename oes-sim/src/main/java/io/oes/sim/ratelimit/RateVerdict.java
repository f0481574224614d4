package io.oes.sim.ratelimit;

import io.oes.sim.rejection.Rejection;

/** Whether a request fits the limits. */
public sealed interface RateVerdict {

  /** Within the limits. */
  record Allowed() implements RateVerdict {}

  /**
   * Over a limit (429, -1003 or -1015) or banned (418).
   *
   * @param retryAfterSeconds the {@code Retry-After} header: when the window ends or the ban lifts
   */
  record Refused(Rejection rejection, long retryAfterSeconds) implements RateVerdict {}
}
