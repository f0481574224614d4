package io.oes.binance.rest;

/**
 * One HTTP answer from the exchange.
 *
 * @param status the HTTP status
 * @param body the raw body text
 * @param error the venue's error, or null when the status is 200 or the body is no error object
 * @param retryAfterSeconds the {@code Retry-After} header, or -1 when absent
 */
public record RestResponse(int status, String body, VenueError error, long retryAfterSeconds) {

  /** Whether the exchange refused the request for its timestamp (-1021). */
  public boolean isTimestampRejection() {
    return error != null && error.code() == VenueCodes.INVALID_TIMESTAMP;
  }
}
