package io.oes.server.dashboard;

import java.time.Instant;

/**
 * One exchange account as the dashboard shows it.
 *
 * @param reachable whether the venue answered the last ping; null before the first answer
 * @param circuit the circuit breaker's state ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}),
 *     or {@code OFF} when the breaker is not configured
 * @param circuitRetryAt when an open circuit lets the next probe through; null otherwise
 * @param streamConnected whether the user data stream is connected
 * @param reconciling whether the account is being reconciled (new orders wait meanwhile)
 * @param limits rate-limit use, or null when rate limiting is off
 */
record AccountStatus(String accountId, Boolean reachable, String circuit, Instant circuitRetryAt,
    boolean streamConnected, boolean reconciling, Limits limits) {

  /** Use of each exchange limit next to the limit, and the exchange's back-off or ban. */
  record Limits(long weight1m, long weight1mLimit, long orders10s, long orders10sLimit,
      long orders1m, long orders1mLimit, Instant backOffUntil, Instant bannedUntil,
      long refusals) {}
}
