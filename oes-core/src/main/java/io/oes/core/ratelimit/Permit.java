package io.oes.core.ratelimit;

import io.oes.core.refusal.Refusal;
import io.oes.core.refusal.RefusalCode;
import java.time.Instant;

/** The limiter's answer to one request: granted (and counted), or refused until a time. */
public sealed interface Permit {

  /** The request was counted and may go out now. */
  record Granted() implements Permit {}

  /**
   * Nothing was counted; the request would fit at {@code retryAt} at the earliest (if nothing
   * else is granted before).
   *
   * @param reason which limit stood in the way, e.g. {@code orders per 10 s 300 of 300 used}
   */
  record Refused(Instant retryAt, String reason) implements Permit {

    /** {@code reason; retry after <retryAt>}, for a RESOURCE_EXHAUSTED answer. */
    public String message() {
      return reason + "; retry after " + retryAt;
    }

    /** This refusal as the API answers it: RESOURCE_EXHAUSTED, saying when to retry. */
    public Refusal toRefusal() {
      return new Refusal(RefusalCode.RESOURCE_EXHAUSTED, message());
    }
  }

  /** The one granted answer. */
  Permit GRANTED = new Granted();

  default boolean isGranted() {
    return this instanceof Granted;
  }
}
